// Turns zod's issues into one short sentence a person can act on, naming the store and field, so
// a failed save or import says exactly which record to fix.
import type { z } from 'zod';
import type { StoreName } from './schemas';
import { schemas } from './schemas';

export class ValidationError extends Error {
  readonly store: StoreName;
  readonly field: string;
  /** Position in a batch (putRecords, import); undefined for a single record. */
  readonly index: number | undefined;

  constructor(store: StoreName, field: string, problem: string, index?: number) {
    const where = index === undefined ? store : `${store}[${index}]`;
    super(field ? `${where}.${field}: ${problem}` : `${where}: ${problem}`);
    this.name = 'ValidationError';
    this.store = store;
    this.field = field;
    this.index = index;
  }
}

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

/** Parses with the store's schema; returns the parsed (trimmed, normalised) record or throws ValidationError. */
export function validateRecord<S extends StoreName>(
  store: S,
  data: unknown,
  index?: number,
): z.infer<(typeof schemas)[S]> {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ValidationError(store, '', 'expected a record object', index);
  }
  const result = schemas[store].safeParse(data);
  if (result.success) return result.data as z.infer<(typeof schemas)[S]>;
  const issue = result.error.issues[0];
  if (!issue) throw new ValidationError(store, '', 'invalid record', index);
  throw new ValidationError(store, fieldName(issue.path), describe(issue, data), index);
}
