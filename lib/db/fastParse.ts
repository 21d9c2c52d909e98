// A quick way through the record schemas for records that are well formed (every record of a good
// backup: 10,000 of them in one import). zod runs each field through its general machinery (a
// payload object, an issues list, a result handler per field: ~10 µs a record, jitless as the
// extension must be). Here each schema is turned once into a plain function that walks the record
// directly and runs zod's own checks (the formats, refinements, trims and lower-casing of
// schemas.ts, called as zod calls them), giving back exactly what zod's parse would.
//
// It never explains a problem: at the first doubt it answers FAIL and the caller asks zod, which
// decides and names the record and field. So it may turn down what zod would accept (that only
// costs time), but must never accept what zod rejects, nor give back anything zod would not
// (tests/lib/db/fastParse.test.ts holds it to that on thousands of damaged records). A schema built
// from something it does not know (an optional field, a catchall, a coercion, a pipe...) gets no
// quick path at all: zod alone, as before.
import type { z } from 'zod';

/** The answer for anything but a clean pass. */
export const FAIL: unique symbol = Symbol('fail');
export type FastParse = (input: unknown) => unknown;

// zod's internals as far as they are read here (zod/v4/core: each schema's _zod.def, each check's _zod.check).
interface Payload {
  value: unknown;
  issues: unknown[];
}
interface Check {
  _zod: { def: { when?: (p: Payload) => boolean }; check(p: Payload): unknown };
}
interface Def {
  type: string;
  checks?: Check[];
  coerce?: boolean;
  shape?: Record<string, Schema>;
  catchall?: unknown;
  innerType?: Schema;
  element?: Schema;
  options?: Schema[];
}
interface Schema {
  _zod: { def: Def; traits?: Set<string>; values?: Set<unknown>; optin?: unknown; optout?: unknown };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A schema's type test and conversion, before its checks; null when it is not one this path knows. */
function base(schema: Schema): FastParse | null {
  const { def, values } = schema._zod;
  switch (def.type) {
    case 'string':
      return def.coerce ? null : (v) => (typeof v === 'string' ? v : FAIL);
    case 'number':
      return def.coerce ? null : (v) => (typeof v === 'number' && !Number.isNaN(v) && Number.isFinite(v) ? v : FAIL);
    case 'boolean':
      return def.coerce ? null : (v) => (typeof v === 'boolean' ? v : FAIL);
    case 'enum':
    case 'literal':
      return values instanceof Set ? (v) => (values.has(v) ? v : FAIL) : null;
    case 'nullable': {
      const inner = def.innerType && compile(def.innerType);
      return inner ? (v) => (v === null ? null : inner(v)) : null;
    }
    case 'array': {
      const element = def.element && compile(def.element);
      if (!element) return null;
      return (v) => {
        if (!Array.isArray(v)) return FAIL;
        const out: unknown[] = Array(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === FAIL) return FAIL;
          out[i] = r;
        }
        return out;
      };
    }
    case 'union': {
      const options = (def.options ?? []).map(compile);
      if (options.length === 0 || options.some((o) => o === null)) return null;
      return (v) => {
        for (const option of options as FastParse[]) {
          const r = option(v);
          if (r !== FAIL) return r; // zod takes the first option that passes
        }
        return FAIL;
      };
    }
    case 'object': {
      if (def.catchall !== undefined || !def.shape) return null;
      const keys = Object.keys(def.shape);
      if (Object.getOwnPropertySymbols(def.shape).length || keys.includes('__proto__')) return null;
      const fields: FastParse[] = [];
      for (const key of keys) {
        const field = def.shape[key]!;
        // Optional and defaulted fields have rules of their own for a missing key: zod alone.
        if (field._zod.optin !== undefined || field._zod.optout !== undefined) return null;
        const parse = compile(field);
        if (!parse) return null;
        fields.push(parse);
      }
      const n = keys.length;
      return (v) => {
        if (!isObject(v)) return FAIL;
        // A new object with the schema's keys in the schema's order, unknown keys dropped: as zod builds it.
        const out: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const key = keys[i]!;
          if (!(key in v)) return FAIL;
          const r = fields[i]!(v[key]);
          if (r === FAIL) return FAIL;
          out[key] = r;
        }
        return out;
      };
    }
    default:
      return null;
  }
}

/** The whole schema: its type, then its checks in order, as zod runs them (any issue: FAIL). */
function compile(schema: Schema): FastParse | null {
  const zod = schema._zod;
  if (!zod?.def || zod.traits?.has('$ZodCheck')) return null; // a schema that is itself a check
  const parse = base(schema);
  if (!parse) return null;
  const checks = zod.def.checks ?? [];
  if (checks.length === 0) return parse;
  return (v) => {
    const parsed = parse(v);
    if (parsed === FAIL) return FAIL;
    const payload: Payload = { value: parsed, issues: [] };
    for (const check of checks) {
      const { when } = check._zod.def;
      if (when && !when(payload)) continue;
      const async = check._zod.check(payload);
      if (async instanceof Promise) {
        async.catch(() => {}); // zod's own parse will say it cannot be checked synchronously
        return FAIL;
      }
      if (payload.issues.length) return FAIL;
    }
    return payload.value;
  };
}

const compiled = new WeakMap<object, FastParse | null>();

/** The quick path of a zod schema, or null when it has none (use zod). Built once per schema. */
export function fastParser(schema: z.ZodType): FastParse | null {
  if (!compiled.has(schema)) compiled.set(schema, compile(schema as unknown as Schema));
  return compiled.get(schema) ?? null;
}
