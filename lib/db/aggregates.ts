// What first screens count and list without reading every record: through the counters and views
// (views.ts) and the v6 indexes. Counts are read from the counters kept with every write (exact, and
// one small read whatever the number of asks); lists read newest first, a page at a time, and stop
// as soon as they hold what is shown (the counters say how many open asks there are to find).
import type { IDBPDatabase } from 'idb';
import { BY_PROJECT_INDEX, STATUS_INDEX } from './indexNames';
import { openDb } from './open';
import { readNewestFirst } from './newest';
import { type Stores, storesOf } from './stores';
import type { ChangeOrder, DetectedRequest, Feedback, Upsell, Wait } from './schemas';
import { isOpenOutOfScope } from '@/lib/asks/verdict';
import {
  COUNTS,
  type CountRow,
  FEEDBACK_HEADS,
  type FeedbackHead,
  OPEN_WAITS,
  PROJECT_HEADS,
  type ProjectHead,
} from './views';
import { ASK_HEADS, type AskHead } from './askHeads';

type Row = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };

const raw = async () => (await openDb()) as unknown as IDBPDatabase<unknown>;
/** Every key [id, ...] of one id in a compound index: [id] sorts before them all and [id, []] after. */
const ofId = (id: string) => IDBKeyRange.bound([id], [id, []]);
const live = (r: Row) => r.deletedAt === null;

const isOpen = (r: Row) => isOpenOutOfScope(r as unknown as DetectedRequest);

/**
 * The newest `limit` open asks of a project that pass `keep`, through [projectId, updatedAt]: pages
 * of the newest asks until `limit` are found, or as many as there are (`count`, from the counters;
 * none there means nothing is read).
 */
function newestOpenAsks(
  tx: Stores,
  projectId: string,
  o: { limit: number; count: number; keep?: (r: Row) => boolean },
): Promise<DetectedRequest[]> {
  const limit = Math.min(o.limit, o.count);
  if (limit <= 0) return Promise.resolve([]);
  const keep = o.keep;
  return readNewestFirst(tx.objectStore('requests').index(BY_PROJECT_INDEX), {
    ...{ lower: [projectId], upper: [projectId, []], limit },
    keep: keep ? (r) => isOpen(r) && keep(r) : isOpen,
  }) as unknown as Promise<DetectedRequest[]>;
}

/** A project's open out-of-scope asks (no change order, not absorbed), newest updatedAt first, at most `limit`. */
export async function listOpenAsks(projectId: string, limit: number): Promise<DetectedRequest[]> {
  const count = await countOpenAsks(projectId);
  return newestOpenAsks(storesOf((await raw()).transaction('requests', 'readonly')), projectId, {
    limit,
    count,
  });
}

/** Sums the counters: per project ('' for asks with no project), its open asks not snoozed past `today`. */
function openByProject(rows: readonly CountRow[], today: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const { key, n } of rows) {
    const [kind, project, day] = key;
    const by = kind === 'open' ? n : kind === 'snoozed' && today !== undefined && day! > today ? -n : 0;
    if (by) out.set(project, (out.get(project) ?? 0) + by);
  }
  return out;
}

/** The counters of one project (its open count and its snoozed days), or every counter. */
async function countRows(projectId?: string): Promise<CountRow[]> {
  const db = await raw();
  if (projectId === undefined) return (await db.getAll(COUNTS)) as CountRow[];
  const tx = db.transaction(COUNTS, 'readonly');
  const [open, snoozed] = await Promise.all([
    tx.store.get(['open', projectId]),
    tx.store.getAll(IDBKeyRange.bound(['snoozed', projectId], ['snoozed', projectId, []])),
  ]);
  return [...(open ? [open as CountRow] : []), ...(snoozed as CountRow[])];
}

/** How many open out-of-scope asks a project has, exactly; with `today`, leaving out those snoozed past it. */
export async function countOpenAsks(projectId: string, today?: string): Promise<number> {
  return openByProject(await countRows(projectId), today).get(projectId) ?? 0;
}

/** Per project: its open asks not snoozed past `today`, and where the newest of them came from. */
export interface ProjectAsks {
  projectId: string;
  open: number;
  newest: { id: string; updatedAt: string; url: string } | null;
}

/** ProjectAsks for each project: the counters, and one row per project with open asks for its link. */
export async function openAskSummaries(projectIds: readonly string[], today: string): Promise<ProjectAsks[]> {
  return summariesOf(projectIds, openByProject(await countRows(), today), today);
}

/**
 * Every project's open asks (those with none are left out) and today's due count, from one read of
 * the counters: unlike openAskSummaries it needs no project list, so it runs beside that read.
 */
export async function openAskOverview(today: string): Promise<{ asks: ProjectAsks[]; due: number }> {
  const open = openByProject(await countRows(), today);
  let due = 0;
  for (const n of open.values()) due += n;
  const counted = [...open].filter(([projectId, n]) => projectId !== '' && n > 0).map(([projectId]) => projectId);
  return { asks: await summariesOf(counted, open, today), due };
}

async function summariesOf(
  projectIds: readonly string[],
  open: ReadonlyMap<string, number>,
  today: string,
): Promise<ProjectAsks[]> {
  const tx = storesOf((await raw()).transaction(['requests', ASK_HEADS], 'readonly'));
  const awake = (r: Row | AskHead) => !(typeof r.snoozedUntil === 'string' && r.snoozedUntil > today);
  // Each project's newest open ask from the ask-heads view: one request for them all. A head
  // snoozed past today is not the one to show: that project's asks are read for its newest awake one.
  const heads = new Map(((await tx.objectStore(ASK_HEADS).getAll()) as AskHead[]).map((h) => [h.projectId, h]));
  return Promise.all(
    projectIds.map(async (projectId): Promise<ProjectAsks> => {
      const count = open.get(projectId) ?? 0;
      const head = count > 0 ? heads.get(projectId) : undefined;
      if (head && awake(head)) return { projectId, open: count, newest: pick(head) };
      const [ask] = await newestOpenAsks(tx, projectId, { limit: 1, count, keep: awake });
      return {
        projectId,
        open: count,
        newest: ask ? { id: ask.id, updatedAt: ask.updatedAt, url: ask.source.url } : null,
      };
    }),
  );
}

const pick = ({ id, updatedAt, url }: AskHead) => ({ id, updatedAt, url });

/** Open out-of-scope asks not snoozed past `today`, across every project and none: today's due asks. */
export async function countDueAsks(today: string): Promise<number> {
  let sum = 0;
  for (const n of openByProject(await countRows(), today).values()) sum += n;
  return sum;
}

/** Every live project's head (id, client, name), from the view: no SOW text or scope is read. */
export async function listProjectHeads(): Promise<ProjectHead[]> {
  return (await (await raw()).getAll(PROJECT_HEADS)) as ProjectHead[];
}

/** Every open wait (live, not yet received), from the view: the closed ones are never read. */
export async function listOpenWaits(): Promise<Wait[]> {
  return (await (await raw()).getAll(OPEN_WAITS)) as Wait[];
}

/** A project's open waits. */
export async function listProjectOpenWaits(projectId: string): Promise<Wait[]> {
  return (await (await raw()).getAllFromIndex(OPEN_WAITS, BY_PROJECT_INDEX, ofId(projectId))) as Wait[];
}

/** Live change orders in one status (e.g. the sent ones: money pending), through the status index. */
export async function listChangeOrdersWithStatus(status: ChangeOrder['status']): Promise<ChangeOrder[]> {
  const rows = (await (await raw()).getAllFromIndex('changeOrders', STATUS_INDEX, status)) as ChangeOrder[];
  return rows.filter((r) => r.deletedAt === null);
}

/**
 * Each client's and project's newest live feedback, from the view (one request whatever the number
 * of projects): per client, its newest entry naming it; per project, its newest entry naming no
 * client (its client's word). A client's latest word is the newest of its own head and its live
 * projects' heads, so these give Home's moods exactly.
 */
export async function listFeedbackHeads(): Promise<FeedbackHead[]> {
  return (await (await raw()).getAll(FEEDBACK_HEADS)) as FeedbackHead[];
}

/** Everything the side panel's project view shows, read in one transaction. */
export interface ProjectView {
  /** The newest `limits.feedback` live entries. */
  feedback: Feedback[];
  /** The open waits. */
  waits: Wait[];
  upsells: Upsell[];
  changeOrders: ChangeOrder[];
  /** The newest `limits.asks` open out-of-scope asks, and how many there are in all. */
  openAsks: DetectedRequest[];
  openAskCount: number;
}

/**
 * The project view's first screen in one readonly transaction (one round of requests, one answer
 * for the page to render): the newest feedback page and open asks page through their indexes, the
 * exact open-ask count, the open waits from their view, the project's upsells and change orders.
 */
export async function readProjectView(
  projectId: string,
  limits: { feedback: number; asks: number },
): Promise<ProjectView> {
  const tx = storesOf(
    (await raw()).transaction(['feedback', 'upsells', 'changeOrders', 'requests', OPEN_WAITS, COUNTS], 'readonly'),
  );
  const range = { lower: [projectId], upper: [projectId, []] };
  const newest = (store: string, limit: number) =>
    readNewestFirst(tx.objectStore(store).index(BY_PROJECT_INDEX), {
      ...range,
      limit,
      keep: live,
    });
  const openAsks = (tx.objectStore(COUNTS).get(['open', projectId]) as Promise<CountRow | undefined>).then(
    async (row) => {
      const count = row?.n ?? 0;
      return { count, asks: await newestOpenAsks(tx, projectId, { limit: limits.asks, count }) };
    },
  );
  const [feedback, upsells, changeOrders, open, waits] = await Promise.all([
    newest('feedback', limits.feedback),
    newest('upsells', Infinity),
    newest('changeOrders', Infinity),
    openAsks,
    tx.objectStore(OPEN_WAITS).index(BY_PROJECT_INDEX).getAll(ofId(projectId)),
  ]);
  return {
    feedback: feedback as unknown as Feedback[],
    waits: waits as Wait[],
    upsells: upsells as unknown as Upsell[],
    changeOrders: changeOrders as unknown as ChangeOrder[],
    openAsks: open.asks,
    openAskCount: open.count,
  };
}
