// Home's first screen read: the clients and project heads beside every aggregate over them. The
// options page starts it before React has rendered when it opens on Home.
import type { ChangeOrder, Client, FeedbackHead, ProjectAsks, ProjectHead, Wait } from '@/lib/db';
import { earlyRead } from '@/lib/hooks/earlyRead';
import {
  listChangeOrdersWithStatus,
  listFeedbackHeads,
  listOpenWaits,
  listProjectHeads,
  openAskOverview,
  sharedList,
} from '@/lib/db';

export interface Parts {
  asks: ProjectAsks[];
  dueAsks: number;
  sent: ChangeOrder[];
  waits: Wait[];
  feedback: FeedbackHead[];
}

/**
 * Home's first screen in one read, everything started at once: the asks come from the counters, the
 * money from the sent change orders, the waits, projects and each client's and project's latest
 * feedback from their views.
 */
export async function readHome(today: string): Promise<Parts & { clients: Client[]; projects: ProjectHead[] }> {
  // Through the page's shared list: the options page reads the same clients.
  const [c, p, overview, sent, waits, feedback] = await Promise.all([
    sharedList('clients'),
    listProjectHeads(),
    openAskOverview(today),
    listChangeOrdersWithStatus('sent'),
    listOpenWaits(),
    listFeedbackHeads(),
  ]);
  return {
    clients: c,
    projects: p,
    asks: overview.asks,
    dueAsks: overview.due,
    sent,
    waits,
    feedback,
  };
}

/** The read started at page start (options.html?tab=home), taken once by the first Home render. */
const early = earlyRead(readHome);

/** Starts Home's read; the promise settles once it is in. */
export function prefetchHome(today: string): Promise<unknown> {
  return early.start(today) ?? Promise.resolve();
}

export const takeEarlyHome = (today: string) => early.take(today);
