// The page side of bench-upgrade.ts, bundled for a plain page: writes a backup's records into a
// database laid out as the given version shipped it (its own migrations, run raw, no upgrade), then
// times lib/db's openDb upgrading it to the current version.
import { DB_NAME, MIGRATIONS } from '@/lib/db/migrations';
import { openDb } from '@/lib/db/open';

interface UpgradeRun {
  records: number;
  ms: number;
  version: number;
}

async function upgradeFrom(version: number, stores: Record<string, unknown[]>): Promise<UpgradeRun> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, version);
    req.onupgradeneeded = () => {
      for (const m of MIGRATIONS.filter((x) => x.version <= version))
        m.createStores(req.result as never, req.transaction as never);
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const names = Object.keys(stores).filter((s) => stores[s]!.length > 0);
  const tx = db.transaction(names, 'readwrite', { durability: 'relaxed' });
  let records = 0;
  for (const s of names) {
    for (const r of stores[s]!) tx.objectStore(s).put(r);
    records += stores[s]!.length;
  }
  await new Promise((resolve) => (tx.oncomplete = resolve));
  db.close();
  const start = performance.now();
  const upgraded = await openDb();
  const ms = performance.now() - start;
  return { records, ms, version: upgraded.version };
}

(globalThis as { upgradeFrom?: typeof upgradeFrom }).upgradeFrom = upgradeFrom;
