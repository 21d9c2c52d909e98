// The project overview: per project, small charts each followed by the table of its numbers and a
// CSV button. Props in, events out: saving the CSV file is the host page's job.
import type { ReactNode } from 'react';
import { formatMoney } from '@/lib/money';
import { UPSELL_STAGES, type ProjectOverview } from '@/lib/insights/overview';
import { csvFileName, overviewTables, tableCsv, type Table } from '@/lib/insights/tables';
import { EmptyState } from '@/components/ui/EmptyState';
import { BudgetBar, COLORS, ColumnChart, Legend } from './charts';
import { DataTable } from './DataTable';

export interface CsvExport {
  projectId: string;
  tableId: Table['id'];
  fileName: string;
  csv: string;
}

export interface OverviewViewProps {
  overviews: ProjectOverview[];
  onExportCsv: (file: CsvExport) => void;
}

const SENTIMENT = [
  { key: 'positive', name: 'Positive', color: COLORS.green },
  { key: 'neutral', name: 'Neutral', color: COLORS.gray },
  { key: 'negative', name: 'Negative', color: COLORS.red },
] as const;

/** "11-23" for the week of Monday 2026-11-23: short enough for eight columns. */
const weekLabel = (monday: string) => monday.slice(5);

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 8 }}>
      <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{title}</h3>
      {children}
    </section>
  );
}

function ProjectPanel({ o, onExportCsv }: { o: ProjectOverview; onExportCsv: OverviewViewProps['onExportCsv'] }) {
  const tables = new Map(overviewTables(o).map((t) => [t.id, t]));
  const table = (id: Table['id']) => {
    const t = tables.get(id);
    if (!t) return null;
    const exportCsv = () =>
      onExportCsv({ projectId: o.projectId, tableId: id, fileName: csvFileName(o, t), csv: tableCsv(t) });
    return <DataTable table={t} currency={o.currency} onExportCsv={exportCsv} />;
  };
  const money = (cents: number) => formatMoney(cents, o.currency);
  const labels = o.weeks.map(weekLabel);
  const oosRecent = o.outOfScope.perWeek.reduce((a, b) => a + b, 0);
  const feedbackRecent = SENTIMENT.map((s) => `${o.sentiment[s.key].reduce((a, b) => a + b, 0)} ${s.key}`).join(', ');
  const pipeline = UPSELL_STAGES.map((s) => `${s} ${money(o.upsells[s].valueCents)}`).join(', ');
  const headingId = `overview-${o.projectId}`;
  return (
    <article data-testid="overview-project" aria-labelledby={headingId} style={{ marginBottom: 32 }}>
      <h2 id={headingId} style={{ fontSize: 18, marginBottom: 4 }}>
        {o.projectName}
        {o.clientName ? <span style={{ fontWeight: 400, opacity: 0.8 }}> · {o.clientName}</span> : null}
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(330px, 1fr))', columnGap: 24 }}>
        <Part title="Budget burn">
          <BudgetBar {...o.budget} />
          {table('budget')}
        </Part>
        <Part title="Change orders">{table('changeOrders')}</Part>
        <Part title="Absorbed work">{table('absorbed')}</Part>
        <Part title="Out-of-scope asks per week">
          <ColumnChart
            summary={`Out-of-scope asks per week: ${oosRecent} in the last ${o.weeks.length} weeks.`}
            labels={labels}
            series={[{ name: 'Out-of-scope asks', color: COLORS.amber, values: o.outOfScope.perWeek }]}
          />
          {table('outOfScope')}
        </Part>
        <Part title="Feedback sentiment per week">
          <ColumnChart
            summary={`Feedback per week over the last ${o.weeks.length} weeks: ${feedbackRecent}.`}
            labels={labels}
            series={SENTIMENT.map((s) => ({ name: s.name, color: s.color, values: o.sentiment[s.key] }))}
          />
          <Legend series={SENTIMENT.map(({ name, color }) => ({ name, color }))} />
          {table('sentiment')}
        </Part>
        <Part title="Open waits">{table('waits')}</Part>
        <Part title="Upsell pipeline by stage">
          <ColumnChart
            summary={`Upsell pipeline value by stage: ${pipeline}.`}
            labels={[...UPSELL_STAGES]}
            series={[{ name: 'Value', color: COLORS.blue, values: UPSELL_STAGES.map((s) => o.upsells[s].valueCents) }]}
            formatValue={money}
          />
          {table('upsells')}
        </Part>
      </div>
    </article>
  );
}

export function OverviewView({ overviews, onExportCsv }: OverviewViewProps) {
  if (overviews.length === 0)
    return (
      <EmptyState testId="overview-empty">No projects yet. Add a client and a project in the options first.</EmptyState>
    );
  return (
    <div>
      {overviews.map((o) => (
        <ProjectPanel key={o.projectId} o={o} onExportCsv={onExportCsv} />
      ))}
    </div>
  );
}
