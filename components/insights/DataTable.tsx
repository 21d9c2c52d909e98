// One overview table: the numbers behind a chart, with its own CSV export (an event out).
import { EmptyState } from '@/components/ui/EmptyState';
import { displayCell, type Table } from '@/lib/insights/tables';
import { t } from '@/lib/i18n';

interface DataTableProps {
  table: Table;
  currency: string | null;
  onExportCsv: (table: Table) => void;
}

export function DataTable({ table, currency, onExportCsv }: DataTableProps) {
  const empty = table.rows.length === 0;
  return (
    <div style={{ margin: '4px 0 16px' }}>
      {empty ? (
        <EmptyState testId="overview-empty">{table.emptyText}</EmptyState>
      ) : (
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
      )}
      <button
        type="button"
        onClick={() => onExportCsv(table)}
        disabled={empty}
        aria-label={t('csvDownload', { title: table.title })}
      >
        {t('csv')}
      </button>
    </div>
  );
}
