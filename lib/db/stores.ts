// One promise-returning handle per store inside a transaction, whatever the store keeps in its rows:
// a packed store (packs.ts) answers as if each record were its own row, the others are their rows.
// Every reader and writer in lib/db goes through it, so none needs to know which stores are packed.
import { type IDBPTransaction, unwrap } from 'idb';
import type { KeySource } from './newest';
import { isPacked, packedStore } from './packs';
import { answer, cursorOf, indexedDb3 } from './request';

type Row = Record<string, unknown> & { id: string };

/** An index read: exact keys or key ranges, and the newest-first page readNewestFirst asks for. */
export interface IndexHandle extends KeySource {
  getAll(query?: IDBValidKey | IDBKeyRange | null): Promise<unknown[]>;
}

export interface StoreHandle {
  get(key: IDBValidKey): Promise<unknown>;
  put(value: unknown): Promise<unknown>;
  /** Several records at once: a packed store writes each pack they touch once. */
  putMany(values: readonly Row[], owned?: boolean): Promise<unknown>;
  delete(key: IDBValidKey): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  getAllKeys(): Promise<IDBValidKey[]>;
  clear(): Promise<unknown>;
  hasIndex(name: string): boolean;
  index(name: string): IndexHandle;
}

/** What the writers and readers hold: the stores of one transaction. */
export interface Stores {
  objectStore(name: string): StoreHandle;
}

function rowStore(os: IDBObjectStore): StoreHandle {
  return {
    get: (key) => answer(os.get(key)),
    put: (value) => answer(os.put(value)),
    putMany: (values) => Promise.all(values.map((v) => answer(os.put(v)))),
    delete: (key) => answer(os.delete(key)),
    getAll: () => answer(os.getAll()),
    getAllKeys: () => answer(os.getAllKeys()),
    clear: () => answer(os.clear()),
    hasIndex: (name) => os.indexNames.contains(name),
    index: (name) => {
      const index = os.index(name);
      const v3 = indexedDb3(index);
      return {
        getAll: (query) => answer(index.getAll(query)),
        openCursor: (query, direction) => cursorOf(index.openCursor(query, direction)),
        // IndexedDB 3's one-request read, where the browser has it.
        ...(v3 ? { getAllRecords: v3.records } : {}),
      };
    },
  };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any idb transaction, whatever its schema and stores
type AnyTx = IDBTransaction | IDBPTransaction<any, any, any>;

/** The raw transaction under idb's wrapper (wrapped again, as a test's patched db.transaction may). */
function rawOf(tx: AnyTx): IDBTransaction {
  let raw = tx as IDBTransaction;
  for (let inner = unwrap(raw as never) as unknown; inner; inner = unwrap(raw as never) as unknown)
    raw = inner as IDBTransaction;
  return raw;
}

/** The handles of a transaction's stores, raw or idb's. */
export function storesOf(tx: AnyTx): Stores {
  const raw = rawOf(tx);
  return {
    objectStore: (name) => (isPacked(name) ? packedStore(raw, name) : rowStore(raw.objectStore(name))),
  };
}
