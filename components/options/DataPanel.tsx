// Backup (versioned JSON, all or nothing on import) and CSV exports for spreadsheets. The result of
// an import is shown exactly: what was added, updated and skipped, or the validator's sentence
// naming the record. A long import shows a progress bar with a count and can be cancelled.
import { useRef, useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';

import type { ImportOptions, ImportProgress, ImportResult, StoreReport } from '@/lib/db/backup';
import type { CsvStore } from '@/lib/csv/storeCsv';

const CSV_LABEL: Record<CsvStore, string> = {
  feedback: 'Feedback',
  requests: 'Detected asks',
  changeOrders: 'Change orders',
  upsells: 'Upsells',
};

interface Props {
  onExport: () => Promise<string | null>;
  onImport: (file: File, options: ImportOptions) => Promise<ImportResult>;
  onCsv: (store: CsvStore) => Promise<string | null>;
}

export function DataPanel({ onExport, onImport, onCsv }: Props) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const report = (err: string | null, ok: string) =>
    setStatus(err ? { kind: 'error', text: err } : { kind: 'ok', text: ok });

  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const cancel = useRef<AbortController | null>(null);

  async function importFile(file: File | undefined) {
    if (!file || cancel.current) return;
    const stop = (cancel.current = new AbortController());
    setStatus(null);
    setProgress({ phase: 'checking', done: 0, total: 0 });
    try {
      const result = await onImport(file, { signal: stop.signal, onProgress: setProgress });
      if (!result.ok) {
        const text = result.cancelled ? result.error : `Nothing was imported: ${result.error}`;
        setStatus({ kind: 'error', text });
      } else setStatus(importSummary(result.report));
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">Backup and export</h2>
      <p className="sk-hint">
        Everything stays in this browser. Export a backup before reinstalling or to move to another machine.
      </p>
      <div className="sk-row">
        <button
          type="button"
          className="primary"
          data-testid="backup-export"
          onClick={async () => report(await onExport(), 'Backup downloaded.')}
        >
          Export backup (JSON)
        </button>
      </div>
      <Field
        label="Import a backup"
        hint="A Scopekeeper backup .json file. Records you do not have are added; a record you already have is replaced only when the file’s copy is newer (last changed later)."
      >
        <input
          type="file"
          accept=".json,application/json"
          data-testid="backup-import"
          disabled={progress !== null}
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = ''; // the same file can be chosen again after fixing it
          }}
        />
      </Field>
      {progress && (
        <div className="sk-row" data-testid="import-progress-box">
          <progress
            data-testid="import-progress"
            aria-label="Import progress"
            max={Math.max(progress.total, 1)}
            value={progress.done}
          />
          <span role="status" data-testid="import-count">
            {progress.phase === 'checking' ? 'Checking' : 'Writing'} {progress.done.toLocaleString('en')} of{' '}
            {progress.total.toLocaleString('en')} records…
          </span>
          <button type="button" data-testid="import-cancel" onClick={() => cancel.current?.abort()}>
            Cancel import
          </button>
        </div>
      )}
      <Notice kind={status?.kind ?? 'ok'} text={status?.text ?? null} testId="data-status" />
      <h3>CSV for spreadsheets</h3>
      <div className="sk-row">
        {(Object.keys(CSV_LABEL) as CsvStore[]).map((store) => (
          <button
            key={store}
            type="button"
            data-testid={`csv-${store}`}
            onClick={async () => report(await onCsv(store), `${CSV_LABEL[store]} CSV downloaded.`)}
          >
            {CSV_LABEL[store]} CSV
          </button>
        ))}
      </div>
    </section>
  );
}

const STORE_LABEL: Record<string, string> = {
  clients: 'clients',
  projects: 'projects',
  requests: 'asks',
  feedback: 'feedback entries',
  changeOrders: 'change orders',
  upsells: 'upsells',
  waits: 'waits',
  briefs: 'briefs',
};

/** "Imported 3 records: 2 added, 1 updated, 4 skipped (...)", with the stores behind each number. */
export function importSummary(report: Record<string, StoreReport>): { kind: 'ok' | 'error'; text: string } {
  const sum = (k: keyof StoreReport) => Object.values(report).reduce((n, r) => n + r[k], 0);
  const where = (k: keyof StoreReport) =>
    Object.entries(report)
      .filter(([, r]) => r[k] > 0)
      .map(([store, r]) => `${r[k].toLocaleString('en')} ${STORE_LABEL[store] ?? store}`)
      .join(', ');
  const [added, updated, skipped] = [sum('added'), sum('updated'), sum('skipped')];
  const skippedText = skipped
    ? `${skipped.toLocaleString('en')} skipped because this browser’s copy is as new or newer (${where('skipped')})`
    : '';
  if (added + updated === 0) {
    return {
      kind: 'ok',
      text: skipped ? `Nothing was imported: ${skippedText}.` : 'Nothing was imported: the file holds no records.',
    };
  }
  const parts = [
    `${added.toLocaleString('en')} added${added ? ` (${where('added')})` : ''}`,
    `${updated.toLocaleString('en')} updated${updated ? ` (${where('updated')})` : ''}`,
    ...(skipped ? [skippedText] : []),
  ];
  return { kind: 'ok', text: `Imported ${(added + updated).toLocaleString('en')} records: ${parts.join('; ')}.` };
}
