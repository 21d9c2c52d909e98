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
