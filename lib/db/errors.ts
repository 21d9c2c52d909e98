// The error a failed save or import throws: one short sentence a person can act on, naming the
// store and field, so they know exactly which record to fix. No zod here (validate.ts turns zod's
// issues into these): pages that only read, or only catch the error, never load the schemas.
import type { StoreName } from './storeNames';
import type { buildValidators, validateRecord } from './validate';

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

type Validate = { validateRecord: typeof validateRecord; buildValidators: typeof buildValidators };
let validating: Promise<Validate> | null = null;
/**
 * The record schemas (zod) and validateRecord, loaded with the first write: a page that only reads
 * (every first screen) never parses or runs them. Writers await it before opening a transaction.
 */
export function loadValidate(): Promise<Validate> {
  validating ??= import('./validate').catch((err: unknown) => {
    validating = null; // let the next write try again
    throw err;
  });
  return validating;
}
