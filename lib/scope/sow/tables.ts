// SOW tables pasted as text: pipe-separated (Markdown or Word), tab-separated (Excel, Word), or
// columns aligned with runs of spaces. The header row says which column names the deliverable and
// which holds the quantity; without one, the first non-id column is the title.
import { quantityFromCell } from './quantity';

export interface TableRow {
  cells: string[];
  line: number;
}

export function cellsOf(line: string): string[] | null {
  const t = line.trim();
  if (t.includes('|')) {
    const cells = t
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
    return cells.length >= 2 ? cells : null;
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
  return cells;
}

const isSeparator = (cells: string[]) => cells.every((c) => /^[\s:=+-]*$/.test(c));
const HEADER_WORD =
  /^(#|no\.?|nr\.?|ref\.?|id|item|items|deliverables?|description|specification|details?|notes?|qty|quantity|volume|units?|count|scope|service|services|output|outputs|format|what|component|element|asset|work ?package|phase|amount|fee|price|cost|hours|days|timing|due|owner)\b/i;
const TITLE_HEADER = /\b(deliverables?|item|service|output|component|element|asset|work ?package|what)\b/i;
const QTY_HEADER = /\b(qty|quantity|volume|units?|count|number of|amount of|no\. of)\b/i;
const MONEY_HEADER = /\b(fee|price|cost|amount|hours|days|budget|rate|timing|due|date|owner|week|phase)\b/i;
const RATE_CARD_HEADER =
  /^(roles?|team( member)?|resources?|staff|rates?|day rate|hourly rate|total|subtotal|days|hours|fees?|price|cost|effort)\b/i;
const ID_CELL = /^(#?\d{1,2}(\.\d{1,2})*\.?|[A-Z]{1,2}\d{1,2}(\.\d{1,2})?|[a-z][.)]|\(?[ivx]{1,4}\)?)$/;

export interface TableItem {
  title: string;
  description: string;
  quantity: number | null;
  line: number;
}

export function readTable(rows: TableRow[]): TableItem[] {
  const body = rows.filter((r) => !isSeparator(r.cells));
  if (body.length === 0) return [];
  const first = body[0]!.cells;
  // A rate card ("Role | Days | Day rate | Total") prices the work; its rows are roles, not deliverables.
  if (first.filter((c) => RATE_CARD_HEADER.test(c)).length >= 2 && !first.some((c) => TITLE_HEADER.test(c))) return [];
  const isHeader = first.filter((c) => HEADER_WORD.test(c)).length >= Math.min(2, first.length);
  const header = isHeader ? first : null;
  const data = isHeader ? body.slice(1) : body;
  const width = Math.max(...data.map((r) => r.cells.length), 0);
  const col = (re: RegExp) => (header ? header.findIndex((h) => re.test(h)) : -1);
  const isIdColumn = (i: number) => data.every((r) => ID_CELL.test(r.cells[i] ?? '') || !r.cells[i]);
  // "Item | Deliverable | Qty": the "Item" column holds numbers; the title is the first title-like
  // column whose cells are words.
  let titleCol = header ? header.findIndex((h, i) => TITLE_HEADER.test(h) && !isIdColumn(i)) : -1;
  const qtyCol = col(QTY_HEADER);
  const skip = new Set<number>();
  if (header) header.forEach((h, i) => MONEY_HEADER.test(h) && !TITLE_HEADER.test(h) && i !== qtyCol && skip.add(i));
  if (titleCol < 0) {
    // The first column whose cells are not ids ("1", "D1", "3.1").
    titleCol = 0;
    while (titleCol < width - 1 && isIdColumn(titleCol)) titleCol++;
  }
  const items: TableItem[] = [];
  for (const row of data) {
    const title = (row.cells[titleCol] ?? '').replace(/\*\*/g, '').trim();
    if (!title || /^(total|subtotal|sum)\b/i.test(title)) continue;
    const rest = row.cells.filter((c, i) => i !== titleCol && i !== qtyCol && !skip.has(i) && c && !ID_CELL.test(c));
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
