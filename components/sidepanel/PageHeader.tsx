// The open tab's title, or why the page could not be read and the way out (Analyse this page reads
// it with Readability). The engine's one-line summary shows only when the page has no ask to list:
// otherwise the verdict bar and the ask cards already say it.
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import type { Outcome, PanelPage } from './types';
import { t } from '@/lib/i18n';

interface Props {
  page: PanelPage;
  onAnalyse: () => Outcome;
  showSummary: boolean;
}

export function PageHeader({ page, onAnalyse, showSummary }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <h1 data-testid="panel-title" className="sk-panel-title sk-clamp2" title={page.title || undefined}>
        {page.title || page.url || t('thisTab')}
      </h1>
      {showSummary && page.summary && (
        <p className="sk-hint" data-testid="panel-summary">
          {page.summary}
        </p>
      )}
      {page.problem && (
        <div className="sk-card">
          <p data-testid="panel-problem">{page.problem}</p>
          <Button
            kind="primary"
            data-testid="panel-analyse"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(await onAnalyse());
              setBusy(false);
            }}
          >
            {busy ? t('analysing') : t('analyse')}
          </Button>
          {error && (
            <p className="sk-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </>
  );
}
