// The overview's numbers as plain tables: rendered under each chart and exported as CSV, so the
// chart, the table and the file always show the same figures.
import { formatMoney, fractionDigits, majorToMinor, normaliseCurrency } from '@/lib/money';
import { UPSELL_STAGES, type ProjectOverview } from './overview';
import { stageLabel } from './stages';
import { showDay } from '@/lib/dates/days';
import { formatNumber, t } from '@/lib/i18n';

export type Cell = string | number | null;
export interface Table {
  /** budget, changeOrders, absorbed, outOfScope, sentiment, waits, upsells, responsiveness, trend */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  emptyText: string;
  /** Columns holding money in major units (shown in the currency's format). */
  money?: number[];
  /** Columns holding yyyy-mm-dd days (shown in the reader's date format; the CSV keeps yyyy-mm-dd). */
  days?: number[];
}

/** RFC 4180: CRLF line ends; fields with comma, quote, CR or LF are quoted, quotes doubled. */
export function toCsv(columns: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const field = (v: Cell): string => {
    let s = v === null ? '' : String(v);
    // A leading = + - @ makes spreadsheets run the cell as a formula; client text is data.
    if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [columns, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}

export function tableCsv(t: Table): string {
  return toCsv(t.columns, t.rows);
}

/** "<name>-<table>.csv", safe for a download name. */
export function csvFileName(o: Pick<ProjectOverview, 'projectName'>, t: Pick<Table, 'id'>): string {
  const slug = o.projectName
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'project'}-${t.id}.csv`;
}

/** Anything to show about hours: a contracted budget, or hours added, absorbed or pending. */
function hasBudget(b: ProjectOverview['budget']): boolean {
  return b.contractedHours !== null || b.approvedCoHours > 0 || b.pendingCoHours > 0 || b.absorbedHours !== 0;
}

export function overviewTables(o: ProjectOverview): Table[] {
  const cur = o.currency;
  // Money cells are major units (numbers, not formatted text) so a spreadsheet can sum them.
  const scale = 10 ** fractionDigits(o.currency);
  const major = (cents: number): number => Math.round(cents) / scale;
  const co = o.changeOrders;
  const coRows: Cell[][] = (
    [
      [t('coApproved'), co.approved],
      [t('tablePending'), co.pending],
      [t('coRejected'), co.rejected],
      [t('coDeferred'), co.deferred],
    ] as const
  ).map(([label, c]) => [label, c.count, c.hours, major(c.valueCents)]);
  const value = cur ? t('tableValueIn', { currency: cur }) : t('value');
  const anyCo = co.approved.count + co.pending.count + co.rejected.count + co.deferred.count > 0;
  const b = o.budget;
  return [
    {
      id: 'budget',
      title: t('tableBudget'),
      columns: [t('tableContractedHours'), t('tableApprovedHours'), t('tableAbsorbedHours'), t('tablePendingHours')],
      rows: hasBudget(o.budget) ? [[b.contractedHours, b.approvedCoHours, b.absorbedHours, b.pendingCoHours]] : [],
      emptyText: t('tableNoBudget'),
    },
    {
      id: 'changeOrders',
      title: t('changeOrders'),
      columns: [t('status'), t('count'), t('hours'), value],
      rows: anyCo ? coRows : [],
      emptyText: t('coNone'),
      money: [3],
    },
    {
      id: 'absorbed',
      title: t('moneyAbsorbed'),
      columns: [t('tableAsksAbsorbed'), value],
      rows: o.absorbed.count > 0 ? [[o.absorbed.count, major(o.absorbed.valueCents)]] : [],
      emptyText: t('tableNoAbsorbed'),
      money: [1],
    },
    {
      id: 'outOfScope',
      title: t('tableOutOfScope'),
      columns: [t('tableWeekOf'), t('tableAsks')],
      // Rows only when a week has an ask: eight rows of zeros are not a table worth reading.
      rows: o.outOfScope.perWeek.some((n) => n > 0) ? o.weeks.map((w, i) => [w, o.outOfScope.perWeek[i] ?? 0]) : [],
      emptyText: t('tableNoOutOfScope'),
      days: [0],
    },
    {
      id: 'sentiment',
      title: t('tableSentiment'),
      columns: [t('tableWeekOf'), t('sentimentPositive'), t('sentimentNeutral'), t('sentimentNegative')],
      days: [0],
      rows: o.weeks.some(
        (_, i) => (o.sentiment.positive[i] ?? 0) + (o.sentiment.neutral[i] ?? 0) + (o.sentiment.negative[i] ?? 0) > 0,
      )
        ? o.weeks.map((w, i) => [
            w,
            o.sentiment.positive[i] ?? 0,
            o.sentiment.neutral[i] ?? 0,
            o.sentiment.negative[i] ?? 0,
          ])
        : [],
      emptyText: t('tableNoFeedback'),
    },
    {
      id: 'waits',
      title: t('tableWaits'),
      columns: [t('tableWaitingFor'), t('waitAskedOn'), t('tableDaysWaiting'), t('waitDueBy')],
      rows: o.openWaits.map((w) => [w.what, w.askedOn, w.daysWaiting, w.dueBy]),
      emptyText: t('tableNoWaits'),
      days: [1, 3],
    },
    {
      id: 'upsells',
      title: t('tableUpsells'),
      columns: [t('upsellStage'), t('count'), value],
      rows: UPSELL_STAGES.some((s) => o.upsells[s].count > 0)
        ? UPSELL_STAGES.map((s) => [stageLabel(s), o.upsells[s].count, major(o.upsells[s].valueCents)])
        : [],
      emptyText: t('tableNoUpsells'),
      money: [2],
    },
  ];
}

/** Display form of a cell for the on-screen table: money columns use the currency format. */
export function displayCell(table: Table, col: number, v: Cell, currency: string | null): string {
  if (v === null) return '—';
  if (typeof v === 'number' && table.money?.includes(col))
    return formatMoney(majorToMinor(v, normaliseCurrency(currency)), currency);
  if (typeof v === 'number') return formatNumber(v);
  if (table.days?.includes(col)) return showDay(v);
  return v;
}
