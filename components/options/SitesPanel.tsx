// Site health: per site, when a page was last read well and the last failure with the names of the
// selectors that missed. A site whose page layout changed shows up here instead of silently
// getting no badges; the structure report (no text from the page) can go with a bug report.
import { useState } from 'react';
import type { SiteHealth } from '@/lib/health/summary';

interface Props {
  rows: SiteHealth[];
  /** Copies the site's structure report to the clipboard; resolves whether it worked. */
  onCopyStructure: (site: string) => Promise<boolean>;
}

// Rows differ in height (a failure lists its selectors): every cell starts at the top, left.
const CELL = { textAlign: 'left', verticalAlign: 'top', paddingRight: '1.5em' } as const;

function when(iso: string | null): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

export function SitesPanel({ rows, onCopyStructure }: Props) {
  const [status, setStatus] = useState<Record<string, string>>({});
  const copy = (site: string): void => {
    void onCopyStructure(site).then((ok) =>
      setStatus((s) => ({ ...s, [site]: ok ? 'Copied: paste it into your bug report.' : 'Could not copy.' })),
    );
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">Sites</h2>
      <p className="sk-hint">
        When a tool changes its page layout, Scopekeeper may stop reading it. Here you see when each site was last read
        well and what failed last.
      </p>
      <table className="sk-list" data-testid="sites-table">
        <thead>
          <tr>
            <th scope="col" style={CELL}>
              Site
            </th>
            <th scope="col" style={CELL}>
              Last read well
            </th>
            <th scope="col" style={CELL}>
              Last failure
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
                      {when(r.lastFailure.at)} ({r.lastFailure.pageKind} page){r.failing ? ', not read since' : ''}
                    </span>
                    <ul aria-label="Selectors that missed">
                      {r.lastFailure.missing.map((m) => (
                        <li key={m} data-testid="site-missing">
                          <code>{m}</code>
                        </li>
                      ))}
                    </ul>
                    {r.lastFailure.hasStructure && (
                      <button type="button" data-testid="copy-structure" onClick={() => copy(r.site)}>
                        Copy structure report
                      </button>
                    )}
                    {status[r.site] && (
                      <span role="status" className="sk-ok">
                        {status[r.site]}
                      </span>
                    )}
                  </>
                ) : (
                  'none'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="sk-hint">
        The structure report lists tag names, ids, classes, test ids and roles of the page that failed, with numbers and
        keys masked. It contains no text from the page.
      </p>
    </section>
  );
}
