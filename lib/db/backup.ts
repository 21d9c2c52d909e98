// Backups are versioned JSON. Import migrates records of older versions (the same back-fills as the
// IndexedDB upgrade) and checks every record as it writes it, all in one transaction: a bad record,
// a failed write or a cancel, however far in, leaves the database as it was.
import { unwrap } from 'idb';
import { announce } from './changes';
import { ValidationError } from './errors';
import { validateRecord } from './validate';
import { DB_VERSION, MIGRATIONS, migrateRecord } from './migrations';
import { openDb } from './open';
import type { StoreName } from './schemas';
import { STORE_NAMES } from './storeNames';
import { ViewWriter, withViews } from './transact';
import { isPacked, PACK_SIZE } from './packs';
import { storesOf } from './stores';
import { VIEW_NAMES } from './views';
import { t } from '@/lib/i18n';

export const BACKUP_FORMAT = 'scopekeeper-backup';

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  stores: Record<StoreName, unknown[]>;
}
/** What an import did to one store: new ids added, older local copies updated, the rest skipped. */
export interface StoreReport {
  added: number;
  updated: number;
  /** The local copy was as new or newer (merge): kept as it was. */
  skipped: number;
}
/** counts: records per store in the file; report: what was added, updated and skipped per store. */
export type ImportResult =
  | { ok: true; counts: Record<StoreName, number>; report: Record<StoreName, StoreReport> }
  | { ok: false; error: string; cancelled?: boolean };
export interface ImportProgress {
  phase: 'checking' | 'writing';
  done: number;
  total: number;
}
/** merge (default): keep local records unless the file's copy is newer. replace: the file becomes the data. */
export interface ImportOptions {
  mode?: 'merge' | 'replace';
  onProgress?: (p: ImportProgress) => void;
  /** Aborting cancels the import; the database is left exactly as it was. */
  signal?: AbortSignal;
}

/** Records checked and written per step (a whole number of packs): one progress report each. */
export const IMPORT_CHUNK = 5 * PACK_SIZE;

type Row = Record<string, unknown> & { id: string; updatedAt: string };

/** Everything, soft-deleted records included (a later sync needs them), read in one snapshot. */
export async function exportBackup(): Promise<BackupFile> {
  const tx = (await openDb()).transaction(STORE_NAMES, 'readonly');
  const stores = storesOf(tx);
  const entries = await Promise.all(STORE_NAMES.map(async (s) => [s, await stores.objectStore(s).getAll()] as const));
  await tx.done;
  return {
    format: BACKUP_FORMAT,
    version: DB_VERSION,
    exportedAt: new Date().toISOString(),
    stores: Object.fromEntries(entries) as Record<StoreName, unknown[]>,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

type Checked = { ok: true; stores: Record<StoreName, Row[]> } | { ok: false; error: string };
const fail = (error: string) => ({ ok: false as const, error });

function checkHeader(
  json: unknown,
): { ok: true; version: number; stores: Record<string, unknown> } | { ok: false; error: string } {
  if (!isObject(json)) return fail(t('backupNotObject'));
  if (json.format !== BACKUP_FORMAT) return fail(t('backupBadFormat', { format: BACKUP_FORMAT }));
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail(t('backupBadVersion'));
  }
  if (version > DB_VERSION) {
    return fail(t('backupTooNew', { version, max: DB_VERSION }));
  }
  if (!isObject(json.stores)) return fail(t('backupNoStores'));
  const known = MIGRATIONS.find((m) => m.version === version)?.stores ?? STORE_NAMES;
  const unknown = Object.keys(json.stores).find((s) => !known.includes(s as StoreName));
  if (unknown !== undefined) return fail(t('backupUnknownStore', { version, store: unknown }));
  for (const store of STORE_NAMES) {
    const rows = json.stores[store];
    if (rows !== undefined && !Array.isArray(rows)) return fail(t('backupNotList', { store }));
  }
  return { ok: true, version, stores: json.stores };
}

const recordCount = (stores: Record<string, unknown>): number =>
  STORE_NAMES.reduce((n, s) => n + ((stores[s] as unknown[] | undefined)?.length ?? 0), 0);

/** A store's rows in the file; a store added after the file's version starts empty. */
const rowsOf = (stores: Record<string, unknown>, store: StoreName): unknown[] => (stores[store] ?? []) as unknown[];

/** Migrates and validates row `i` of a store; `seen` catches an id given twice. Throws ValidationError. */
function checkRecord(store: StoreName, rows: unknown[], i: number, version: number, seen: Set<string>): Row {
  const row = rows[i];
  const migrated = isObject(row) ? migrateRecord(store, row, version) : row;
  const record = validateRecord(store, migrated, i) as Row;
  if (seen.has(record.id)) throw new ValidationError(store, 'id', `duplicate id ${record.id}`, i);
  seen.add(record.id);
  return record;
}

/** Checks and migrates the whole file; returns the records to write or the first problem found. */
export function parseBackup(json: unknown): Checked {
  const header = checkHeader(json);
  if (!header.ok) return header;
  const out = {} as Record<StoreName, Row[]>;
  try {
    for (const store of STORE_NAMES) {
      const rows = rowsOf(header.stores, store);
      const seen = new Set<string>();
      out[store] = rows.map((_, i) => checkRecord(store, rows, i, header.version, seen));
    }
  } catch (err) {
    if (err instanceof ValidationError) return fail(err.message);
    throw err;
  }
  return { ok: true, stores: out };
}

class Cancelled extends Error {}
const cancelled = () => ({ ok: false as const, cancelled: true, error: t('importCancelled') });

/** The file's copy wins when it is newer; a local timestamp that is not a date never blocks it. */
function fileIsNewer(file: Row, local: Row): boolean {
  return !(Date.parse(local.updatedAt) >= Date.parse(file.updatedAt));
}

/** Resolves when the transaction commits; rejects when it aborts (a failed write, a cancel). */
function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Cancelled());
  });
}

/**
 * The order a store's rows are checked and written in: asks and feedback a project's together,
 * oldest first (the packs an import writes then hold a project's pages; read defensively, as the
 * rows are not checked yet); the other stores as in the file. Errors still name a row by its place
 * in the file.
 */
function writeOrder(store: StoreName, rows: readonly unknown[]): number[] {
  const order = rows.map((_, i) => i);
  if (!isPacked(store)) return order;
  const field = (i: number, name: string) => {
    const row = rows[i];
    return isObject(row) ? String(row[name] ?? '') : '';
  };
  const sortKey = order.map((i) => `${field(i, 'projectId')}\u0000${field(i, 'updatedAt')}\u0000${field(i, 'id')}`);
  return order.sort((a, b) => (sortKey[a]! < sortKey[b]! ? -1 : sortKey[a]! > sortKey[b]! ? 1 : a - b));
}

/**
 * Checks and writes the file in one transaction, so a bad record, a failed write or a cancel
 * part-way leaves the database exactly as it was. Step by step (IMPORT_CHUNK records): each step is
 * checked, then handed to the database while it still writes the step before, so the page's work
 * (validation, the views, copying records across) overlaps the database's; waiting on the write in
 * progress between steps hands the thread back (the count paints, Cancel is heard) and keeps the
 * transaction open. Asks and feedback go in packs (packs.ts): 10,000 records are about 250 writes.
 */
export async function importBackup(json: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const replace = options.mode === 'replace';
  const header = checkHeader(json);
  if (!header.ok) return header;
  if (signal?.aborted) return cancelled();
  const total = recordCount(header.stores);
  onProgress?.({ phase: 'checking', done: 0, total });
  const db = unwrap(await openDb()) as IDBDatabase;
  performance.mark('import:opened');
  if (signal?.aborted) return cancelled();
  // Relaxed: the commit does not wait for the disk to confirm; all-or-nothing holds all the same.
  // Every store and its views (the counters, the open waits), so they change with the records.
  const tx = db.transaction(withViews(STORE_NAMES), 'readwrite', { durability: 'relaxed' });
  const committing = committed(tx);
  committing.catch(() => {}); // awaited below; an abort must not also surface as an unhandled rejection
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
  };
  signal?.addEventListener('abort', abort);
  const written = {} as Record<StoreName, Set<string>>;
  const report = {} as Record<StoreName, StoreReport>;
  const counts = {} as Record<StoreName, number>;
  const stores = storesOf(tx);
  const views = new ViewWriter(stores);
  try {
    let done = 0;
    let writing: Promise<unknown> | null = null;
    onProgress?.({ phase: 'writing', done, total });
    // Replace: the counters and views start empty with the stores.
    if (replace)
      for (const name of VIEW_NAMES)
        stores
          .objectStore(name)
          .clear()
          .catch(() => {}); // an abort fails it; reported below
    for (const store of STORE_NAMES) {
      const os = stores.objectStore(store);
      const rows = rowsOf(header.stores, store);
      const seen = new Set<string>();
      const rep: StoreReport = (report[store] = { added: 0, updated: 0, skipped: 0 });
      counts[store] = rows.length;
      // Merge: the local copies, read once (each row is compared with its own); replace: only the
      // ids, as removed records change what surfaces show too and are announced with the rest.
      const locals = new Map<string, Row>();
      if (!replace) for (const r of (await os.getAll()) as Row[]) locals.set(r.id, r);
      const ids = replace ? new Set((await os.getAllKeys()).map(String)) : new Set(locals.keys());
      written[store] = replace ? new Set(ids) : new Set();
      if (replace) os.clear().catch(() => {});
      const order = writeOrder(store, rows);
      for (let at = 0; at < order.length; at += IMPORT_CHUNK) {
        if (signal?.aborted) throw new Cancelled();
        const keep: Row[] = [];
        for (const i of order.slice(at, at + IMPORT_CHUNK)) {
          const row = checkRecord(store, rows, i, header.version, seen);
          const local = locals.get(row.id);
          if (!ids.has(row.id)) rep.added++;
          else if (replace || !local || fileIsNewer(row, local)) rep.updated++;
          else {
            rep.skipped++; // the local copy is as new or newer
            continue;
          }
          // The counters and views move by the difference from the copy this row replaces (none when new).
          views.write(store, row, replace || !ids.has(row.id) ? null : (local ?? undefined))?.catch(() => {});
          keep.push(row);
          written[store].add(row.id);
        }
        const step = keep.length ? os.putMany(keep, true) : null;
        step?.catch(() => {}); // an abort fails every queued step; the first failure is the one reported
        done += Math.min(IMPORT_CHUNK, order.length - at);
        onProgress?.({ phase: 'writing', done, total });
        // The step before is written while this one was checked; waiting on it hands the thread back.
        if (writing) await writing;
        writing = step ?? writing;
      }
    }
    performance.mark('import:queued'); // every record checked and handed to the database
    // The counters last: their reads queue behind every write, so they see the final records.
    const counted = views.flush();
    counted.catch(() => {});
    await writing;
    await counted;
    if (signal?.aborted) throw new Cancelled();
    await committing;
    performance.mark('import:committed');
  } catch (err) {
    abort();
    if (err instanceof ValidationError) return fail(err.message);
    if (err instanceof Cancelled || signal?.aborted) return cancelled();
    return {
      ok: false,
      error: t('importFailedUnchanged', { error: err instanceof Error ? err.message : String(err) }),
    };
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  for (const store of STORE_NAMES) announce(store, [...written[store]]);
  return { ok: true, counts, report };
}

/**
 * The backup as JSON text in parts (one per record), for a Blob: a 100,000-record export never
 * builds one giant string. JSON.parse of the joined parts gives back the same BackupFile.
 */
export function backupJsonParts(file: BackupFile): string[] {
  const parts = [
    `{\n  "format": ${JSON.stringify(file.format)},\n  "version": ${file.version},\n`,
    `  "exportedAt": ${JSON.stringify(file.exportedAt)},\n  "stores": {`,
  ];
  const names = Object.keys(file.stores) as StoreName[];
  names.forEach((store, s) => {
    parts.push(`${s ? ',' : ''}\n    ${JSON.stringify(store)}: [`);
    file.stores[store].forEach((r, i) => parts.push(`${i ? ',' : ''}\n      ${JSON.stringify(r)}`));
    parts.push(file.stores[store].length ? '\n    ]' : ']');
  });
  parts.push('\n  }\n}\n');
  return parts;
}
