// Counters and views: what a first screen counts or lists that no index gives cheaply. Chromium's
// IDBIndex.count walks every entry of its range (~0.3 s for one project's 5,000 open asks on a busy
// machine), and no index can pick out "no change order yet".
//
// - The counters (the `counts` store, `{ key, n }`) hold, per project, how many open out-of-scope
//   asks it has and how many of those are snoozed until each day. A write reads the record's old
//   copy first (not when the record is new) and moves each counter by the difference, so they are
//   exact by construction; reading one is one small get.
// - A view is a store holding exactly the live records of one store that pass its test: the open
//   waits (few, so whole copies are cheap, and every field of them is shown), and since v8 the
//   project heads (each live project's id, client and name: the Home tab maps asks, money and
//   feedback to clients through them without reading every project's SOW and scope, ~4 kB each).
// - Since v9 the feedback heads: per client, its newest live feedback; per project, its newest live
//   feedback that names no client (the project's client's word). The newest of a client's own and
//   its projects' heads is its latest word, so Home reads one small row per client and project in
//   one request instead of one index read per project. Not a copy of each record (the View
//   interface) but an aggregate: a write marks the heads it may move (its entry's new and old
//   client or project), and the writer's flush sets each to the newer of its stored row and the
//   entries written; only a head whose own entry was deleted, moved or made older is read again
//   from its feedback index (clientCreated, projectCreated).
//
// - Since v11 the ask heads (askHeads.ts): per project, its newest open out-of-scope ask, kept the
//   same way.
//
// Both are written in the same transaction as every write to their source store, through one
// ViewWriter per transaction (transact.ts's storeRecord is the only way records reach IndexedDB;
// the v6 upgrade fills them once). They are not records: never backed up, never announced.
import type { DetectedRequest, Feedback, Project, StoreName, Wait } from './schemas';
import { isOpenOutOfScope } from '@/lib/asks/verdict';
import { readNewestFirst } from './newest';
import type { Stores } from './stores';
import { ASK_HEADS, AskHeadWriter } from './askHeads';

/** Open waits: live and not yet received. */
export const OPEN_WAITS = 'openWaits';
/** v8: live projects, as their heads (ProjectHead). */
export const PROJECT_HEADS = 'projectHeads';
/** What the project-heads view keeps of a project. */
export type ProjectHead = Pick<Project, 'id' | 'clientId' | 'name' | 'updatedAt' | 'deletedAt'>;
/** v9: each client's and project's newest live feedback, as FeedbackHead rows keyed by HeadKey. */
export const FEEDBACK_HEADS = 'feedbackHeads';
/** ['client', clientId]: the newest naming the client; ['project', projectId]: the newest on it naming none. */
export type HeadKey = ['client' | 'project', string];
/** What the feedback-heads view keeps of an entry: what Home needs to place it and show its mood. */
export type FeedbackHead = Pick<Feedback, 'id' | 'clientId' | 'projectId' | 'sentiment' | 'createdAt' | 'deletedAt'> & {
  key: HeadKey;
};
/** Counters, keyed by array keys (see CountKey), each row `{ key, n }`. */
export const COUNTS = 'counts';

/**
 * ['open', projectId or '']: a project's open out-of-scope asks ('' for asks with no project).
 * ['snoozed', projectId or '', day]: those of them snoozed until that day.
 */
export type CountKey = [string, string] | [string, string, string];
export interface CountRow {
  key: CountKey;
  n: number;
}

type Row = Record<string, unknown> & { id: string };

/** The counters one record adds one to: an open out-of-scope ask counts for its project (and its snooze day). */
export function askCounts(r: DetectedRequest): CountKey[] {
  if (!isOpenOutOfScope(r)) return [];
  const project = r.projectId ?? '';
  const open: CountKey = ['open', project];
  return r.snoozedUntil ? [open, ['snoozed', project, r.snoozedUntil]] : [open];
}

/** Which stores' records move counters, and how. */
export const COUNTED: Partial<Record<StoreName, (record: Row) => CountKey[]>> = {
  requests: (r) => askCounts(r as unknown as DetectedRequest),
};

export interface View {
  name: typeof OPEN_WAITS | typeof PROJECT_HEADS;
  from: StoreName;
  keeps(record: Row): boolean;
  /** What the view stores of a record it keeps (its key field included); the whole record if absent. */
  copy?(record: Row): Row;
}

export const VIEWS: readonly View[] = [
  {
    name: OPEN_WAITS,
    from: 'waits',
    keeps: (r) => (r as unknown as Wait).deletedAt === null && (r as unknown as Wait).closedAt === null,
  },
  {
    name: PROJECT_HEADS,
    from: 'projects',
    keeps: (r) => r.deletedAt === null,
    copy: (r) => {
      const { id, clientId, name, updatedAt, deletedAt } = r as unknown as Project;
      return { id, clientId, name, updatedAt, deletedAt } satisfies ProjectHead;
    },
  },
];

/** The row `view` stores for a record it keeps. */
export const viewRow = (view: View, record: Row): Row => (view.copy ? view.copy(record) : record);

/** Every store that is not a record store: the views and the counters. */
export const VIEW_NAMES: readonly string[] = [...VIEWS.map((v) => v.name), COUNTS, FEEDBACK_HEADS, ASK_HEADS];

/** The head a feedback entry can be: its client's, else its project's; none for an entry with neither. */
export function headKey(f: Row): HeadKey | null {
  if (typeof f.clientId === 'string') return ['client', f.clientId];
  return typeof f.projectId === 'string' ? ['project', f.projectId] : null;
}

/** Newest as the Home rows order feedback: createdAt, then the larger id (the feedback indexes' order). */
const newerFeedback = (a: Row, b: Row) =>
  (a.createdAt as string) > (b.createdAt as string) || (a.createdAt === b.createdAt && a.id > b.id);

/** The newest live entry of `rows` under `key` (all of them read from that key's index range), or none. */
export function headOf(key: HeadKey, rows: readonly Row[]): FeedbackHead | null {
  let best: Row | null = null;
  for (const r of rows) {
    if (r.deletedAt !== null || (key[0] === 'project' && r.clientId !== null)) continue;
    if (!best || newerFeedback(r, best)) best = r;
  }
  if (!best) return null;
  const { id, clientId, projectId, sentiment, createdAt, deletedAt } = best as unknown as Feedback;
  return { key, id, clientId, projectId, sentiment, createdAt, deletedAt };
}

/** Every head of `rows` (a whole feedback store), for filling the view at once. */
export function headsOf(rows: Iterable<Row>): FeedbackHead[] {
  const by = new Map<string, { key: HeadKey; rows: Row[] }>();
  for (const r of rows) {
    const key = headKey(r);
    if (!key) continue;
    const text = JSON.stringify(key);
    const group = by.get(text) ?? by.set(text, { key, rows: [] }).get(text)!;
    group.rows.push(r);
  }
  return [...by.values()].flatMap(({ key, rows: rs }) => headOf(key, rs) ?? []);
}

/**
 * The feedback index that holds every entry a head is chosen from: [clientId, createdAt] or
 * [projectId, createdAt] (migrations.ts's CLIENT_CREATED_INDEX and PROJECT_CREATED_INDEX, named here
 * because migrations.ts imports this file).
 */
const HEAD_INDEX = { client: 'clientCreated', project: 'projectCreated' } as const;

const NONE: readonly View[] = [];
const BY_STORE = new Map<string, readonly View[]>();
for (const view of VIEWS) BY_STORE.set(view.from, [...(BY_STORE.get(view.from) ?? []), view]);
export const viewsOf = (store: string): readonly View[] => BY_STORE.get(store) ?? NONE;

/** The stores a readwrite transaction over `stores` must also hold: their views and the counters. */
export function withViews(stores: readonly string[]): string[] {
  const extra = stores.flatMap((s) => [
    ...viewsOf(s).map((v) => v.name),
    ...(COUNTED[s as StoreName] ? [COUNTS] : []),
    ...(s === 'feedback' ? [FEEDBACK_HEADS] : []),
    ...(s === 'requests' ? [ASK_HEADS] : []),
  ]);
  return [...new Set([...stores, ...extra])];
}

/** The stores the writer needs: a readwrite transaction's handles (stores.ts). */
export type ViewTx = Stores;

const keyText = (key: CountKey) => JSON.stringify(key);

/** Adds up counter changes, then writes them: one read and one write per counter touched. */
export class CountDelta {
  private readonly by = new Map<string, CountRow>();

  add(keys: readonly CountKey[], sign: 1 | -1): void {
    for (const key of keys) {
      const text = keyText(key);
      const row = this.by.get(text) ?? { key, n: 0 };
      row.n += sign;
      this.by.set(text, row);
    }
  }

  /** Applies the changes in `tx` (which holds COUNTS); a counter that reaches 0 is removed. */
  async apply(tx: ViewTx): Promise<void> {
    const changes = [...this.by.values()].filter((d) => d.n !== 0);
    this.by.clear();
    if (changes.length === 0) return; // also: a transaction over stores without counters has no COUNTS
    const counts = tx.objectStore(COUNTS);
    await Promise.all(
      changes.map(async ({ key, n }) => {
        const now = (((await counts.get(key)) as CountRow | undefined)?.n ?? 0) + n;
        await (now === 0 ? counts.delete(key) : counts.put({ key, n: now }));
      }),
    );
  }
}

/**
 * Keeps the counters and views of one transaction. For each record: `before` (issued before the
 * record is put, so it reads the old copy) and then `after`; `flush` writes the counters before the
 * transaction ends. IndexedDB runs a transaction's requests in order, so a batch may hold a record
 * twice: the second read sees the first write.
 */
export class ViewWriter {
  private readonly delta = new CountDelta();
  /** The feedback heads the writes so far may have moved (JSON of the HeadKey). */
  private readonly heads = new Map<string, HeadKey>();
  /** The feedback entries written so far, each as last written. */
  private readonly written = new Map<string, Row>();
  /** v11: the ask heads the writes so far may have moved (askHeads.ts). */
  private readonly askHeads = new AskHeadWriter();

  private markHead(record: Row): void {
    const key = headKey(record);
    if (key) this.heads.set(JSON.stringify(key), key);
  }

  constructor(private readonly tx: ViewTx) {}

  /**
   * Call just before putting `record` into `store`. `old`: the stored copy when the caller already
   * has it, null when the record is new, undefined to read it here.
   */
  write(store: string, record: Row, old?: Row | null): Promise<unknown> | null {
    const counted = COUNTED[store as StoreName];
    const views = viewsOf(store);
    const headed = store === 'feedback';
    if (!counted && views.length === 0 && !headed) return null;
    const out: Promise<unknown>[] = [];
    if (headed) {
      // Both the head the entry joins and the one it leaves (its client or project may have changed).
      this.written.set(record.id, record);
      this.markHead(record);
      if (old) this.markHead(old);
      else if (old === undefined)
        out.push(
          this.tx
            .objectStore(store)
            .get(record.id)
            .then((prior) => prior && this.markHead(prior as Row)),
        );
    }
    const asks = store === 'requests';
    if (asks) {
      this.askHeads.wrote(record);
      if (old) this.askHeads.mark(old);
    }
    if (counted) {
      this.delta.add(counted(record), 1);
      if (old) this.delta.add(counted(old), -1);
      else if (old === undefined)
        out.push(
          this.tx
            .objectStore(store)
            .get(record.id)
            .then((prior) => {
              if (!prior) return;
              this.delta.add(counted(prior as Row), -1);
              if (asks) this.askHeads.mark(prior as Row); // the project it may leave
            }),
        );
    }
    for (const view of views) {
      if (view.keeps(record)) out.push(this.tx.objectStore(view.name).put(viewRow(view, record)));
      else if (old !== null) out.push(this.tx.objectStore(view.name).delete(record.id));
    }
    return out.length === 0 ? null : out.length === 1 ? out[0]! : Promise.all(out);
  }

  /**
   * Writes the counters the writes so far moved, and the feedback heads they may have moved. Await
   * it (IDB requests) before the transaction ends.
   */
  async flush(): Promise<void> {
    const heads = [...this.heads.values()];
    const written = [...this.written.values()];
    this.heads.clear();
    this.written.clear();
    // The newest entry each head's writes leave under it, from the entries as written.
    const fresh = new Map<string, FeedbackHead>();
    for (const [text, head] of headsOf(written).map((h) => [JSON.stringify(h.key), h] as const)) fresh.set(text, head);
    const ids = new Map(written.map((r) => [r.id, r]));
    await Promise.all([
      this.delta.apply(this.tx),
      ...heads.map((key) => this.rehead(key, fresh, ids)),
      this.askHeads.flush(this.tx),
    ]);
  }

  /**
   * One head after the writes: the newer of its stored row and the newest entry written under it,
   * with no read of the feedback. Only when the stored head's own entry was rewritten and left the
   * head (deleted, moved, made older) is the head read again from its index: an entry not written
   * is as it was, so no older one than the stored head can have become the newest otherwise.
   */
  private async rehead(key: HeadKey, fresh: Map<string, FeedbackHead>, written: Map<string, Row>): Promise<void> {
    const view = this.tx.objectStore(FEEDBACK_HEADS);
    const stored = (await view.get(key)) as FeedbackHead | undefined;
    let head = fresh.get(JSON.stringify(key)) ?? null;
    const rewritten = stored && written.get(stored.id);
    if (!rewritten) {
      if (stored && (!head || newerFeedback(stored, head))) return; // the stored head stands
    } else if (
      headKey(rewritten)?.join() !== key.join() ||
      rewritten.deletedAt !== null ||
      newerFeedback(stored, rewritten)
    ) {
      // The newest live entry under the key, read newest first: one request (or a short cursor),
      // not the key's whole feedback (5,000 entries on a busy project).
      const index = this.tx.objectStore('feedback').index(HEAD_INDEX[key[0]]);
      const rows = await readNewestFirst(index, {
        lower: [key[1]],
        upper: [key[1], []],
        limit: 1,
        keep: (r) => r.deletedAt === null && (key[0] !== 'project' || r.clientId === null),
      });
      head = headOf(key, rows as Row[]);
    }
    await (head ? view.put(head) : stored ? view.delete(key) : undefined);
  }
}
