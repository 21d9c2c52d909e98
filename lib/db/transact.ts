// One IndexedDB transaction for every write that spans records or stores (a change order and the
// asks it links, a record and what it replaces). Either everything lands or nothing does: a
// surface closed between two awaits can no longer leave half a save behind.
import type { IDBPDatabase } from 'idb';
import { announce } from './changes';
import { validateRecord } from './errors';
import { openDb } from './open';
import type { RecordOf, StoreName } from './schemas';

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
  const db = (await openDb()) as unknown as IDBPDatabase<unknown>;
  const idbTx = db.transaction([...new Set(stores)], 'readwrite');
  const written = new Map<StoreName, string[]>();
  const at = new Date().toISOString();
  const tx: Tx = {
    async get(store, id) {
      return ((await idbTx.objectStore(store).get(id)) as RecordOf<typeof store> | undefined) ?? null;
    },
    async put(store, record) {
      const saved = validateRecord(store, { ...record, updatedAt: at });
      await idbTx.objectStore(store).put(saved);
      written.set(store, [...(written.get(store) ?? []), saved.id]);
      return saved;
    },
  };
  let result: T;
  try {
    result = await work(tx);
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
