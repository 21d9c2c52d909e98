// How fast each client answers the agency's asks: a summary table, then per client a weekly
// chart of median reply days with its table. Props in, events out.
import type { ClientResponsiveness } from '@/lib/insights/responsiveness';
import { responsivenessTable, trendTable } from '@/lib/insights/responsiveness-tables';
import { csvFileName, tableCsv, type Table } from '@/lib/insights/tables';
import { COLORS, ColumnChart } from './charts';
import { DataTable } from './DataTable';

export interface ResponsivenessViewProps {
  rows: ClientResponsiveness[];
  clientNames: Record<string, string>;
  onExportCsv: (file: { tableId: string; fileName: string; csv: string }) => void;
}

export function ResponsivenessView({ rows, clientNames, onExportCsv }: ResponsivenessViewProps) {
  const name = (id: string) => clientNames[id] ?? 'Unknown client';
  const exportTable = (owner: string) => (t: Table) =>
    onExportCsv({ tableId: t.id, fileName: csvFileName({ projectName: owner }, t), csv: tableCsv(t) });
  return (
    <div>
      <DataTable table={responsivenessTable(rows, name)} currency={null} onExportCsv={exportTable('clients')} />
      {rows.map((r) => {
        const t = trendTable(r, name(r.clientId));
        return (
          <section key={r.clientId} data-testid="responsiveness-client">
            <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{name(r.clientId)}</h3>
            <ColumnChart
              summary={`${name(r.clientId)}: median reply ${r.medianDays ?? '-'} days, 90th percentile ${r.p90Days ?? '-'} days over ${r.replies} replies.`}
              labels={r.trend.map((p) => p.weekStart.slice(5))}
              series={[{ name: 'Median days', color: COLORS.blue, values: r.trend.map((p) => p.medianDays ?? 0) }]}
            />
            <DataTable table={t} currency={null} onExportCsv={exportTable(name(r.clientId))} />
          </section>
        );
      })}
    </div>
  );
}
