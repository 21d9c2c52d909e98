// Backup (versioned JSON, all or nothing on import) and CSV exports for spreadsheets. The result of
// an import is shown exactly: what was added, updated and skipped, or the validator's sentence
// naming the record. A long import shows a progress bar with a count and can be cancelled.
import { useRef, useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';

import type { ImportOptions, ImportProgress, ImportResult, StoreReport } from '@/lib/db/backup';
import type { CsvStore } from '@/lib/csv/storeCsv';
import { storeCount } from '@/lib/db/storeLabels';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

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

/** The progress count re-renders at most ten times a second. */
const PROGRESS_MS = 100;

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
  const shown = useRef<{ at: number; phase: ImportProgress['phase'] | null }>({ at: -Infinity, phase: null });

  /** A count the eye can follow, not a render per step: a new phase and the last count always show. */
  function showProgress(p: ImportProgress) {
    const now = performance.now();
    const last = shown.current;
    if (now - last.at < PROGRESS_MS && p.phase === last.phase && p.done < p.total) return;
    shown.current = { at: now, phase: p.phase };
    setProgress(p);
  }

  async function importFile(file: File | undefined) {
    if (!file || cancel.current) return;
    const stop = (cancel.current = new AbortController());
    setStatus(null);
    shown.current = { at: -Infinity, phase: null };
    setProgress({ phase: 'checking', done: 0, total: 0 });
    try {
      const result = await onImport(file, { signal: stop.signal, onProgress: showProgress });
      if (!result.ok) {
        const text = result.cancelled ? result.error : t('importFailed', { error: result.error });
        setStatus({ kind: 'error', text });
      } else setStatus(importSummary(result.report));
    } finally {
      cancel.current = null;
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="data-h">
      <h2 id="data-h">{t('dataHeading')}</h2>
      <p className="sk-hint">{t('dataIntro')}</p>
      <div className="sk-row">
        <Button
          kind="primary"
          data-testid="backup-export"
          onClick={async () => report(await onExport(), t('backupDone'))}
        >
          {t('backupExport')}
        </Button>
      </div>
      <Field label={t('backupImport')} hint={t('backupImportMergeHint')}>
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
        // The count comes last: as it grows it never moves the bar or the Cancel button.
        <div className="sk-row" data-testid="import-progress-box">
          <progress
            data-testid="import-progress"
            aria-label={t('importProgress')}
            max={Math.max(progress.total, 1)}
            value={progress.done}
          />
          <button type="button" data-testid="import-cancel" onClick={() => cancel.current?.abort()}>
            {t('importCancel')}
          </button>
          <span role="status" data-testid="import-count">
            {t(progress.phase === 'checking' ? 'importChecking' : 'importWriting', {
              done: progress.done,
              total: progress.total,
            })}
          </span>
        </div>
      )}
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

/** "Imported 3 records: 2 added, 1 updated, 4 skipped (...)", with the stores behind each number. */
export function importSummary(report: Record<string, StoreReport>): { kind: 'ok' | 'error'; text: string } {
  const sum = (k: keyof StoreReport) => Object.values(report).reduce((n, r) => n + r[k], 0);
  const where = (k: keyof StoreReport) =>
    Object.entries(report)
      .filter(([, r]) => r[k] > 0)
      .map(([store, r]) => storeCount(store, r[k]))
      .join(t('listSeparator'));
  const [added, updated, skipped] = [sum('added'), sum('updated'), sum('skipped')];
  const skippedText = skipped ? t('importSkipped', { count: skipped, stores: where('skipped') }) : '';
  if (added + updated === 0) {
    return {
      kind: 'ok',
      text: skipped ? t('importNothingSkipped', { skipped: skippedText }) : t('importNothingEmpty'),
    };
  }
  const parts = [
    added ? t('importAddedStores', { count: added, stores: where('added') }) : t('importAdded', { count: added }),
    updated
      ? t('importUpdatedStores', { count: updated, stores: where('updated') })
      : t('importUpdated', { count: updated }),
    ...(skipped ? [skippedText] : []),
  ];
  return { kind: 'ok', text: t('importDone', { count: added + updated, parts: parts.join('; ') }) };
}
