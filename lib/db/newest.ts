// The newest rows of an index range, read with as few requests as the browser allows: its own
// module so the views (kept inside every write) and the record reads share it without a cycle.

type Row = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };

/** Anything with an id and an updatedAt: records, and the views' rows of them. */
type Ordered = { readonly id: string; readonly updatedAt?: unknown };

/**
 * The order of the updatedAt indexes: updatedAt, then id (the primary key, or the id closing a
 * pack's entry). Lists show it reversed (newestFirst).
 */
export const oldestFirst = (a: Ordered, b: Ordered): number => {
  const [ua, ub] = [String(a.updatedAt), String(b.updatedAt)];
  return ua !== ub ? (ua < ub ? -1 : 1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};
export const newestFirst = (a: Ordered, b: Ordered): number => oldestFirst(b, a);

export type Cursor = { value: unknown; continue(): Promise<Cursor | null> };
export interface KeySource {
  getAll(range: IDBKeyRange | null): Promise<unknown[]>;
  openCursor(range: IDBKeyRange | null, dir: 'prev'): Promise<Cursor | null>;
  /** IndexedDB 3 (Chrome 141+, Firefox 143+): one request for the newest N; absent in older browsers. */
  getAllRecords?(o: { query: IDBKeyRange | null; count: number; direction: 'prev' }): Promise<{ value: unknown }[]>;
}

const rangeOf = (lower?: IDBValidKey, upper?: IDBValidKey): IDBKeyRange | null =>
  lower === undefined
    ? upper === undefined
      ? null
      : IDBKeyRange.upperBound(upper)
    : upper === undefined
      ? IDBKeyRange.lowerBound(lower)
      : IDBKeyRange.bound(lower, upper);

/**
 * The newest `limit` kept rows of an index range, newest first (ties: larger primary key first).
 * A cursor step costs a round trip to the browser's database process per record, so where the
 * browser has getAllRecords one request reads the page (asking again for more only when skipped,
 * e.g. soft-deleted, rows left it short); elsewhere a backwards cursor reads only what it returns.
 */
export async function readNewestFirst(
  source: KeySource,
  o: { lower?: IDBValidKey; upper?: IDBValidKey; limit: number; keep: (r: Row) => boolean },
): Promise<Row[]> {
  const range = rangeOf(o.lower, o.upper);
  if (o.limit === Infinity) return ((await source.getAll(range)) as Row[]).reverse().filter(o.keep);
  if (o.limit <= 0) return [];
  if (typeof source.getAllRecords === 'function') {
    for (let count = o.limit; ;) {
      const rows = await source.getAllRecords({ query: range, count, direction: 'prev' });
      const kept = rows.map((r) => r.value as Row).filter(o.keep);
      if (kept.length >= o.limit || rows.length < count) return kept.slice(0, o.limit);
      // Ask again from the top, sized by the share of rows kept so far (at least twice as many).
      count = Math.max(count * 2, Math.ceil((count * o.limit) / Math.max(kept.length, 1)));
    }
  }
  const out: Row[] = [];
  let cursor = await source.openCursor(range, 'prev');
  while (cursor) {
    const row = cursor.value as Row;
    if (o.keep(row)) out.push(row);
    cursor = out.length < o.limit ? await cursor.continue() : null;
  }
  return out;
}
