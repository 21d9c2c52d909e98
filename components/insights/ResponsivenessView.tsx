// How fast each client answers the agency's asks: a summary table, then per client a weekly
// chart of median reply days with its table. Props in, events out.
import type { ClientResponsiveness } from '@/lib/insights/responsiveness';
import { responsivenessTable, trendTable } from '@/lib/insights/responsiveness-tables';
import { csvFileName, tableCsv, type Table } from '@/lib/insights/tables';
import { COLORS, ColumnChart } from './charts';
import { showShortDay } from '@/lib/dates/days';
import { DataTable } from './DataTable';
import { t } from '@/lib/i18n';

export interface ResponsivenessViewProps {
  rows: ClientResponsiveness[];
  clientNames: Record<string, string>;
  onExportCsv: (file: { tableId: string; fileName: string; csv: string }) => void;
}

export function ResponsivenessView({ rows, clientNames, onExportCsv }: ResponsivenessViewProps) {
  const name = (id: string) => clientNames[id] ?? t('unknownClientName');
  const exportTable = (owner: string) => (table: Table) =>
    onExportCsv({ tableId: table.id, fileName: csvFileName({ projectName: owner }, table), csv: tableCsv(table) });
  return (
    <div>
      <DataTable table={responsivenessTable(rows, name)} currency={null} onExportCsv={exportTable('clients')} />
      {rows.map((r) => {
        const trend = trendTable(r, name(r.clientId));
        return (
          <section key={r.clientId} data-testid="responsiveness-client">
            <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{name(r.clientId)}</h3>
            <ColumnChart
              summary={t('chartReplies', {
                client: name(r.clientId),
                median: r.medianDays ?? '-',
                p90: r.p90Days ?? '-',
                replies: r.replies,
              })}
              labels={r.trend.map((p) => showShortDay(p.weekStart))}
              series={[{ name: t('medianDays'), color: COLORS.blue, values: r.trend.map((p) => p.medianDays ?? 0) }]}
            />
            <DataTable table={trend} currency={null} onExportCsv={exportTable(name(r.clientId))} behindChart />
          </section>
        );
      })}
    </div>
  );
}
