// Site health: per site, when a page was last read well and the last failure with the names of the
// selectors that missed. A site whose page layout changed shows up here instead of silently
// getting no badges; the structure report (no text from the page) can go with a bug report.
import { useState } from 'react';
import type { SiteHealth } from '@/lib/health/summary';
import { formatWhen } from '@/lib/dates/days';
import { pageKindLabel } from '@/lib/sites/pageKind';
import { t } from '@/lib/i18n';

interface Props {
  rows: SiteHealth[];
  /** Copies the site's structure report to the clipboard; resolves whether it worked. */
  onCopyStructure: (site: string) => Promise<boolean>;
}

// Rows differ in height (a failure lists its selectors): every cell starts at the top, left.
const CELL = { textAlign: 'left', verticalAlign: 'top', paddingRight: '1.5em' } as const;

function when(iso: string | null): string {
  return iso ? formatWhen(iso) : t('never');
}

export function SitesPanel({ rows, onCopyStructure }: Props) {
  const [status, setStatus] = useState<Record<string, string>>({});
  const copy = (site: string): void => {
    void onCopyStructure(site).then((ok) =>
      setStatus((s) => ({ ...s, [site]: ok ? t('structureCopied') : t('copyFailed') })),
    );
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sites')}</h2>
      <p className="sk-hint">{t('sitesIntro')}</p>
      <table className="sk-list" data-testid="sites-table">
        <thead>
          <tr>
            <th scope="col" style={CELL}>
              {t('site')}
            </th>
            <th scope="col" style={CELL}>
              {t('siteLastRead')}
            </th>
            <th scope="col" style={CELL}>
              {t('siteLastFailure')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.site} data-testid="site-health" data-site={r.site} data-failing={r.failing ? 'true' : 'false'}>
              <th scope="row" style={CELL}>
                {r.label}
              </th>
              <td style={CELL}>{when(r.lastRead)}</td>
              <td style={CELL}>
                {r.lastFailure ? (
                  <>
                    <span>
                      {t(r.failing ? 'siteFailureSince' : 'siteFailure', {
                        when: when(r.lastFailure.at),
                        page: pageKindLabel(r.lastFailure.pageKind),
                      })}
                    </span>
                    <ul aria-label={t('siteMissing')}>
                      {r.lastFailure.missing.map((m) => (
                        <li key={m} data-testid="site-missing">
                          <code>{m}</code>
                        </li>
                      ))}
                    </ul>
                    {r.lastFailure.hasStructure && (
                      <button type="button" data-testid="copy-structure" onClick={() => copy(r.site)}>
                        {t('copyStructure')}
                      </button>
                    )}
                    {status[r.site] && (
                      <span role="status" className="sk-ok">
                        {status[r.site]}
                      </span>
                    )}
                  </>
                ) : (
                  t('none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sk-hint">{t('structureExplained')}</p>
    </section>
  );
}
