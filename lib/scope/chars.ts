// Reading a string's characters on the engine's hot paths.

const charCodeAt = String.prototype.charCodeAt;

/**
 * `text.charCodeAt(i)`, called through String.prototype. The texts the engine scans come in more
 * string representations (flat or sliced, one- or two-byte, concatenated, internalised) than V8
 * tells apart at one call site, and once a site has seen them all, `text.charCodeAt` is a
 * megamorphic method lookup for every character: about three times the cost of reading it. A call
 * through this one function stays monomorphic and is inlined.
 */
export const codeAt = (text: string, i: number): number => charCodeAt.call(text, i);
