// Backup (versioned JSON, all or nothing on import) and CSV exports for spreadsheets. The result of
// an import is shown exactly: the counts restored, or the validator's sentence naming the record.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';

import type { ImportResult } from '@/lib/db/backup';
import type { CsvStore } from '@/lib/csv/storeCsv';

const CSV_LABEL: Record<CsvStore, string> = {
  feedback: 'Feedback',
  requests: 'Detected asks',
  changeOrders: 'Change orders',
  upsells: 'Upsells',
};

interface Props {
  onExport: () => Promise<string | null>;
  onImport: (file: File) => Promise<ImportResult>;
  onCsv: (store: CsvStore) => Promise<string | null>;
}

export function DataPanel({ onExport, onImport, onCsv }: Props) {
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const report = (err: string | null, ok: string) =>
    setStatus(err ? { kind: 'error', text: err } : { kind: 'ok', text: ok });

  async function importFile(file: File | undefined) {
    if (!file) return;
    const result = await onImport(file);
    if (!result.ok) {
      setStatus({ kind: 'error', text: `Nothing was imported: ${result.error}` });
      return;
    }
    const parts = Object.entries(result.counts).map(([store, n]) => `${n} ${store}`);
    setStatus({ kind: 'ok', text: `Imported ${parts.join(', ')}.` });
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
      <Field label="Import a backup" hint="A Scopekeeper backup .json file. Records with the same id are replaced.">
        <input
          type="file"
          accept=".json,application/json"
          data-testid="backup-import"
          onChange={(e) => {
            void importFile(e.target.files?.[0]);
            e.target.value = ''; // the same file can be chosen again after fixing it
          }}
        />
      </Field>
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
