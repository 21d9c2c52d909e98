// The engine's data files ship in pieces (lib/scope/pieces.ts): whatever the shape, the pieces read
// back as the value itself, keys in the same order, and no piece is much longer than asked for.
import { describe, expect, it } from 'vitest';
import { parsePieces, splitPieces, type Pieces } from '@/lib/scope/pieces';

function read(pieces: Pieces): { value: unknown; steps: number } {
  const steps = parsePieces(pieces);
  let n = 0;
  for (let step = steps.next(); ; step = steps.next(), n++) if (step.done) return { value: step.value, steps: n };
}

/** Every piece of JSON text in `pieces`. */
function texts(pieces: Pieces): string[] {
  if (typeof pieces === 'string') return [pieces];
  if ('array' in pieces) return pieces.array.flatMap((p) => (typeof p === 'string' ? [p] : texts(p.item)));
  return pieces.object.flatMap((p) => (typeof p === 'string' ? [p] : texts(p[1])));
}

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}-${i}-${'x'.repeat(i % 13)}`);

describe('splitPieces and parsePieces', () => {
  it('keeps a small value as one piece, parsed in one step', () => {
    const pieces = splitPieces({ a: [1, 2], b: 'c' }, 100);
    expect(pieces).toBe('{"a":[1,2],"b":"c"}');
    expect(read(pieces)).toEqual({ value: { a: [1, 2], b: 'c' }, steps: 1 });
  });

  it('reads back large objects and arrays, nested, key order and all, in pieces near the size', () => {
    const big = {
      version: 3,
      '10': 'an integer-like key',
      model: { bias: -0.5, w: Object.fromEntries(words(2000, 'w').map((k, i) => [k, i / 7])) },
      list: words(1500, 'l'),
      nested: [{ huge: words(800, 'h') }, 'small', [words(900, 'n')], null, 4.5],
      unicode: 'é ß 日本 \u2028',
      empty: { o: {}, a: [] },
    };
    const pieces = splitPieces(big, 2000);
    const { value, steps } = read(pieces);
    expect(JSON.stringify(value)).toBe(JSON.stringify(big));
    const all = texts(pieces);
    expect(steps).toBe(all.length);
    expect(all.length).toBeGreaterThan(JSON.stringify(big).length / 2000);
    // A piece runs over only by its last entry; none here is longer than 100 characters.
    for (const text of all) expect(text.length).toBeLessThanOrEqual(2100);
  });

  it('keeps a single long string or number whole (it cannot be cut)', () => {
    const long = 'y'.repeat(5000);
    const pieces = splitPieces({ a: long, b: [long, 1] }, 1000);
    expect(JSON.stringify(read(pieces).value)).toBe(JSON.stringify({ a: long, b: [long, 1] }));
  });

  it('refuses to cut an object with a "__proto__" key (rebuilding it would set the prototype)', () => {
    const hostile = JSON.parse(`{"__proto__": {"polluted": true}, "pad": "${'z'.repeat(300)}"}`) as object;
    expect(() => splitPieces(hostile, 100)).toThrow(/__proto__/);
    // Small enough to stay one piece, it parses as JSON.parse would: an own key, no prototype set.
    const whole = read(splitPieces(hostile, 10_000)).value as Record<string, unknown>;
    expect(Object.getPrototypeOf(whole)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
