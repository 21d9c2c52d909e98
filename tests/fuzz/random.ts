// Seeded randomness for the fuzz suite: the same FUZZ_SEED replays the same cases.
import type { Rng } from '@/lib/random';

export { rng, type Rng } from '@/lib/random';

export const int = (r: Rng, n: number): number => Math.floor(r() * n);
export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;

/** Cases per target: small in every CI run, FUZZ_CASES (npm run fuzz: 10,000) for a soak. */
export const CASES = Number(process.env.FUZZ_CASES ?? 60);
export const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

export const HOSTILE = [
  '<img src=x onerror="globalThis.__pwned=1">',
  '<script>globalThis.__pwned=2</script>',
  '<svg onload="globalThis.__pwned=3">',
  '"><iframe srcdoc="<script>parent.__pwned=4</script>">',
  'javascript:globalThis.__pwned=5',
  '=HYPERLINK("http://evil")',
  '[x](javascript:alert(1))',
  '{{constructor.constructor("globalThis.__pwned=6")()}}',
  '__proto__',
];
const UNICODE = [
  '\u200b',
  '\u202e',
  '\u2066',
  '\ufeff',
  '\ue000',
  '\ud800',
  '\udfff',
  '😀',
  '\u0000',
  '\r\n',
  'é',
  '𝔘',
];

/** A short string from a hostile alphabet. */
export function junk(r: Rng, max = 40): string {
  let s = '';
  const n = int(r, max);
  for (let i = 0; i < n; i++) {
    const k = r();
    s += k < 0.1 ? pick(r, HOSTILE) : k < 0.35 ? pick(r, UNICODE) : String.fromCharCode(32 + int(r, 95));
  }
  return s;
}

/** Any JSON-like value, nested up to `depth`. */
export function anyValue(r: Rng, depth = 3): unknown {
  const k = int(r, depth > 0 ? 10 : 7);
  switch (k) {
    case 0:
      return null;
    case 1:
      return undefined;
    case 2:
      return pick(r, [0, -1, 1.5, NaN, Infinity, 2 ** 53, 7]);
    case 3:
      return r() < 0.5;
    case 4:
    case 5:
      return junk(r);
    case 6:
      return r() < 0.02 ? 'x'.repeat(2_100_000) : pick(r, ['', 'thread', 'ticket', 'gmail', 'jira', 'in_scope']);
    case 7:
      return Array.from({ length: int(r, 4) }, () => anyValue(r, depth - 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = int(r, 5); i > 0; i--)
        o[pick(r, ['type', 'site', 'page', 'tabId', 'items', '__proto__', junk(r, 8)])] = anyValue(r, depth - 1);
      return o;
    }
  }
}

/** A copy of `value` with one leaf replaced, a key dropped or a junk key added. */
export function mutate(r: Rng, value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object' || depth > 6) return r() < 0.5 ? anyValue(r, 1) : value;
  if (Array.isArray(value)) {
    if (value.length === 0 || r() < 0.2) return [...value, anyValue(r, 1)];
    const i = int(r, value.length);
    return value.map((v, k) => (k === i ? mutate(r, v, depth + 1) : v));
  }
  const o = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(o);
  const k = r();
  if (k < 0.15 && keys.length) delete o[pick(r, keys)];
  else if (k < 0.25) o[junk(r, 6)] = anyValue(r, 1);
  else if (keys.length) {
    const key = pick(r, keys);
    o[key] = mutate(r, o[key], depth + 1);
  }
  return o;
}
