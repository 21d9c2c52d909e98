// The overview's numbers as plain tables: rendered under each chart and exported as CSV, so the
// chart, the table and the file always show the same figures.
import { formatMoney, fractionDigits, majorToMinor, normaliseCurrency } from '@/lib/money';
import { UPSELL_STAGES, type ProjectOverview } from './overview';

export type Cell = string | number | null;
export interface Table {
  /** budget, changeOrders, absorbed, outOfScope, sentiment, waits, upsells, responsiveness, trend */
  id: string;
  title: string;
  columns: string[];
  rows: Cell[][];
  /** Shown instead of an empty table. */
  emptyText: string;
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

export function overviewTables(o: ProjectOverview): Table[] {
  const cur = o.currency;
  // Money cells are major units (numbers, not formatted text) so a spreadsheet can sum them.
  const scale = 10 ** fractionDigits(o.currency);
  const major = (cents: number): number => Math.round(cents) / scale;
  const co = o.changeOrders;
  const coRows: Cell[][] = (
    [
      ['Approved', co.approved],
      ['Pending (draft + sent)', co.pending],
      ['Rejected', co.rejected],
      ['Deferred', co.deferred],
    ] as const
  ).map(([label, t]) => [label, t.count, t.hours, major(t.valueCents)]);
  const anyCo = co.approved.count + co.pending.count + co.rejected.count + co.deferred.count > 0;
  return [
    {
      id: 'budget',
      title: 'Budget burn (hours)',
      columns: ['Contracted hours', 'Approved change-order hours', 'Pending change-order hours'],
      rows: [[o.budget.contractedHours, o.budget.approvedCoHours, o.budget.pendingCoHours]],
      emptyText: '',
    },
    {
      id: 'changeOrders',
      title: 'Change orders',
      columns: ['Status', 'Count', 'Hours', `Value ${cur}`.trim()],
      rows: anyCo ? coRows : [],
      emptyText: 'No change orders yet',
    },
    {
      id: 'absorbed',
      title: 'Absorbed work',
      columns: ['Asks absorbed', `Value ${cur}`.trim()],
      rows: o.absorbed.count > 0 ? [[o.absorbed.count, major(o.absorbed.valueCents)]] : [],
      emptyText: 'No absorbed work recorded',
    },
    {
      id: 'outOfScope',
      title: 'Out-of-scope asks per week',
      columns: ['Week of', 'Asks'],
      rows: o.outOfScope.total > 0 ? o.weeks.map((w, i) => [w, o.outOfScope.perWeek[i] ?? 0]) : [],
      emptyText: 'No out-of-scope asks yet',
    },
    {
      id: 'sentiment',
      title: 'Feedback sentiment per week',
      columns: ['Week of', 'Positive', 'Neutral', 'Negative'],
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
      emptyText: 'No feedback logged in these weeks',
    },
    {
      id: 'waits',
      title: 'Open waits',
      columns: ['Waiting for', 'Asked on', 'Days waiting', 'Due by'],
      rows: o.openWaits.map((w) => [w.what, w.askedOn, w.daysWaiting, w.dueBy]),
      emptyText: 'Not waiting on the client',
    },
    {
      id: 'upsells',
      title: 'Upsell pipeline by stage',
      columns: ['Stage', 'Count', `Value ${cur}`.trim()],
      rows: UPSELL_STAGES.some((s) => o.upsells[s].count > 0)
        ? UPSELL_STAGES.map((s) => [s, o.upsells[s].count, major(o.upsells[s].valueCents)])
        : [],
      emptyText: 'No upsells noted yet',
    },
  ];
}

/** Display form of a cell for the on-screen table: money columns use the currency format. */
export function displayCell(t: Table, col: number, v: Cell, currency: string | null): string {
  if (v === null) return '—';
  const header = t.columns[col] ?? '';
  if (typeof v === 'number' && header.startsWith('Value'))
    return formatMoney(majorToMinor(v, normaliseCurrency(currency)), currency);
  return String(v);
}
