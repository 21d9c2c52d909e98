// Generic record access for every store. Writes are validated with the store's zod schema first,
// so nothing malformed reaches IndexedDB, and every write is announced to the open surfaces.
import type { IDBPDatabase } from 'idb';
import { announce } from './changes';
import { loadValidate } from './errors';
import { BY_PROJECT_INDEX } from './indexNames';
import { newestFirst, readNewestFirst, type KeySource } from './newest';
import { openDb } from './open';
import type { RecordOf, StoreName } from './schemas';
import { storesOf } from './stores';
import { storeRecord, ViewWriter, withViews } from './transact';

export type NewFields<S extends StoreName> = Omit<RecordOf<S>, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export interface ListOptions {
  projectId?: string;
  clientId?: string;
  includeDeleted?: boolean;
  limit?: number;
}

type Row = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };
// The typed schema cannot follow a store name chosen at run time; these helpers work untyped
// and the public functions restore the types.
async function rawDb(): Promise<IDBPDatabase<unknown>> {
  return (await openDb()) as unknown as IDBPDatabase<unknown>;
}

const now = (): string => new Date().toISOString();

/** Pure: a complete record with a fresh id and timestamps, not yet saved. */
export function createRecord<S extends StoreName>(_store: S, fields: NewFields<S>): RecordOf<S> {
  const at = now();
  return { ...fields, id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: null } as RecordOf<S>;
}

/** The record, soft-deleted or not (check deletedAt), or null if there is none. */
export async function getRecord<S extends StoreName>(store: S, id: string): Promise<RecordOf<S> | null> {
  const tx = (await rawDb()).transaction(store, 'readonly');
  const row = await storesOf(tx).objectStore(store).get(id);
  return (row as RecordOf<S> | undefined) ?? null;
}

/**
 * Newest updatedAt first (ties: larger id first); soft-deleted records are left out unless includeDeleted.
 * The updatedAt and [projectId, updatedAt] indexes already hold that order, so unfiltered and
 * per-project lists are never sorted in JS; per-client ones read their index's matches, then sort.
 */
export async function listRecords<S extends StoreName>(store: S, opts: ListOptions = {}): Promise<RecordOf<S>[]> {
  const os = storesOf((await rawDb()).transaction(store, 'readonly')).objectStore(store);
  const limit = opts.limit ?? Infinity;
  const keep = (r: Row): boolean =>
    (opts.includeDeleted || r.deletedAt === null) &&
    (opts.projectId === undefined || r.projectId === opts.projectId) &&
    (opts.clientId === undefined || r.clientId === opts.clientId);

  // Index order is already newest first when read backwards (ties fall back to the primary key).
  const ordered = (source: unknown, lower?: IDBValidKey, upper?: IDBValidKey): Promise<Row[]> =>
    readNewestFirst(source as KeySource, { lower, upper, limit, keep });

  if (opts.projectId !== undefined && os.hasIndex(BY_PROJECT_INDEX)) {
    // [projectId] sorts before every [projectId, updatedAt] and [projectId, []] after them all.
    return (await ordered(os.index(BY_PROJECT_INDEX), [opts.projectId], [opts.projectId, []])) as RecordOf<S>[];
  }
  const filter = opts.projectId !== undefined ? 'projectId' : opts.clientId !== undefined ? 'clientId' : null;
  if (filter === null) return (await ordered(os.index('updatedAt'))) as RecordOf<S>[];
  // A store without the filtered index (clients by projectId; by clientId every store but projects
  // since v7, as no surface lists those) reads everything and keep() decides, which for a field the
  // store lacks matches nothing.
  const value = filter === 'projectId' ? opts.projectId : opts.clientId;
  const rows = (os.hasIndex(filter) ? await os.index(filter).getAll(value) : await os.getAll()) as Row[];
  return rows.filter(keep).sort(newestFirst).slice(0, limit) as RecordOf<S>[];
}

/**
 * A project's newest `limit` live records that pass `where`, newest first, read page by page through
 * [projectId, updatedAt]: a first screen that shows 50 matching records reads about that many.
 */
export async function listProjectRecordsWhere<S extends StoreName>(
  store: S,
  projectId: string,
  limit: number,
  where: (record: RecordOf<S>) => boolean,
): Promise<RecordOf<S>[]> {
  const os = storesOf((await rawDb()).transaction(store, 'readonly')).objectStore(store);
  const keep = (r: Row) => r.deletedAt === null && where(r as unknown as RecordOf<S>);
  const rows = await readNewestFirst(os.index(BY_PROJECT_INDEX), {
    ...{ lower: [projectId], upper: [projectId, []] },
    ...{ limit, keep },
  });
  return rows as unknown as RecordOf<S>[];
}

/** Validates (throws ValidationError), stamps updatedAt, saves and announces. Returns what was stored. */
export async function putRecord<S extends StoreName>(store: S, record: RecordOf<S>): Promise<RecordOf<S>> {
  const { validateRecord } = await loadValidate();
  const saved = validateRecord(store, { ...record, updatedAt: now() });
  const tx = (await rawDb()).transaction(withViews([store]), 'readwrite');
  const stores = storesOf(tx);
  const views = new ViewWriter(stores);
  await storeRecord(stores, views, store, saved as Row);
  await views.flush();
  await tx.done;
  announce(store, [saved.id]);
  return saved;
}

/** All or nothing: every record is validated before one transaction writes them all. */
export async function putRecords<S extends StoreName>(store: S, records: RecordOf<S>[]): Promise<void> {
  const { validateRecord } = await loadValidate();
  const at = now();
  const valid = records.map((r, i) => validateRecord(store, { ...r, updatedAt: at }, i));
  if (valid.length === 0) return;
  const tx = (await rawDb()).transaction(withViews([store]), 'readwrite');
  const stores = storesOf(tx);
  const views = new ViewWriter(stores);
  // One write of them all (a pack is written once), each record's views moved once from its stored
  // copy to the last copy given: a record given twice is stored as its last.
  const last = [...new Map(valid.map((r) => [r.id, r as Row])).values()];
  const viewed = last.map((r) => views.write(store, r));
  await Promise.all([...viewed, stores.objectStore(store).putMany(last, true)]);
  await views.flush();
  await tx.done;
  announce(
    store,
    valid.map((r) => r.id),
  );
}

/** Marks the record deleted (kept for sync and undo). Missing or already deleted records are left alone. */
export async function softDelete(store: StoreName, id: string): Promise<void> {
  const tx = (await rawDb()).transaction(withViews([store]), 'readwrite');
  const stores = storesOf(tx);
  const row = (await stores.objectStore(store).get(id)) as Row | undefined;
  if (!row || row.deletedAt !== null) {
    await tx.done;
    return;
  }
  const at = now();
  const views = new ViewWriter(stores);
  await storeRecord(stores, views, store, { ...row, deletedAt: at, updatedAt: at }, row);
  await views.flush();
  await tx.done;
  announce(store, [id]);
}
