// Backups are versioned JSON. Import checks the whole file before touching the database (older
// versions are migrated first, with the same back-fills as the IndexedDB upgrade), then writes
// every store in one transaction: a bad file changes nothing.
import type { IDBPDatabase } from 'idb';
import { announce } from './changes';
import { ValidationError } from './errors';
import { validateRecord } from './validate';
import { DB_VERSION, MIGRATIONS, migrateRecord } from './migrations';
import { openDb } from './open';
import type { StoreName } from './schemas';
import { STORE_NAMES } from './storeNames';
import { storeRecord, ViewWriter, withViews } from './transact';
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

/** Records checked, or written, between two progress reports (and two yields to the page while checking). */
export const IMPORT_CHUNK = 2_000;

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

/** Migrates and validates every record, yielding the running count every IMPORT_CHUNK records. */
function* checkRecords(
  stores: Record<string, unknown>,
  version: number,
  out: Record<StoreName, Row[]>,
): Generator<number, void> {
  let done = 0;
  for (const store of STORE_NAMES) {
    const rows = (stores[store] ?? []) as unknown[]; // a store added after the file's version starts empty
    const seen = new Set<string>();
    const valid: Row[] = (out[store] = []);
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const migrated = isObject(row) ? migrateRecord(store, row, version) : row;
      const record = validateRecord(store, migrated, i) as Row;
      if (seen.has(record.id)) throw new ValidationError(store, 'id', `duplicate id ${record.id}`, i);
      seen.add(record.id);
      valid.push(record);
      if (++done % IMPORT_CHUNK === 0) yield done;
    }
  }
}

const recordCount = (stores: Record<string, unknown>): number =>
  STORE_NAMES.reduce((n, s) => n + ((stores[s] as unknown[] | undefined)?.length ?? 0), 0);

/** Checks and migrates the whole file; returns the records to write or the first problem found. */
export function parseBackup(json: unknown): Checked {
  const header = checkHeader(json);
  if (!header.ok) return header;
  const out = {} as Record<StoreName, Row[]>;
  try {
    for (const _ of checkRecords(header.stores, header.version, out));
  } catch (err) {
    if (err instanceof ValidationError) return fail(err.message);
    throw err;
  }
  return { ok: true, stores: out };
}

class Cancelled extends Error {}
const cancelled = () => ({ ok: false as const, cancelled: true, error: t('importCancelled') });

/** parseBackup in chunks: the page stays responsive, shows a count and can cancel a 100,000-record file. */
async function parseInChunks(json: unknown, options: ImportOptions): Promise<Checked> {
  const header = checkHeader(json);
  if (!header.ok) return header;
  const total = recordCount(header.stores);
  const out = {} as Record<StoreName, Row[]>;
  try {
    options.onProgress?.({ phase: 'checking', done: 0, total });
    for (const done of checkRecords(header.stores, header.version, out)) {
      options.onProgress?.({ phase: 'checking', done, total });
      await new Promise((resolve) => setTimeout(resolve, 0)); // let the page paint the count
      if (options.signal?.aborted) throw new Cancelled();
    }
  } catch (err) {
    if (err instanceof ValidationError) return fail(err.message);
    throw err;
  }
  return { ok: true, stores: out };
}

/** The file's copy wins when it is newer; a local timestamp that is not a date never blocks it. */
function fileIsNewer(file: Row, local: Row): boolean {
  return !(Date.parse(local.updatedAt) >= Date.parse(file.updatedAt));
}

export async function importBackup(json: unknown, options: ImportOptions = {}): Promise<ImportResult> {
  const { signal, onProgress } = options;
  const replace = options.mode === 'replace';
  let parsed: Checked;
  try {
    parsed = await parseInChunks(json, options);
  } catch (err) {
    if (err instanceof Cancelled) return cancelled();
    throw err;
  }
  if (!parsed.ok) return parsed;
  if (signal?.aborted) return cancelled();
  const stores = parsed.stores;
  const total = STORE_NAMES.reduce((n, s) => n + stores[s].length, 0);
  const db = (await openDb()) as unknown as IDBPDatabase<unknown>;
  // One transaction for every store (and its views): a failure or a cancel part-way leaves the database as it was.
  const tx = db.transaction(withViews(STORE_NAMES), 'readwrite');
  const written = {} as Record<StoreName, Set<string>>;
  const report = {} as Record<StoreName, StoreReport>;
  // Awaited below; this only keeps an abort from also surfacing as an unhandled rejection.
  tx.done.catch(() => {});
  const abort = () => {
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
  };
  signal?.addEventListener('abort', abort);
  let done = 0;
  const views = new ViewWriter(tx);
  try {
    onProgress?.({ phase: 'writing', done, total });
    // Replace: the counters and views start empty with the stores.
    if (replace) await Promise.all(VIEW_NAMES.map((name) => tx.objectStore(name).clear()));
    for (const store of STORE_NAMES) {
      const os = tx.objectStore(store);
      const rows = stores[store];
      const rep: StoreReport = (report[store] = { added: 0, updated: 0, skipped: 0 });
      const ids = new Set((await os.getAllKeys()).map(String));
      // Removed records change what surfaces show too, so they are announced with the rest.
      written[store] = replace ? new Set(ids) : new Set();
      if (replace) await os.clear();
      for (let i = 0; i < rows.length; i += IMPORT_CHUNK) {
        if (signal?.aborted) throw new Cancelled();
        const chunk = rows.slice(i, i + IMPORT_CHUNK);
        // Requests are issued together and awaited together: no round trip per record.
        const locals = await Promise.all(
          chunk.map((r) => (!replace && ids.has(r.id) ? (os.get(r.id) as Promise<Row | undefined>) : undefined)),
        );
        const puts: Promise<unknown>[] = [];
        chunk.forEach((row, j) => {
          const local = locals[j];
          if (!ids.has(row.id)) rep.added++;
          else if (replace || !local || fileIsNewer(row, local)) rep.updated++;
          else return void rep.skipped++; // the local copy is as new or newer
          // Through storeRecord, so the counters and views stay exact (it is given the local copy it replaces).
          puts.push(storeRecord(tx, views, store, row, replace || !ids.has(row.id) ? null : (local ?? undefined)));
          written[store].add(row.id);
        });
        await Promise.all(puts);
        done += chunk.length;
        onProgress?.({ phase: 'writing', done, total });
      }
    }
    await views.flush();
    await tx.done;
  } catch (err) {
    abort();
    if (err instanceof Cancelled || signal?.aborted) return cancelled();
    return {
      ok: false,
      error: t('importFailedUnchanged', { error: err instanceof Error ? err.message : String(err) }),
    };
  } finally {
    signal?.removeEventListener('abort', abort);
  }
  for (const store of STORE_NAMES) announce(store, [...written[store]]);
  const counts = Object.fromEntries(STORE_NAMES.map((s) => [s, stores[s].length])) as Record<StoreName, number>;
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
