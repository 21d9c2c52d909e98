// SOW tables pasted as text: pipe-separated (Markdown or Word), tab-separated (Excel, Word), or
// columns aligned with runs of spaces. The header row says which column names the deliverable and
// which holds the quantity; without one, the first non-id column is the title.
import { quantityFromCell } from './quantity';
import { EXCLUDING } from './lang';
import { headingWords, kindOf, type SectionKind } from './sections';

const TERM_KINDS = new Set<SectionKind>(['revisions', 'fees', 'timeline', 'assumptions', 'client']);

export interface TableRow {
  cells: string[];
  line: number;
}

// An export's unquoted rows: a header ("Name,Workstream,Status,Est. hours") or a row of empty cells
// (",,,,"). Short fields and no space after any comma: prose always has one.
const CSV_BARE = /^(?:[^,\s"][^,"]{0,30})?(?:,(?!\s)[^,"]{0,30}){3,}$/;

/**
 * An export's row with long unquoted fields ("Monthly report,Lerato M.,Not started,All,3,,PDF + call
 * on the 5th"): four or more commas, none outside quotes followed by a space (prose's always are),
 * and not a number's thousands ("1,200,000").
 */
function isCsvRow(line: string): boolean {
  // Most lines fail at once: no comma, or prose's ", " with no quotes to hide it in.
  if (!line.includes(',') || (!line.includes('"') && /,\s/.test(line))) return false;
  const bare = line.replace(/"(?:[^"]|"")*"/g, '""');
  const commas = bare.match(/,/g)?.length ?? 0;
  if (commas < 4 || /,\s/.test(bare) || /^\s|\s$/.test(line)) return false;
  return (bare.match(/\d,\d{3}(?!\d)/g)?.length ?? 0) < commas / 2 && /\p{L}{3}/u.test(bare);
}

/** A spreadsheet row pasted as CSV: '"C1","Instagram feed posts","Static or carousel",24,"posts"'. */
function csvCells(line: string): { text: string; at: number }[] | null {
  if (!/^\s*"[^"]*"\s*,/.test(line) && !CSV_BARE.test(line) && !isCsvRow(line)) return null;
  const cells: { text: string; at: number }[] = [];
  const field = /\s*(?:"((?:[^"]|"")*)"|([^,]*))\s*(,|$)/y;
  field.lastIndex = 0;
  while (field.lastIndex < line.length) {
    const at = field.lastIndex;
    const m = field.exec(line);
    if (!m) return null;
    const raw = m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? '');
    cells.push({ text: raw.trim(), at: at + m[0].indexOf(raw) });
    if (!m[3]) break;
  }
  return cells.length >= 3 ? cells : null;
}

export function cellsOf(line: string): string[] | null {
  const csv = csvCells(line);
  if (csv) return csv.map((c) => c.text);
  const t = line.trim();
  if (t.includes('|')) {
    const cells = t
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    return cells.length >= 2 && !isFieldLine(cells.map((text) => ({ text }))) ? cells : null;
  }
  if (t.includes('\t')) {
    const cells = t.split(/\t+/).map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
  }
  const spaced = t.split(/\s{3,}/).map((c) => c.trim());
  return spaced.length >= 3 ? spaced : null;
}

/**
 * A row's cells with where each starts, split at every tab or pipe, so an empty cell keeps its column
 * (cellsOf trims the line and merges runs of tabs, so an empty last cell is lost); null for a line
 * with neither.
 */
export function rowCells(line: string): { text: string; at: number }[] | null {
  const csv = csvCells(line);
  if (csv) return csv;
  const sep = line.includes('\t') ? '\t' : line.includes('|') ? '|' : null;
  if (!sep || !line.trim()) return null;
  const cells: { text: string; at: number }[] = [];
  let at = 0;
  for (const part of line.split(sep)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.trim(), at: at + lead });
    at += part.length + 1;
  }
  // "| a | b |": the empty cells outside the outer pipes are no columns.
  if (sep === '|' && cells[0]?.text === '') cells.shift();
  if (sep === '|' && isFieldLine(cells)) return null;
  return cells;
}

/**
 * "Start: 2 March 2026 | End: 26 February 2027", "Client: Acme | PO: 4411": labelled fields set on one
 * line with pipes, no row of a table (taken for one, it headed the table under it).
 */
function isFieldLine(cells: readonly { text: string }[]): boolean {
  const filled = cells.filter((c) => c.text);
  return filled.length >= 2 && filled.length <= 4 && filled.every((c) => /^[A-Z][\w.'’ /-]{0,24}:\s+\S/.test(c.text));
}

const isSeparator = (cells: string[]) => cells.every((c) => /^[\s:=+-]*$/.test(c));
export const HEADER_WORD =
  /^(#|no\.?|nr\.?|ref\.?|req\.?|requirements?|response|why|reason|comments?|exclusions?|excluded|out of scope|not included|id|key|type|name|summary|title|points|status|priority|included|item|items|deliverables?|description|specification|details?|notes?|qty|quantity|volume|units?|count|scope|service|services|output|outputs|format|what|component|element|asset|work ?package|phase|amount|fee|price|cost|hours|days|credits?|tasks?|ln|line|short text|text|uom|unit price|net value|timing|due|owner|tier|staff|roles?|position|channel|platform|creators?|talent|[ií]tem|descripci[oó]n|concepto|cant\.?|cantidad|unidad|valor|precio|importe|d[ée]signation|qt[ée]|lp\.?|nazwa|ilo[śs][ćc]|uwagi|bezeichnung|menge|benämning|beskrivning|antal|ydelse|kuvaus|määrä|nimike)(?![\wÀ-ÿ])/iu;
const TITLE_HEADER =
  /\b(deliverables?|short text|item|concept|product|article|service|output|component|element|asset|work ?package|what|name|summary|title|task|requirement|exclusions?|descripci[oó]n|concepto|d[ée]signation|nazwa|bezeichnung|benämning|beskrivning|ydelse|kuvaus|nimike)(?![\wÀ-ÿ])/iu;
const QTY_HEADER =
  /\b(qty|quantity|volume|units?|count|number of|amount of|no\. of|sessions|copies|pieces|pcs|cant\.?|cantidad|unidad|qt[ée]|ilo[śs][ćc]|menge|antal|määrä)(?![\wÀ-ÿ])/iu;
const MONEY_HEADER =
  /\b(fee|price|cost|amount|hours|days|credits?|tax|net value|budget|rate|timing|due|date|owner|week|phase)\b/i;
const RATE_CARD_HEADER =
  /^(roles?|team( member)?|resources?|staff|rates?|day rate|hourly rate|total|subtotal|days|hours|fees?|price|cost|effort)\b/i;
// "3.1", "D4", "b)", "(iv)", and issue keys ("TAV-113") and item codes ("WEB-DES").
const ID_CELL =
  /^(#?\d{1,2}(\.\d{1,2})*\.?|[A-Z]{1,2}\d{1,2}(\.\d{1,2})?|[a-z][.)]|\(?[ivx]{1,4}\)?|[A-Z]{2,10}-\d{1,6})$/;

// A status column says which rows were bought: "Included: YES / NO", "Status: WON'T DO", MoSCoW.
const STATUS_HEADER = /^(included\??|in scope\??|status|priority|moscow|selected|decision|scope)$/i;
const EXCLUDED_STATUS =
  /^(?:no|n|✗|✘|❌|not included|excluded|out|out of scope|won['’]?t(?: do| have)?\b.*|w|not required|not needed|deferred\b.*|removed|declined|not selected|not bought|not ordered|phase 2\b.*|parked|rejected|dropped|on hold|not approved|cancell?ed)$/i;

type Cells = readonly { text: string }[] | null;

/** The index of a header row's status column (the row's `rowCells`), or null when it is no header with one. */
export function statusColumnOf(cells: Cells): number | null {
  if (!cells || cells.length < 3) return null;
  const named = cells.filter((c) => HEADER_WORD.test(c.text) || STATUS_HEADER.test(c.text)).length;
  const at = cells.findIndex((c) => STATUS_HEADER.test(c.text));
  return at >= 0 && named >= 2 ? at : null;
}

// "Year 1 | Year 2", "2025-26 | 2026-27", "Current | Renewed": a renewal's columns, one per version of
// the agreement; the last says what this one buys.
const VERSION_HEADER =
  /^(?:(?:contract |retainer )?(?:year|yr|y)\s?\d{1,2}|(?:fy\s?)?(?:19|20)\d{2}(?:\s?[-–/]\s?(?:19|20)?\d{2})?|current|previous|prior|old|new|renewed|renewal|last year|this year|next year|before|after|now|existing|proposed|revised|original|amended)\b[^|\t]{0,30}$/i;
// What the current column says of a service the renewal no longer buys.
const VERSION_DROPPED =
  /^(?:[—–-]+|none|nil|n\/a|0|no longer\b.*|discontinued\b.*|not (?:offered|provided|available|in scope)\b.*)$/i;

/**
 * "Service | Year 1 | Year 2": the index of the last version column of a header row comparing the
 * agreement's versions (at least two, after a title column), or null.
 */
export function versionColumnOf(cells: Cells): number | null {
  const filled = cells?.filter((c) => c.text);
  if (!cells || !filled || filled.length < 3 || VERSION_HEADER.test(filled[0]!.text)) return null;
  const versions = versionColumns(cells.map((c) => c.text));
  return versions.length >= 2 ? versions[versions.length - 1]! : null;
}

/** The columns of a header row after the first that name a version of the agreement ("Year 2"). */
function versionColumns(header: readonly string[]): number[] {
  return header.flatMap((text, i) => (i > 0 && VERSION_HEADER.test(text) ? [i] : []));
}

/** A version column's cell that leaves the service out of this version. */
export const isDroppedInVersion = (cell: string) => isExcludedStatus(cell) || VERSION_DROPPED.test(cell.trim());

/** "Name | Description | Price | QTY | Subtotal": a quote's priced line items, the scope wherever it stands. */
export function isLineItemHeader(row: Cells): boolean {
  const cells = row?.map((c) => c.text);
  if (!cells || cells.length < 3) return false;
  return (
    cells.some((c) => QTY_HEADER.test(c)) &&
    cells.some((c) => /\b(price|subtotal|amount|total|valor|precio|importe)\b/i.test(c)) &&
    cells.some((c) => TITLE_HEADER.test(c) || /^description$/i.test(c))
  );
}

export const isExcludedStatus = (cell: string) => EXCLUDED_STATUS.test(cell.trim());

// "Not incl. – venue package", "Client books directly – not our scope", "EXCLUDED, see note 2": a
// priced line's remark that takes it out of the order (its quantity and amount are then nil).
const EXCLUDED_REMARK = new RegExp(
  `^(?:not incl(?:uded|\\.)|excluded\\b|out of scope\\b|${EXCLUDING})|\\bnot (?:our|in (?:our|this)) scope\\b`,
  'iu',
);

/** A line-item row (its `rowCells`) that the quote prices at nil and remarks as not included. */
export const isExcludedLine = (cells: readonly { text: string }[]) => cells.some((c) => EXCLUDED_REMARK.test(c.text));

/**
 * Tab rows pasted from a spreadsheet keep every column, so a merged cell ("Phase" named on its first
 * row only) leaves an empty cell, not a shift: when every row has the same number of tabs, columns
 * are read by position.
 */
export function alignTabRows(lines: string[]): string[][] | null {
  if (lines.length < 2 || !lines.every((l) => l.includes('\t'))) return null;
  const tabs = (l: string) => l.replace(/[^\t]/g, '').length;
  const n = tabs(lines[0]!);
  if (!lines.every((l) => tabs(l) === n)) return null;
  return lines.map((l) => l.split('\t').map((c) => c.trim()));
}

// An order form's boxes: ☑ / ✅ / "[x]" bought, ☐ / ❌ / "[ ]" not bought.
const TICKED_BOX = '[☑☒✅✔✓]|\\[[xX✓✔]\\]';
const UNTICKED_BOX = '[☐❌✗✘✕✖]|\\[ \\]';
export const TICKED = new RegExp(`^\\s*(?:${TICKED_BOX})`, 'u');
export const UNTICKED = new RegExp(`^\\s*(?:${UNTICKED_BOX})`, 'u');
// "[x] Cover art", "☐ Video episodes": the box is no part of the item's name.
const BOX = new RegExp(`^(?:${TICKED_BOX}|${UNTICKED_BOX})\\s*`, 'u');

/** "As a customer, I can book a visit so that ..." -> "Book a visit": a user story's ask. */
export function storyTitle(cell: string): string {
  const m =
    /^as an? [^,]{1,40},\s*i (?:can|want(?: to)?|would like(?: to)?|need(?: to)?|should be able to|am able to|get)\s+(.+?)(?:,?\s+so that\b.*)?$/i.exec(
      cell,
    );
  if (!m) return cell;
  const ask = m[1]!.replace(/^(?:an?|the)\s+/i, '').replace(/[.;]$/, '');
  return ask.charAt(0).toUpperCase() + ask.slice(1);
}

export interface TableItem {
  title: string;
  description: string;
  quantity: number | null;
  line: number;
}

// "—" and a spreadsheet's error values ("#N/A") fill a cell with nothing.
const EMPTY_CELL = /^(?:[—–-]+|#(?:N\/A|REF!|VALUE!|DIV\/0!|NAME\?))$/;
const FORM_FIELD = /^[\p{L}][\p{L}\d .&/()-]{0,25}:\s*\S/u;

/** "| | TOTAL | | 136 |", "Subtotal Part A": its first filled cell says it sums the rows above. */
const isTotalRow = (r: TableRow): boolean => /^(?:sub-?total|total)\b/i.test(r.cells.find((c) => c)?.trim() ?? '');

const BARE_COUNT = /^\d{1,5}$/;
const NOT_A_COUNT_HEADER =
  /%|\b(?:total|hours?|hrs|days?|weeks?|months?|years?|minutes?|mins?|pages?|words?|no\.?|#|id|ref|points?|sp|estimate|effort|priority|sprint|version|size|score)\b/i;

function countColumn(header: string[], data: TableRow[], titleCol: number): number {
  if (data.length < 2) return -1;
  return header.findIndex(
    (h, i) =>
      i > titleCol &&
      !MONEY_HEADER.test(h) &&
      !NOT_A_COUNT_HEADER.test(h) &&
      data.every((r) => BARE_COUNT.test((r.cells[i] ?? '').trim())) &&
      !data.every((r, k) => Number((r.cells[i] ?? '').trim()) === k + 1),
  );
}

export function readTable(rows: TableRow[]): TableItem[] {
  const body = rows.filter((r) => !isSeparator(r.cells));
  if (body.length === 0) return [];
  const first = body[0]!.cells;
  // "PO Number: 4500318827     PO Date: 19.01.2026": a form's fields aligned in columns, no table.
  const fields = (r: TableRow) => r.cells.filter((c) => FORM_FIELD.test(c)).length;
  if (body.every((r) => FORM_FIELD.test(r.cells[0] ?? '')) && body.some((r) => fields(r) >= 2)) return [];
  // A rate card ("Role | Days | Day rate | Total") prices the work; its rows are roles, not deliverables.
  if (first.filter((c) => RATE_CARD_HEADER.test(c)).length >= 2 && !first.some((c) => TITLE_HEADER.test(c))) return [];
  const versions = versionColumns(first);
  const isHeader =
    first.filter((c) => HEADER_WORD.test(c)).length >= Math.min(2, first.length) ||
    (versions.length >= 2 && !VERSION_HEADER.test(first[0] ?? ''));
  const header = isHeader ? first : null;
  const data = isHeader ? body.slice(1) : body;
  const width = Math.max(...data.map((r) => r.cells.length), 0);
  const col = (re: RegExp) => (header ? header.findIndex((h) => re.test(h)) : -1);
  // A "Subtotal Part A" row under the items says nothing of what the first column holds.
  const itemRows = data.filter((r) => !isTotalRow(r));
  const isIdColumn = (i: number) => itemRows.every((r) => ID_CELL.test(r.cells[i] ?? '') || !r.cells[i]);
  // "Item | Deliverable | Qty": the "Item" column holds numbers; the title is the first title-like
  // column whose cells are words.
  // A purchase order's "Short text" names the service; its "Service No." is a code.
  const shortText = header ? header.findIndex((h) => /^short text$/i.test(h)) : -1;
  let titleCol =
    shortText >= 0 ? shortText : header ? header.findIndex((h, i) => TITLE_HEADER.test(h) && !isIdColumn(i)) : -1;
  // A renewal's "Year 1 | Year 2" columns: the last states this version's quantity, the others are history.
  const latest = header && versions.length >= 2 ? versions[versions.length - 1]! : -1;
  let qtyCol = latest >= 0 && col(QTY_HEADER) < 0 ? latest : col(QTY_HEADER);
  const skip = new Set<number>();
  if (header) header.forEach((h, i) => MONEY_HEADER.test(h) && !TITLE_HEADER.test(h) && i !== qtyCol && skip.add(i));
  if (latest >= 0) versions.forEach((i) => i !== qtyCol && skip.add(i));
  if (titleCol < 0) {
    // The first column whose cells are not ids ("1", "D1", "3.1").
    titleCol = 0;
    while (titleCol < width - 1 && isIdColumn(titleCol)) titleCol++;
  }
  // "Tier | Creators | Content per creator": a column of bare counts after the title (not a numbering
  // 1, 2, 3, not hours or money) says how many, under whatever name.
  if (qtyCol < 0 && header) qtyCol = countColumn(header, data, titleCol);
  const items: TableItem[] = [];
  for (const row of data) {
    // "Pouch design *2": the footnote mark points under the table; it is no part of the name.
    const cell = (row.cells[titleCol] ?? '')
      .replace(/\*\*/g, '')
      .replace(BOX, '')
      // A task list's completion circle ("◯ Discovery workshops"): no part of the task's name.
      .replace(/^[◯○◌]\s*/u, '')
      .replace(/\s\*\d{1,2}$/, '');
    const title = storyTitle(cell.trim());
    // A tax row under the total ("MWST 8.1 %", "VAT 20%", "moms 25 %") is no item either.
    if (!title || /^(total|subtotal|sum|vat|gst|hst|mwst|ust|tva|iva|btw|moms|alv|tax)\b/i.test(title)) continue;
    // "|    | TOTAL |     | 136 |": a total row, whichever cell says so.
    if (isTotalRow(row)) continue;
    // "Revisions<TAB>2 rounds per design", "Timeline<TAB>...": a row of terms after the items.
    if (TERM_KINDS.has(kindOf(headingWords(row.cells[0] ?? '')) ?? 'other')) continue;
    const rest = row.cells.filter(
      // This version's cell ("24 per month (8 per venue)") says more than its count.
      (c, i) =>
        i !== titleCol &&
        (i !== qtyCol || i === latest) &&
        !skip.has(i) &&
        c &&
        !ID_CELL.test(c) &&
        !EMPTY_CELL.test(c),
    );
    const qtyCell =
      qtyCol >= 0
        ? (row.cells[qtyCol] ?? '')
        : !header && row.cells.length >= 3
          ? (row.cells[row.cells.length - 1] ?? '')
          : '';
    items.push({
      title,
      description: [title, ...rest].join(' — '),
      quantity: qtyCell ? quantityFromCell(qtyCell) : null,
      line: row.line,
    });
  }
  return items;
}
