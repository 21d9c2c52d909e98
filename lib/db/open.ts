// One cached connection per context. If another page upgrades the schema (a newer build after an
// extension update), this connection closes itself so the upgrade is not blocked forever.
import type { IDBPDatabase } from 'idb';
import { deleteDB, openDB } from 'idb';
import type { ScopeDbSchema } from './migrations';
import { DB_NAME, DB_VERSION, upgrade } from './migrations';

let dbPromise: Promise<IDBPDatabase<ScopeDbSchema>> | null = null;
let generation = 0;
/** Moves on whenever the cached connection is dropped: what was read through the old one may be gone. */
export const connectionGeneration = (): number => generation;

export function openDb(): Promise<IDBPDatabase<ScopeDbSchema>> {
  if (dbPromise) return dbPromise;
  const opening = openDB<ScopeDbSchema>(DB_NAME, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      // If a migration aborts, openDb rejects with the cause; the transaction's own rejection is a duplicate.
      tx.done.catch(() => {});
      upgrade(db as never, oldVersion, tx as never);
    },
    blocking() {
      void opening.then((db) => db.close());
      dbPromise = null;
      generation++;
    },
    terminated() {
      dbPromise = null;
      generation++;
    },
  });
  dbPromise = opening;
  opening.catch(() => {
    // Let the next call retry instead of caching a failure.
    if (dbPromise === opening) dbPromise = null;
  });
  return opening;
}

/** Tests: close the cached connection and delete the database, so the next openDb starts empty. */
export async function closeAndDeleteDbForTests(): Promise<void> {
  const current = dbPromise;
  dbPromise = null;
  generation++;
  if (current) {
    try {
      (await current).close();
    } catch {
      // a failed open has nothing to close
    }
  }
  await deleteDB(DB_NAME);
}

/** Tests: close without deleting, e.g. to reopen a database written at an older version. */
export async function closeDbForTests(): Promise<void> {
  const current = dbPromise;
  dbPromise = null;
  generation++;
  if (current) (await current.catch(() => null))?.close();
}
