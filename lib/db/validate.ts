// Turns zod's issues into ValidationError sentences. The schemas (and zod) load with the first
// write, not with a page: records.ts and transact.ts import this module on demand (loadValidate).
import type { z } from 'zod';
import { ValidationError } from './errors';
import { FAIL, fastParser } from './fastParse';
import type { StoreName } from './schemas';
import { schemas, STORE_NAMES } from './schemas';

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc ? `${acc}.${String(key)}` : String(key);
  }, '');
}

/** zod says "expected string, received undefined" for a missing field; people want "name is required". */
function describe(issue: z.core.$ZodIssue, data: unknown): string {
  const last = issue.path[issue.path.length - 1];
  if (issue.code === 'invalid_type' && issue.path.length > 0 && valueAt(data, issue.path) === undefined) {
    return `${String(last)} is required`;
  }
  return issue.message;
}

/**
 * Builds each store's quick path (fastParse.ts), one store per step: the service worker does it as
 * it starts (lib/background/engineMemo's warmUpWorker), so its first save under load does not.
 */
export function* buildValidators(): Generator<void, void, undefined> {
  for (const store of STORE_NAMES) {
    fastParser(schemas[store]);
    yield;
  }
}

/**
 * Parses with the store's schema; returns the parsed (trimmed, normalised) record or throws
 * ValidationError. A well-formed record takes the quick path (fastParse.ts: the same result); any
 * other goes through zod, which decides and names the field.
 */
export function validateRecord<S extends StoreName>(
  store: S,
  data: unknown,
  index?: number,
): z.infer<(typeof schemas)[S]> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ValidationError(store, '', 'expected a record object', index);
  }
  const fast = fastParser(schemas[store])?.(data) ?? FAIL;
  if (fast !== FAIL) return fast as z.infer<(typeof schemas)[S]>;
  const result = schemas[store].safeParse(data);
  if (result.success) return result.data as z.infer<(typeof schemas)[S]>;
  const issue = result.error.issues[0];
  if (!issue) throw new ValidationError(store, '', 'invalid record', index);
  throw new ValidationError(store, fieldName(issue.path), describe(issue, data), index);
}
