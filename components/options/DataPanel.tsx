// Backup (versioned JSON, all or nothing on import) and CSV exports for spreadsheets. The result of
// an import is shown exactly: the counts restored, or the validator's sentence naming the record.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';

import type { ImportResult } from '@/lib/db/backup';
import type { CsvStore } from '@/lib/csv/storeCsv';
import { importCounts } from '@/lib/db/storeLabels';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

const CSV_LABEL = {
  feedback: 'csvFeedback',
  requests: 'csvRequests',
  changeOrders: 'csvChangeOrders',
  upsells: 'csvUpsells',
} as const satisfies Record<CsvStore, MessageKey>;
const CSV_DONE = {
  feedback: 'csvFeedbackDone',
  requests: 'csvRequestsDone',
  changeOrders: 'csvChangeOrdersDone',
  upsells: 'csvUpsellsDone',
} as const satisfies Record<CsvStore, MessageKey>;

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
      setStatus({ kind: 'error', text: t('importFailed', { error: result.error }) });
      return;
    }
    setStatus({ kind: 'ok', text: t('imported', { counts: importCounts(result.counts) }) });
  }

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('dataHeading')}</h2>
      <p className="sk-hint">{t('dataIntro')}</p>
      <div className="sk-row">
        <button
          type="button"
          className="primary"
          data-testid="backup-export"
          onClick={async () => report(await onExport(), t('backupDone'))}
        >
          {t('backupExport')}
        </button>
      </div>
      <Field label={t('backupImport')} hint={t('backupImportHint')}>
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
      <h3>{t('csvHeading')}</h3>
      <div className="sk-row">
        {(Object.keys(CSV_LABEL) as CsvStore[]).map((store) => (
          <button
            key={store}
            type="button"
            data-testid={`csv-${store}`}
            onClick={async () => report(await onCsv(store), t(CSV_DONE[store]))}
          >
            {t(CSV_LABEL[store])}
          </button>
        ))}
      </div>
    </section>
  );
}
