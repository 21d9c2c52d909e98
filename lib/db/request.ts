// Raw IndexedDB requests as promises: the packed stores and the import issue raw requests (idb's
// wrappers cost a proxy per call, and the import's and the packs' requests run by the thousand).
import type { Cursor } from './newest';

/** A request's result, once the database has answered it. */
export function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

/** A raw cursor request as the promise-returning cursor the readers expect (continue() answers anew). */
export function cursorOf(request: IDBRequest<IDBCursorWithValue | null>): Promise<Cursor | null> {
  return answer(request).then((c) => c && { value: c.value, continue: () => (c.continue(), cursorOf(request)) });
}

/** What IndexedDB 3's getAllRecords answers per row. */
export interface IndexRecord {
  key: IDBValidKey;
  primaryKey: IDBValidKey;
  value: unknown;
}

/** IndexedDB 3's options object for an index's getAllRecords and getAllKeys. */
export interface RangeOptions {
  query: IDBKeyRange | null;
  count: number;
  direction: IDBCursorDirection;
}

type Index3 = IDBIndex & {
  getAllRecords?: (o: RangeOptions) => IDBRequest<IndexRecord[]>;
  getAllKeys(o: RangeOptions): IDBRequest<IDBValidKey[]>;
};

/**
 * IndexedDB 3 (Chrome 141+, Firefox 143+) on an index: getAllRecords, and getAllKeys taking the
 * same options (a direction, which the older form lacks), where the browser has them; undefined
 * in older browsers. The one place that tests for them.
 */
export function indexedDb3(
  index: IDBIndex,
): { records(o: RangeOptions): Promise<IndexRecord[]>; keys(o: RangeOptions): Promise<IDBValidKey[]> } | undefined {
  const idx = index as Index3;
  if (typeof idx.getAllRecords !== 'function') return undefined;
  return { records: (o) => answer(idx.getAllRecords!(o)), keys: (o) => answer(idx.getAllKeys(o)) };
}
