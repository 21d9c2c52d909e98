// One IndexedDB transaction for every write that spans records or stores (a change order and the
// asks it links, a record and what it replaces). Either everything lands or nothing does: a
// surface closed between two awaits can no longer leave half a save behind.
// Also the one home of what a write keeps current besides the record: storeRecord writes the
// record and its views (views.ts: the open asks, the open waits) in the caller's transaction, and
// every writer (putRecord, putRecords, softDelete, transact, the backup import) goes through it.
import type { IDBPDatabase } from 'idb';
import { announce } from './changes';
import { loadValidate } from './errors';
import { openDb } from './open';
import type { RecordOf, StoreName } from './schemas';
import { storesOf } from './stores';
import { type ViewTx, ViewWriter, withViews } from './views';

export { withViews, ViewWriter };

/**
 * Puts a validated record and keeps the counters and views of its store exact, inside `tx` (which
 * must hold withViews([store])); `views.flush()` writes the counters before the transaction ends.
 * `old`: the stored copy when the caller has it, null when the id is new (an import of new records:
 * nothing to read back), left out to read it first.
 */
export function storeRecord(
  tx: ViewTx,
  views: ViewWriter,
  store: StoreName,
  record: Record<string, unknown> & { id: string },
  old?: (Record<string, unknown> & { id: string }) | null,
): Promise<unknown> {
  const viewed = views.write(store, record, old); // first: it reads the old copy before the put
  const put = tx.objectStore(store).put(record);
  return viewed ? Promise.all([viewed, put]) : put;
}

/** What the work function may do inside the transaction. */
export interface Tx {
  get<S extends StoreName>(store: S, id: string): Promise<RecordOf<S> | null>;
  /** Validates (ValidationError aborts the whole transaction), stamps updatedAt, writes. */
  put<S extends StoreName>(store: S, record: RecordOf<S>): Promise<RecordOf<S>>;
}

/**
 * Runs `work` in one readwrite transaction over `stores`. Inside, only `tx.get`/`tx.put` may be
 * awaited (IndexedDB commits a transaction as soon as it waits on anything else). If `work` throws,
 * the transaction is aborted and nothing it wrote is kept. Writes are announced after the commit.
 */
export async function transact<T>(stores: StoreName[], work: (tx: Tx) => Promise<T>): Promise<T> {
  // Before the transaction opens: it would commit while waiting for the schemas to load.
  const { validateRecord } = await loadValidate();
  const db = (await openDb()) as unknown as IDBPDatabase<unknown>;
  const idbTx = db.transaction(withViews(stores), 'readwrite');
  const handles = storesOf(idbTx);
  const views = new ViewWriter(handles);
  const written = new Map<StoreName, string[]>();
  const at = new Date().toISOString();
  const tx: Tx = {
    async get(store, id) {
      return ((await handles.objectStore(store).get(id)) as RecordOf<typeof store> | undefined) ?? null;
    },
    async put(store, record) {
      const saved = validateRecord(store, { ...record, updatedAt: at });
      await storeRecord(handles, views, store, saved);
      written.set(store, [...(written.get(store) ?? []), saved.id]);
      return saved;
    },
  };
  let result: T;
  try {
    result = await work(tx);
    await views.flush();
  } catch (err) {
    try {
      idbTx.abort();
    } catch {
      // already finished or aborted
    }
    await idbTx.done.catch(() => {});
    throw err;
  }
  await idbTx.done;
  for (const [store, ids] of written) announce(store, ids);
  return result;
}
