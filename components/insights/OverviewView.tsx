// The project overview: per project, small charts, each with the table of its numbers (behind
// "Show table") and a CSV button. Props in, events out: saving the CSV file is the host page's job.
import type { ReactNode } from 'react';
import { formatMoney } from '@/lib/money';
import { UPSELL_STAGES, type ProjectOverview } from '@/lib/insights/overview';
import { csvFileName, overviewTables, tableCsv, type Table } from '@/lib/insights/tables';
import { EmptyState } from '@/components/ui/EmptyState';
import { showShortDay } from '@/lib/dates/days';
import { sentimentLabel } from '@/lib/feedback/kinds';
import { stageLabel } from '@/lib/insights/stages';
import { BudgetBar, COLORS, ColumnChart, Legend } from './charts';
import { DataTable } from './DataTable';
import { t } from '@/lib/i18n';

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
  { key: 'positive', color: COLORS.green },
  { key: 'neutral', color: COLORS.gray },
  { key: 'negative', color: COLORS.red },
] as const;

/** "11/23" or "23.11." for the week of Monday 2026-11-23: short enough for eight columns. */
const weekLabel = (monday: string) => showShortDay(monday);

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section style={{ marginBottom: 8 }}>
      <h3 style={{ fontSize: 14, margin: '8px 0 4px' }}>{title}</h3>
      {children}
    </section>
  );
}

function ProjectPanel({ o, onExportCsv }: { o: ProjectOverview; onExportCsv: OverviewViewProps['onExportCsv'] }) {
  const tables = new Map(overviewTables(o).map((x) => [x.id, x]));
  /** `behindChart`: the chart above shows these numbers, so the table waits behind "Show table". */
  const table = (id: Table['id'], behindChart = false) => {
    const found = tables.get(id);
    if (!found) return null;
    const exportCsv = () =>
      onExportCsv({ projectId: o.projectId, tableId: id, fileName: csvFileName(o, found), csv: tableCsv(found) });
    return <DataTable table={found} currency={o.currency} onExportCsv={exportCsv} behindChart={behindChart} />;
  };
  const money = (cents: number) => formatMoney(cents, o.currency);
  const labels = o.weeks.map(weekLabel);
  const oosRecent = o.outOfScope.perWeek.reduce((a, b) => a + b, 0);
  const feedbackRecent = SENTIMENT.map((s) =>
    t('countedLabel', { label: sentimentLabel(s.key), count: o.sentiment[s.key].reduce((a, b) => a + b, 0) }),
  ).join(t('listSeparator'));
  const pipeline = UPSELL_STAGES.map((s) =>
    t('countedLabel', { label: stageLabel(s), count: money(o.upsells[s].valueCents) }),
  ).join(t('listSeparator'));
  const headingId = `overview-${o.projectId}`;
  return (
    <article data-testid="overview-project" aria-labelledby={headingId} style={{ marginBottom: 32 }}>
      <h2 id={headingId} style={{ fontSize: 18, marginBottom: 4 }}>
        {o.projectName}
        {o.clientName ? <span style={{ fontWeight: 400, opacity: 0.8 }}> · {o.clientName}</span> : null}
      </h2>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(330px, 1fr))', columnGap: 24 }}>
        <Part title={t('partBudget')}>
          <BudgetBar {...o.budget} />
          {table('budget', true)}
        </Part>
        <Part title={t('changeOrders')}>{table('changeOrders')}</Part>
        <Part title={t('moneyAbsorbed')}>{table('absorbed')}</Part>
        <Part title={t('tableOutOfScope')}>
          <ColumnChart
            summary={t('chartOutOfScope', { count: oosRecent, weeks: o.weeks.length })}
            labels={labels}
            series={[{ name: t('chartOutOfScopeSeries'), color: COLORS.amber, values: o.outOfScope.perWeek }]}
          />
          {table('outOfScope', true)}
        </Part>
        <Part title={t('tableSentiment')}>
          <ColumnChart
            summary={t('chartFeedback', { weeks: o.weeks.length, counts: feedbackRecent })}
            labels={labels}
            series={SENTIMENT.map((s) => ({ name: sentimentLabel(s.key), color: s.color, values: o.sentiment[s.key] }))}
          />
          <Legend series={SENTIMENT.map(({ key, color }) => ({ name: sentimentLabel(key), color }))} />
          {table('sentiment', true)}
        </Part>
        <Part title={t('tableWaits')}>{table('waits')}</Part>
        <Part title={t('tableUpsells')}>
          <ColumnChart
            summary={t('chartPipeline', { stages: pipeline })}
            labels={UPSELL_STAGES.map(stageLabel)}
            series={[
              { name: t('value'), color: COLORS.blue, values: UPSELL_STAGES.map((s) => o.upsells[s].valueCents) },
            ]}
            formatValue={money}
          />
          {table('upsells', true)}
        </Part>
      </div>
    </article>
  );
}

export function OverviewView({ overviews, onExportCsv }: OverviewViewProps) {
  if (overviews.length === 0) return <EmptyState testId="overview-empty">{t('overviewNoProjects')}</EmptyState>;
  return (
    <div>
      {overviews.map((o) => (
        <ProjectPanel key={o.projectId} o={o} onExportCsv={onExportCsv} />
      ))}
    </div>
  );
}
