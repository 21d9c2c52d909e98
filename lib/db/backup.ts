// Backups are versioned JSON. Import checks the whole file before touching the database (older
// versions are migrated first, with the same back-fills as the IndexedDB upgrade), then writes
// every store in one transaction: a bad file changes nothing.
import type { IDBPDatabase } from 'idb';
import { announce } from './changes';
import { ValidationError, validateRecord } from './errors';
import { DB_VERSION, MIGRATIONS, migrateRecord } from './migrations';
import { openDb } from './open';
import type { StoreName } from './schemas';
import { STORE_NAMES } from './schemas';
import { t } from '@/lib/i18n';

export const BACKUP_FORMAT = 'scopekeeper-backup';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  stores: Record<StoreName, unknown[]>;
}
/** counts: records per store in the file (in merge mode, older copies of local records are skipped). */
export type ImportResult = { ok: true; counts: Record<StoreName, number> } | { ok: false; error: string };
/** merge (default): keep local records unless the file's copy is as new or newer. replace: the file becomes the data. */
export interface ImportOptions {
  mode?: 'merge' | 'replace';
}

type Row = Record<string, unknown> & { id: string; updatedAt: string };

/** Everything, soft-deleted records included (a later sync needs them), read in one snapshot. */
export async function exportBackup(): Promise<BackupFile> {
  const db = (await openDb()) as unknown as IDBPDatabase<unknown>;
  const tx = db.transaction(STORE_NAMES, 'readonly');
  const entries = await Promise.all(STORE_NAMES.map(async (s) => [s, await tx.objectStore(s).getAll()] as const));
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: DB_VERSION,
    exportedAt: new Date().toISOString(),
    stores: Object.fromEntries(entries) as Record<StoreName, unknown[]>,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Checks and migrates the whole file; returns the records to write or the first problem found. */
export function parseBackup(
  json: unknown,
): { ok: true; stores: Record<StoreName, Row[]> } | { ok: false; error: string } {
  const fail = (error: string) => ({ ok: false as const, error });
  if (!isObject(json)) return fail(t('backupNotObject'));
  if (json.format !== BACKUP_FORMAT) return fail(`not a Scopekeeper backup: format should be "${BACKUP_FORMAT}"`);
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(t('backupBadVersion'));
  }
  if (version > DB_VERSION) {
    return fail(`backup version ${version} is from a newer Scopekeeper; this one reads up to version ${DB_VERSION}`);
  }
  if (!isObject(json.stores)) return fail(t('backupNoStores'));
  const known = MIGRATIONS.find((m) => m.version === version)?.stores ?? STORE_NAMES;
  const unknown = Object.keys(json.stores).find((s) => !known.includes(s as StoreName));
  if (unknown !== undefined) return fail(`backup version ${version} has no store "${unknown}"`);

  const out = {} as Record<StoreName, Row[]>;
  try {
    for (const store of STORE_NAMES) {
      const rows = json.stores[store] ?? []; // a store added after the file's version starts empty
      if (!Array.isArray(rows)) return fail(`${store}: expected a list of records`);
      const seen = new Set<string>();
      out[store] = rows.map((row: unknown, i) => {
        const migrated = isObject(row) ? migrateRecord(store, row, version) : row;
        const valid = validateRecord(store, migrated, i) as Row;
        if (seen.has(valid.id)) throw new ValidationError(store, 'id', `duplicate id ${valid.id}`, i);
        seen.add(valid.id);
        return valid;
      });
    }
  } catch (err) {
    if (err instanceof ValidationError) return fail(err.message);
    throw err;
  }
  return { ok: true, stores: out };
}

export async function importBackup(json: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const parsed = parseBackup(json);
  if (!parsed.ok) return parsed;
  const db = (await openDb()) as unknown as IDBPDatabase<unknown>;
  const tx = db.transaction(STORE_NAMES, 'readwrite');
  const written = {} as Record<StoreName, Set<string>>;
  // Awaited below; this only keeps an abort from also surfacing as an unhandled rejection.
  tx.done.catch(() => {});
  try {
    await Promise.all(
      STORE_NAMES.map(async (store) => {
        const os = tx.objectStore(store);
        written[store] = new Set();
        if (options.mode === 'replace') {
          // Removed records change what surfaces show too, so they are announced with the rest.
          written[store] = new Set((await os.getAllKeys()).map(String));
          await os.clear();
        }
        for (const row of parsed.stores[store]) {
          const local = options.mode === 'replace' ? undefined : ((await os.get(row.id)) as Row | undefined);
          if (local && local.updatedAt > row.updatedAt) continue; // the local edit is newer
          await os.put(row);
          written[store].add(row.id);
        }
      }),
    );
    await tx.done;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    return {
      ok: false,
      error: `import failed, nothing was changed: ${err instanceof Error ? err.message : String(err)}`,
    };
  }
  for (const store of STORE_NAMES) announce(store, [...written[store]]);
  const counts = Object.fromEntries(STORE_NAMES.map((s) => [s, parsed.stores[s].length])) as Record<StoreName, number>;
  return { ok: true, counts };
}
