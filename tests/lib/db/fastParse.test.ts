// The quick path through the record schemas (lib/db/fastParse.ts) against zod itself: for every
// store it must take the well-formed records (or the import is no faster), and on thousands of
// damaged ones it may only answer FAIL or exactly what zod's parse gives (same fields, same values,
// same key order). It must never pass a record zod rejects.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from '@/lib/zodConfig';
import { FAIL, fastParser } from '@/lib/db/fastParse';
import { schemas, STORE_NAMES, type StoreName } from '@/lib/db/schemas';
import { validateRecord } from '@/lib/db/validate';
import { int, pick, rng, type Rng } from '../../fuzz/random';

const example = JSON.parse(readFileSync(join(process.cwd(), 'tests/lib/db/examples/v6.json'), 'utf8')) as {
  stores: Record<StoreName, Record<string, unknown>[]>;
};

/** Same result as zod, key order included (JSON text compares it). */
function expectSame(store: StoreName, input: unknown): 'fast' | 'zod-only' | 'rejected' {
  const fast = fastParser(schemas[store])!(input);
  const zod = schemas[store].safeParse(input);
  if (fast === FAIL) return zod.success ? 'zod-only' : 'rejected';
  // Plain ifs first: tens of thousands of cases, and expect() is slow on the passing ones.
  if (!zod.success || JSON.stringify(fast) !== JSON.stringify(zod.data)) {
    expect(zod.success, `fast path passed a record zod rejects: ${JSON.stringify(input)}`).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.success && zod.data));
  }
  expect(fast).toEqual(zod.data);
  return 'fast';
}

const ODD_VALUES: unknown[] = [
  null,
  undefined,
  '',
  '   ',
  '  Padded  ',
  'UPPER.example.COM',
  'zzzz',
  '2026-01-31',
  '2026-01-31T09:00:00',
  '2026-01-31T09:00:00.000Z',
  '2026-01-31T09:00:00+0000',
  '2026-13-45T99:99:99Z',
  '00000000-0000-4000-8000-000000000001',
  '00000000-0000-0000-0000-000000000000',
  'not-a-uuid',
  'USD',
  'US',
  'gmail',
  'readability',
  'out_of_scope',
  'open',
  0,
  -1,
  1,
  0.5,
  1.5,
  2 ** 53,
  NaN,
  Infinity,
  true,
  false,
  [],
  ['a'],
  [''],
  [{}],
  {},
  { id: 'x' },
];

/** A copy of `record` with one thing changed somewhere inside it. */
function damage(r: Rng, record: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  // Walk down a random path of objects and arrays, then change what is there.
  let at: Record<string, unknown> | unknown[] = copy;
  for (let depth = int(r, 4); depth > 0; depth--) {
    const keys = Object.keys(at);
    const next = keys.length ? (at as Record<string, unknown>)[pick(r, keys)] : undefined;
    if (next === null || typeof next !== 'object') break;
    at = next as Record<string, unknown>;
  }
  const keys = Object.keys(at);
  const key = keys.length && int(r, 6) ? pick(r, keys) : Array.isArray(at) ? String(at.length) : 'extra';
  switch (int(r, 4)) {
    case 0:
      if (Array.isArray(at)) at.splice(Number(key), 1);
      else delete at[key];
      break;
    case 1: {
      const old = (at as Record<string, unknown>)[key];
      (at as Record<string, unknown>)[key] =
        typeof old === 'string' ? pick(r, [` ${old}`, `${old} `, old.toUpperCase(), old.slice(1), `${old}x`]) : old;
      break;
    }
    default:
      (at as Record<string, unknown>)[key] = structuredClone(pick(r, ODD_VALUES));
  }
  return copy;
}

/** Every path to a value inside `v` (object keys and array places), containers included. */
function paths(v: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [[...at, k], ...paths((v as Record<string | number, unknown>)[k], [...at, k])]);
}
const REMOVE = Symbol('remove');
function setAt(record: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let at = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value !== REMOVE) at[last] = structuredClone(value);
  else if (Array.isArray(at)) at.splice(Number(last), 1);
  else delete at[last];
  return copy;
}

describe('the quick path through the record schemas', () => {
  it('exists for every store and gives zod’s result for every well-formed record', () => {
    for (const store of STORE_NAMES) {
      expect(fastParser(schemas[store]), store).not.toBeNull();
      expect(example.stores[store].length, store).toBeGreaterThan(0);
      for (const record of example.stores[store]) expect(expectSame(store, record), store).toBe('fast');
    }
  });

  it('strips unknown fields, trims and lower-cases exactly as zod does', () => {
    const client = { ...example.stores.clients[0]!, name: '  Acme  ', domains: [' ACME.com '], surplus: 1 };
    expect(expectSame('clients', client)).toBe('fast');
    expect(validateRecord('clients', client)).toMatchObject({ name: 'Acme', domains: ['acme.com'] });
    expect(validateRecord('clients', client)).not.toHaveProperty('surplus');
  });

  it(
    'every field of every example record, replaced by each odd value or removed: zod’s answer or FAIL',
    { timeout: 30_000 },
    () => {
      const seen = { fast: 0, 'zod-only': 0, rejected: 0 };
      for (const store of STORE_NAMES) {
        for (const record of example.stores[store]) {
          for (const path of paths(record)) {
            for (const value of [REMOVE, ...ODD_VALUES]) seen[expectSame(store, setAt(record, path, value))]++;
          }
        }
      }
      expect(seen.fast).toBeGreaterThan(500);
      expect(seen.rejected).toBeGreaterThan(5_000);
    },
  );

  it(
    'never passes a record damaged in several places that zod rejects, and otherwise gives zod’s result',
    { timeout: 30_000 },
    () => {
      const r = rng(20261203);
      const seen = { fast: 0, 'zod-only': 0, rejected: 0 };
      for (let i = 0; i < 4_000; i++) {
        const store = pick(r, STORE_NAMES);
        let record: unknown = pick(r, example.stores[store]);
        for (let n = 1 + int(r, 3); n > 0; n--) record = damage(r, record);
        seen[expectSame(store, record)]++;
      }
      // Both kinds turn up: records still good after the damage, and records zod turns down.
      expect(seen.fast).toBeGreaterThan(300);
      expect(seen.rejected).toBeGreaterThan(1_000);
    },
  );

  it('takes no quick path for schema parts it does not know (zod alone decides)', () => {
    expect(fastParser(z.object({ a: z.string().optional() }))).toBeNull();
    expect(fastParser(z.object({ a: z.string() }).catchall(z.number()))).toBeNull();
    expect(fastParser(z.object({ a: z.coerce.number() }))).toBeNull();
    expect(fastParser(z.object({ a: z.string().transform((s) => s.length) }))).toBeNull();
    const refined = z.object({ a: z.number() }).refine((o) => o.a > 1, 'too small');
    expect(fastParser(refined)!({ a: 1 })).toBe(FAIL);
    expect(fastParser(refined)!({ a: 2 })).toEqual({ a: 2 });
  });

  it('still names the record and field when the quick path turns a record down', () => {
    const wait = { ...example.stores.waits[0]! };
    delete wait.what;
    expect(() => validateRecord('waits', wait, 3)).toThrow('waits[3].what: what is required');
    const request = { ...example.stores.requests[0]!, confidence: 1.5 };
    expect(() => validateRecord('requests', request, 7)).toThrow(/^requests\[7\]\.confidence: /);
  });
});
