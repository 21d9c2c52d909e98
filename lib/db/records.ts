// Generic record access for every store. Writes are validated with the store's zod schema first,
// so nothing malformed reaches IndexedDB, and every write is announced to the open surfaces.
import type { IDBPDatabase } from 'idb';
import { announce } from './changes';
import { BY_PROJECT_INDEX } from './migrations';
import { validateRecord } from './errors';
import { openDb } from './open';
import type { RecordOf, StoreName } from './schemas';

export type NewFields<S extends StoreName> = Omit<RecordOf<S>, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export interface ListOptions {
  projectId?: string;
  clientId?: string;
  includeDeleted?: boolean;
  limit?: number;
}

type Row = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };
type Cursor = { value: unknown; continue(): Promise<Cursor | null> };

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
  const row = await (await rawDb()).get(store, id);
  return (row as RecordOf<S> | undefined) ?? null;
}

const newestFirst = (a: Row, b: Row): number =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? 1 : -1;

/**
 * Newest updatedAt first (ties: larger id first); soft-deleted records are left out unless includeDeleted.
 * The updatedAt and [projectId, updatedAt] indexes already hold that order, so unfiltered and
 * per-project lists are never sorted in JS; per-client ones read their index's matches, then sort.
 */
export async function listRecords<S extends StoreName>(store: S, opts: ListOptions = {}): Promise<RecordOf<S>[]> {
  const db = await rawDb();
  const tx = db.transaction(store, 'readonly');
  const limit = opts.limit ?? Infinity;
  const keep = (r: Row): boolean =>
    (opts.includeDeleted || r.deletedAt === null) &&
    (opts.projectId === undefined || r.projectId === opts.projectId) &&
    (opts.clientId === undefined || r.clientId === opts.clientId);

  const walkBack = async (
    source: { openCursor(range: IDBKeyRange | null, dir: 'prev'): Promise<Cursor | null> },
    range: IDBKeyRange | null,
  ): Promise<Row[]> => {
    // Backwards so a limited list reads only what it returns (plus any soft-deleted ones it skips).
    const out: Row[] = [];
    let cursor = limit > 0 ? await source.openCursor(range, 'prev') : null;
    while (cursor) {
      const row = cursor.value as Row;
      if (keep(row)) out.push(row);
      cursor = out.length < limit ? await cursor.continue() : null;
    }
    return out;
  };
  // Index order is already newest first when read backwards (ties fall back to the primary key).
  const ordered = async (
    source: { getAll(range: IDBKeyRange | null): Promise<unknown[]> } & Parameters<typeof walkBack>[0],
    range: IDBKeyRange | null,
  ): Promise<Row[]> =>
    limit === Infinity ? ((await source.getAll(range)) as Row[]).reverse().filter(keep) : walkBack(source, range);

  if (opts.projectId !== undefined && tx.store.indexNames.contains(BY_PROJECT_INDEX)) {
    // [projectId] sorts before every [projectId, updatedAt] and [projectId, []] after them all.
    const range = IDBKeyRange.bound([opts.projectId], [opts.projectId, []]);
    return (await ordered(tx.store.index(BY_PROJECT_INDEX), range)) as RecordOf<S>[];
  }
  const filter = opts.projectId !== undefined ? 'projectId' : opts.clientId !== undefined ? 'clientId' : null;
  if (filter === null) return (await ordered(tx.store.index('updatedAt'), null)) as RecordOf<S>[];
  // A store without the filtered index (clients by projectId) reads everything and keep() decides,
  // which for a field the store lacks matches nothing.
  const value = filter === 'projectId' ? opts.projectId : opts.clientId;
  const rows = (
    tx.store.indexNames.contains(filter) ? await tx.store.index(filter).getAll(value) : await tx.store.getAll()
  ) as Row[];
  return rows.filter(keep).sort(newestFirst).slice(0, limit) as RecordOf<S>[];
}

/** Validates (throws ValidationError), stamps updatedAt, saves and announces. Returns what was stored. */
export async function putRecord<S extends StoreName>(store: S, record: RecordOf<S>): Promise<RecordOf<S>> {
  const saved = validateRecord(store, { ...record, updatedAt: now() });
  await (await rawDb()).put(store, saved);
  announce(store, [saved.id]);
  return saved;
}

/** All or nothing: every record is validated before one transaction writes them all. */
export async function putRecords<S extends StoreName>(store: S, records: RecordOf<S>[]): Promise<void> {
  const at = now();
  const valid = records.map((r, i) => validateRecord(store, { ...r, updatedAt: at }, i));
  if (valid.length === 0) return;
  const tx = (await rawDb()).transaction(store, 'readwrite');
  await Promise.all([...valid.map((r) => tx.store.put(r)), tx.done]);
  announce(
    store,
    valid.map((r) => r.id),
  );
}

/** Marks the record deleted (kept for sync and undo). Missing or already deleted records are left alone. */
export async function softDelete(store: StoreName, id: string): Promise<void> {
  const tx = (await rawDb()).transaction(store, 'readwrite');
  const row = (await tx.store.get(id)) as Row | undefined;
  if (!row || row.deletedAt !== null) {
    await tx.done;
    return;
  }
  const at = now();
  await tx.store.put({ ...row, deletedAt: at, updatedAt: at });
  await tx.done;
  announce(store, [id]);
}
