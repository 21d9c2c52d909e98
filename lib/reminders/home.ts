// Home: one row per client with what needs attention, sortable by any column. Pure.
import type { ChangeOrder, Client, DetectedRequest, Feedback, Project, Wait } from '@/lib/db/schemas';
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

export function homeRows(input: HomeInput): HomeRow[] {
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

  const asks = openOutOfScope(input.requests).sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : -1));
  for (const r of asks) {
    const row = rowOf(r.projectId);
    if (!row || (r.snoozedUntil && r.snoozedUntil > input.today)) continue;
    row.openAsks += 1;
    row.url ??= r.source.url;
  }
  for (const co of input.changeOrders) {
    const row = rowOf(co.projectId);
    if (!row || co.deletedAt || co.status !== 'sent') continue;
    const cur = normaliseCurrency(co.currency);
    const cents = totals(co).totalCents;
    row.pending[cur] = (row.pending[cur] ?? 0) + cents;
    row.pendingSort += cents;
  }
  const waits = [...input.waits].sort((a, b) => (a.askedOn < b.askedOn ? -1 : 1));
  for (const w of waits) {
    const row = rowOf(w.projectId, w.clientId);
    if (!row || w.deletedAt || w.closedAt || (w.snoozedUntil && w.snoozedUntil > input.today)) continue;
    if (waitDue(w) > input.today) continue;
    row.overdueWaits += 1;
    row.url ??= w.sourceUrl;
  }
  const feedback = [...input.feedback].sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
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
