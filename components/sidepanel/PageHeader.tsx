// The open tab's title and what the engine concluded, or why the page could not be read and the
// way out (Analyse this page reads it with Readability).
import { useState } from 'react';
import type { Outcome, PanelPage } from './types';
import { t } from '@/lib/i18n';

export function PageHeader({ page, onAnalyse }: { page: PanelPage; onAnalyse: () => Outcome }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <header>
      <h1 data-testid="panel-title">{page.title || page.url || t('thisTab')}</h1>
      {page.summary && <p className="sk-hint">{page.summary}</p>}
      {page.problem && (
        <div className="sk-card">
          <p data-testid="panel-problem">{page.problem}</p>
          <button
            type="button"
            data-testid="panel-analyse"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              setError(await onAnalyse());
              setBusy(false);
            }}
          >
            {busy ? t('analysing') : t('analyse')}
          </button>
          {error && (
            <p className="sk-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </header>
  );
}
