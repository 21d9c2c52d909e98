// CSV for spreadsheets: RFC 4180 (CRLF rows, quoted fields, doubled quotes) and safe to open in
// Excel/Sheets: text that starts like a formula is prefixed with ' so it stays text, because
// client emails and ticket titles are attacker-controlled.
import { effectiveScopeRef, effectiveVerdict } from '@/lib/asks/verdict';
import { formatCoNumber } from '@/lib/changeorders/number';
import { minorToInput, normaliseCurrency, totals } from '@/lib/money';
import type { ChangeOrder, DetectedRequest, Feedback, Upsell } from '@/lib/db/schemas';

export interface CsvColumn {
  key: string;
  header: string;
}

// OWASP CSV injection: a cell starting with = + - @ tab or CR is a formula. Excel in European
// locales splits on `;` (and some tools on tabs) whatever we quoted with `,`, and a `"` can open a
// quoted cell there, so what follows every possible delimiter counts as a cell start too: a `'`
// goes before the formula character (after any spaces), which keeps it text in every reader.
const FORMULA_AFTER_DELIMITER = /(^|[,;\t\r\n"])( *)(?=[=+\-@\t\r])/g;

function neutralise(text: string): string {
  return text.replace(FORMULA_AFTER_DELIMITER, "$1$2'");
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') return neutralise(value);
  if (Array.isArray(value))
    return cellText(value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('; '));
  return cellText(JSON.stringify(value));
}

function field(value: unknown): string {
  const text = cellText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: Record<string, unknown>[], columns: CsvColumn[]): string {
  const lines = [columns.map((c) => field(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => field(row[c.key])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export type CsvStore = 'feedback' | 'requests' | 'changeOrders' | 'upsells';
/** id -> display name for clientId / projectId columns; without it the ids are written. */
export interface CsvOptions {
  names?: Record<string, string>;
}

const cols = (spec: [string, string][]): CsvColumn[] => spec.map(([key, header]) => ({ key, header }));
// Upsells carry no currency; two decimals is the common case and the header says so.
const money2 = (cents: number): string => minorToInput(cents, 'USD');

const EXPORTS = {
  feedback: {
    columns: cols([
      ['date', 'Date'],
      ['client', 'Client'],
      ['project', 'Project'],
      ['kind', 'Kind'],
      ['sentiment', 'Sentiment'],
      ['note', 'Note'],
      ['sourceTitle', 'Source'],
      ['sourceUrl', 'Link'],
    ]),
    row: (r: Feedback, name: Namer) => ({
      ...r,
      date: r.createdAt.slice(0, 10),
      client: name(r.clientId),
      project: name(r.projectId),
    }),
  },
  requests: {
    columns: cols([
      ['date', 'Date'],
      ['project', 'Project'],
      ['site', 'Site'],
      ['title', 'Thread / ticket'],
      ['url', 'Link'],
      ['from', 'From'],
      ['askText', 'Ask'],
      ['verdict', 'Verdict'],
      ['corrected', 'Corrected by AM'],
      ['scopeRef', 'SOW item'],
      ['confidence', 'Confidence'],
      ['reason', 'Why'],
      ['changeOrderId', 'Change order'],
      ['absorbed', 'Absorbed value'],
    ]),
    row: (r: DetectedRequest, name: Namer) => ({
      ...r,
      date: (r.askedAt ?? r.createdAt).slice(0, 10),
      project: name(r.projectId),
      site: r.source.site,
      title: r.source.title,
      url: r.source.url,
      verdict: effectiveVerdict(r),
      scopeRef: effectiveScopeRef(r),
      corrected: r.correction ? 'yes' : 'no',
      absorbed: r.absorbed ? money2(r.absorbed.valueCents) : null,
    }),
  },
  changeOrders: {
    columns: cols([
      ['ref', 'Number'],
      ['revision', 'Revision'],
      ['project', 'Project'],
      ['title', 'Title'],
      ['status', 'Status'],
      ['currency', 'Currency'],
      ['hours', 'Hours'],
      ['subtotal', 'Subtotal'],
      ['discount', 'Discount'],
      ['total', 'Total'],
      ['scheduleImpactDays', 'Schedule impact (days)'],
      ['expiresOn', 'Expires'],
      ['approver', 'Approver'],
      ['date', 'Created'],
    ]),
    row: (r: ChangeOrder, name: Namer) => {
      const t = totals(r);
      const cur = normaliseCurrency(r.currency);
      return {
        ...r,
        ref: formatCoNumber(r.number),
        project: name(r.projectId),
        currency: cur,
        hours: t.hours,
        subtotal: minorToInput(t.subtotalCents, cur),
        discount: minorToInput(t.discountCents, cur),
        total: minorToInput(t.totalCents, cur),
        date: r.createdAt.slice(0, 10),
      };
    },
  },
  upsells: {
    columns: cols([
      ['date', 'Date'],
      ['client', 'Client'],
      ['project', 'Project'],
      ['title', 'Title'],
      ['stage', 'Stage'],
      ['value', 'Value'],
      ['note', 'Note'],
      ['sourceUrl', 'Link'],
    ]),
    row: (r: Upsell, name: Namer) => ({
      ...r,
      date: r.createdAt.slice(0, 10),
      client: name(r.clientId),
      project: name(r.projectId),
      value: money2(r.valueCents),
    }),
  },
};
type Namer = (id: string | null) => string | null;

/** One CSV per store, soft-deleted records left out. Records are the stored shapes (listRecords). */
export function csvExport(store: CsvStore, records: unknown[], opts: CsvOptions = {}): string {
  const name: Namer = (id) => (id === null ? null : (opts.names?.[id] ?? id));
  const spec = EXPORTS[store] as { columns: CsvColumn[]; row: (r: never, n: Namer) => Record<string, unknown> };
  const live = records.filter(
    (r): r is never => r !== null && typeof r === 'object' && (r as { deletedAt?: unknown }).deletedAt == null,
  );
  return toCsv(
    live.map((r) => spec.row(r, name)),
    spec.columns,
  );
}
