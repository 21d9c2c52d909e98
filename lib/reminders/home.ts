// Home: one row per client with what needs attention, sortable by any column. Pure.
import type { ChangeOrder, Client, DetectedRequest, Feedback, Project, Wait } from '@/lib/db/schemas';
import type { ProjectAsks } from '@/lib/db/aggregates';
import { oldestFirst } from '@/lib/db/newest';
import { openOutOfScope } from '@/lib/asks/verdict';
import { normaliseCurrency, totals } from '@/lib/money';
import { waitDue } from './today';

export interface HomeRow {
  clientId: string;
  clientName: string;
  openAsks: number;
  /** Sent (not yet answered) change orders, per currency in minor units. */
  pending: Record<string, number>;
  /** The pending amounts summed ignoring currency, only for sorting. */
  pendingSort: number;
  overdueWaits: number;
  lastSentiment: Feedback['sentiment'] | null;
  /** The thread or ticket to open: the newest open ask, else the oldest overdue wait. */
  url: string | null;
}

export interface HomeInput {
  clients: readonly Client[];
  projects: readonly Project[];
  requests: readonly DetectedRequest[];
  changeOrders: readonly ChangeOrder[];
  waits: readonly Wait[];
  feedback: readonly Feedback[];
  today: string;
}

/**
 * What the Home rows are made of, already narrowed: the asks as counts per project (the database
 * counts them through its open-asks view), and any subset of the change orders, waits and feedback
 * that holds the sent orders, the open waits and each client's latest feedback.
 */
export interface HomeParts extends Omit<HomeInput, 'requests' | 'projects' | 'feedback'> {
  asks: readonly ProjectAsks[];
  /** Only where each entry belongs, when it was made and its mood are read (the feedback heads are enough). */
  feedback: readonly Pick<Feedback, 'id' | 'clientId' | 'projectId' | 'sentiment' | 'createdAt' | 'deletedAt'>[];
  /** The live projects; only which client each belongs to is read (the project heads are enough). */
  projects: readonly Pick<Project, 'id' | 'clientId'>[];
}

/** ProjectAsks from every request: the numbers lib/db's openAskSummaries reads from the view. */
export function askSummaries(requests: readonly DetectedRequest[], today: string): ProjectAsks[] {
  const out = new Map<string, ProjectAsks>();
  for (const r of openOutOfScope(requests)) {
    if (r.projectId === null || (r.snoozedUntil && r.snoozedUntil > today)) continue;
    const s = out.get(r.projectId) ?? { projectId: r.projectId, open: 0, newest: null };
    s.open += 1;
    if (!s.newest || newer(r, s.newest)) s.newest = { id: r.id, updatedAt: r.updatedAt, url: r.source.url };
    out.set(r.projectId, s);
  }
  return [...out.values()];
}

/** Newer as the database lists (lib/db/newest): updatedAt, then the larger id (so ties always break the same way). */
const newer = (a: { id: string; updatedAt: string }, b: { id: string; updatedAt: string }) => oldestFirst(a, b) > 0;
/** Ascending by a field, ties by id: equal days or times always come out in the same order. */
const ascending =
  <K extends string>(key: K) =>
  (a: Record<K, string> & { id: string }, b: Record<K, string> & { id: string }) =>
    a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : a.id < b.id ? -1 : 1;

export function homeRows(input: HomeInput): HomeRow[] {
  return homeRowsFrom({ ...input, asks: askSummaries(input.requests, input.today) });
}

export function homeRowsFrom(input: HomeParts): HomeRow[] {
  const clientOfProject = new Map(input.projects.map((p) => [p.id, p.clientId]));
  const rows = new Map<string, HomeRow>();
  for (const c of input.clients) {
    if (c.deletedAt) continue;
    rows.set(c.id, {
      clientId: c.id,
      clientName: c.name,
      openAsks: 0,
      pending: {},
      pendingSort: 0,
      overdueWaits: 0,
      lastSentiment: null,
      url: null,
    });
  }
  const rowOf = (projectId: string | null, clientId?: string | null) =>
    rows.get(clientId ?? (projectId ? (clientOfProject.get(projectId) ?? '') : ''));

  // The newest open ask's link first: projects newest ask first, so each row keeps its newest.
  const asks = input.asks.filter((a) => a.newest).sort((a, b) => (newer(a.newest!, b.newest!) ? -1 : 1));
  for (const a of asks) {
    const row = rowOf(a.projectId);
    if (!row || a.open === 0) continue;
    row.openAsks += a.open;
    row.url ??= a.newest?.url ?? null;
  }
  for (const co of input.changeOrders) {
    const row = rowOf(co.projectId);
    if (!row || co.deletedAt || co.status !== 'sent') continue;
    const cur = normaliseCurrency(co.currency);
    const cents = totals(co).totalCents;
    row.pending[cur] = (row.pending[cur] ?? 0) + cents;
    row.pendingSort += cents;
  }
  const waits = [...input.waits].sort(ascending('askedOn'));
  for (const w of waits) {
    const row = rowOf(w.projectId, w.clientId);
    if (!row || w.deletedAt || w.closedAt || (w.snoozedUntil && w.snoozedUntil > input.today)) continue;
    if (waitDue(w) > input.today) continue;
    row.overdueWaits += 1;
    row.url ??= w.sourceUrl;
  }
  const feedback = [...input.feedback].sort(ascending('createdAt'));
  for (const f of feedback) {
    const row = rowOf(f.projectId, f.clientId);
    if (row && !f.deletedAt) row.lastSentiment = f.sentiment;
  }
  return [...rows.values()];
}

export type HomeSort = 'client' | 'openAsks' | 'pending' | 'overdueWaits' | 'sentiment';
const SENTIMENT_RANK = { negative: 0, neutral: 1, positive: 2 } as const;

/** Numbers sort largest first and sentiment worst first (what needs attention on top); names A-Z. */
export function sortHome(rows: readonly HomeRow[], by: HomeSort): HomeRow[] {
  const key = (r: HomeRow): number => {
    if (by === 'openAsks') return -r.openAsks;
    if (by === 'pending') return -r.pendingSort;
    if (by === 'overdueWaits') return -r.overdueWaits;
    if (by === 'sentiment') return r.lastSentiment ? SENTIMENT_RANK[r.lastSentiment] : 3;
    return 0;
  };
  return [...rows].sort(
    (a, b) => key(a) - key(b) || a.clientName.localeCompare(b.clientName) || (a.clientId < b.clientId ? -1 : 1),
  );
}
