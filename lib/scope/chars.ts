// Reading a string's characters on the engine's hot paths.

/**
 * `text.charCodeAt(i)`, called through String.prototype. The texts the engine scans come in more
 * string representations (flat or sliced, one- or two-byte, concatenated, internalised) than V8
 * tells apart at one call site, and once a site has seen them all, `text.charCodeAt` is a
 * megamorphic method lookup for every character: about three times the cost of reading it. A call
 * through this one function stays monomorphic and is inlined.
 *
 * `String.prototype.charCodeAt` is read here, not kept in a module variable: the optimising
 * compiler knows the prototype's method as a constant and turns the call into a plain character
 * read, where a call through a variable stayed a call (a quarter to a third slower per character).
 */
export const codeAt = (text: string, i: number): number => String.prototype.charCodeAt.call(text, i);
