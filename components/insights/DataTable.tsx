// One overview table: the numbers behind a chart, with its own CSV export (an event out). Behind a
// chart the table waits under "Show table" (the chart already says it at a glance); a table with
// no rows is never drawn: an empty state says why instead, and there is nothing to export.
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { EmptyState } from '@/components/ui/EmptyState';
import { displayCell, type Table } from '@/lib/insights/tables';
import { t } from '@/lib/i18n';

interface DataTableProps {
  table: Table;
  currency: string | null;
  onExportCsv: (table: Table) => void;
  /** A chart above shows these numbers: keep the table collapsed until asked for. */
  behindChart?: boolean;
}

export function DataTable({ table, currency, onExportCsv, behindChart = false }: DataTableProps) {
  const [shown, setShown] = useState(false);
  if (table.rows.length === 0) return <EmptyState testId="overview-empty">{table.emptyText}</EmptyState>;
  const body = (
    <div style={{ margin: '4px 0 16px' }}>
      <table data-testid="overview-table" style={{ borderCollapse: 'collapse', fontSize: 13 }}>
        {/* The section heading shows the title; the caption names the table for screen readers. */}
        <caption className="sk-visually-hidden">{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col" style={{ textAlign: 'left', padding: '2px 8px 2px 0' }}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td
                  key={c}
                  style={{ padding: '2px 8px 2px 0', textAlign: typeof cell === 'number' ? 'right' : 'left' }}
                >
                  {displayCell(table, c, cell, currency)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Button onClick={() => onExportCsv(table)} aria-label={t('csvDownload', { title: table.title })}>
        {t('csv')}
      </Button>
    </div>
  );
  if (!behindChart) return body;
  return (
    <details
      className="sk-disclosure"
      data-testid="overview-table-toggle"
      onToggle={(e) => setShown(e.currentTarget.open)}
    >
      <summary>
        {shown ? t('tableHide') : t('tableShow')} <span className="sk-visually-hidden">{table.title}</span>
      </summary>
      {body}
    </details>
  );
}
