// Backup and CSV files leave through a download link: no downloads permission, no network.
// The backup and CSV writers load when a file is asked for, not with the options page.
import type { ImportOptions, ImportResult } from '@/lib/db/backup';
import type { CsvStore } from '@/lib/csv/storeCsv';
import { listRecords } from '@/lib/db';
import { today } from '@/lib/dates/days';
import { t } from '@/lib/i18n';

export function downloadText(filename: string, text: string | string[], type: string): void {
  const url = URL.createObjectURL(new Blob(typeof text === 'string' ? [text] : text, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** `failed` builds the sentence for the AM from the error's message. */
async function guard(fn: () => Promise<void>, failed: (error: string) => string): Promise<string | null> {
  try {
    await fn();
    return null;
  } catch (err) {
    return failed(err instanceof Error ? err.message : String(err));
  }
}

export const downloadBackup = (): Promise<string | null> =>
  guard(
    async () => {
      const { backupJsonParts, exportBackup } = await import('@/lib/db/backup');
      const backup = await exportBackup();
      // In parts, one per record: a 100,000-record backup never becomes one giant string.
      downloadText(`scopekeeper-backup-${today()}.json`, backupJsonParts(backup), 'application/json');
    },
    (error) => t('backupFailed', { error }),
  );

/**
 * The import's steps on the page's performance timeline (DevTools' Performance panel shows them;
 * lib/cli/bench-import.ts prints the time between them). The first one clears the last import's.
 */
function importMark(step: string): void {
  if (step === 'start') {
    for (const m of performance.getEntriesByType('mark')) {
      if (m.name.startsWith('import:')) performance.clearMarks(m.name);
    }
  }
  performance.mark(`import:${step}`);
}

/** The file's JSON. Its text (50 MB for 100,000 records) is dropped as soon as it is parsed. */
async function readJson(file: File): Promise<unknown> {
  const text = await file.text();
  importMark('read');
  return JSON.parse(text);
}

export async function importBackupFile(file: File, options: ImportOptions = {}): Promise<ImportResult> {
  importMark('start');
  // The importer (and the schemas it checks with) loads while the file is read, not after.
  const importer = import('@/lib/db/backup');
  importer.catch(() => {}); // awaited below, once the file is known to be JSON
  let json: unknown;
  try {
    json = await readJson(file);
    importMark('parsed');
  } catch (err) {
    return {
      ok: false,
      error: t('backupNotJson', { name: file.name, error: err instanceof Error ? err.message : String(err) }),
    };
  }
  const { importBackup } = await importer;
  return importBackup(json, options);
}

export const downloadCsv = (store: CsvStore): Promise<string | null> =>
  guard(
    async () => {
      const { csvExport } = await import('@/lib/csv/storeCsv');
      const [records, clients, projects] = await Promise.all([
        listRecords(store),
        listRecords('clients'),
        listRecords('projects'),
      ]);
      const names = Object.fromEntries([...clients, ...projects].map((r) => [r.id, r.name]));
      downloadCsvText(`scopekeeper-${store}-${today()}.csv`, csvExport(store, records, { names }));
    },
    (error) => t('csvFailed', { error }),
  );

/** Excel reads UTF-8 CSV correctly only with a byte-order mark. */
export function downloadCsvText(fileName: string, csv: string): void {
  downloadText(fileName, `\uFEFF${csv}`, 'text/csv');
}
