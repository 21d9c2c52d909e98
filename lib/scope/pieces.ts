// The engine's data files as the extension ships them (lazy-tables.ts, tables.lazy.ts): each file's
// JSON cut into pieces of text a few kB long, parsed one piece per step. Parsed whole, weights.json
// alone was one task of 10-18 ms of the service worker's thread, and with twenty tabs loading on two
// cores such a task is set aside by the OS mid-way and every message queued behind it waits.

/**
 * A JSON value in pieces: a piece of JSON text; or an object whose entries come in runs (a piece
 * holding an object of several entries) and single large entries (a key and its value in pieces);
 * or an array whose elements come in runs (a piece holding an array of several) and single large
 * elements (in pieces); each in order.
 */
export type Pieces =
  string | { object: (string | [key: string, value: Pieces])[] } | { array: (string | { item: Pieces })[] };

/** The value `pieces` hold, parsed one piece per step; the same value JSON.parse gives the whole text. */
export function* parsePieces(pieces: Pieces): Generator<void, unknown, undefined> {
  if (typeof pieces === 'string') {
    const value: unknown = JSON.parse(pieces);
    yield;
    return value;
  }
  if ('array' in pieces) {
    const out: unknown[] = [];
    for (const part of pieces.array) {
      if (typeof part === 'string') for (const item of (yield* parsePieces(part)) as unknown[]) out.push(item);
      else out.push(yield* parsePieces(part.item));
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const part of pieces.object) {
    // splitPieces keeps "__proto__" out of split objects, so plain assignment stays plain.
    if (typeof part === 'string') Object.assign(out, (yield* parsePieces(part)) as object);
    else out[part[0]] = yield* parsePieces(part[1]);
  }
  return out;
}

/**
 * Cuts `value` into pieces of at most `size` characters of JSON where it can (a single array
 * element or object entry longer than that is cut inside, or kept whole if it is a string or
 * number). For the build (lazy-tables.ts).
 */
export function splitPieces(value: unknown, size: number): Pieces {
  const text = JSON.stringify(value);
  if (text.length <= size || value === null || typeof value !== 'object') return text;
  if (Array.isArray(value)) {
    const parts: (string | { item: Pieces })[] = [];
    let run: unknown[] = [];
    let length = 2;
    const close = () => {
      if (run.length) parts.push(JSON.stringify(run));
      run = [];
      length = 2;
    };
    for (const item of value) {
      const itemLength = JSON.stringify(item).length + 1;
      if (itemLength + 2 > size && item !== null && typeof item === 'object') {
        close();
        parts.push({ item: splitPieces(item, size) });
        continue;
      }
      if (length + itemLength > size) close();
      run.push(item);
      length += itemLength;
    }
    close();
    return { array: parts };
  }
  const entries = Object.entries(value);
  if (entries.some(([key]) => key === '__proto__'))
    throw new Error('splitPieces: an object with a "__proto__" key cannot be rebuilt by assignment');
  const parts: (string | [string, Pieces])[] = [];
  let run: Record<string, unknown> = {};
  let length = 2;
  const close = () => {
    if (Object.keys(run).length) parts.push(JSON.stringify(run));
    run = {};
    length = 2;
  };
  for (const [key, item] of entries) {
    const entryLength = JSON.stringify(key).length + JSON.stringify(item).length + 2;
    if (entryLength + 2 > size && item !== null && typeof item === 'object') {
      close();
      parts.push([key, splitPieces(item, size)]);
      continue;
    }
    if (length + entryLength > size) close();
    run[key] = item;
    length += entryLength;
  }
  close();
  return { object: parts };
}
