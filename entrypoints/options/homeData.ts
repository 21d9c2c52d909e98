// Home's first screen read: the clients and projects, then every aggregate over them. Apart from
// HomeSection (a chunk loaded when Home opens) so the options page can start it before React has
// rendered when it opens on Home.
import type { ChangeOrder, Client, Feedback, Project, ProjectAsks, Wait } from '@/lib/db';
import { earlyRead } from '@/lib/hooks/earlyRead';
import { sharedList } from '@/lib/hooks/useRecords';
import {
  countDueAsks,
  latestFeedbackCandidates,
  listChangeOrdersWithStatus,
  listOpenWaits,
  openAskSummaries,
} from '@/lib/db';

export interface Parts {
  asks: ProjectAsks[];
  dueAsks: number;
  sent: ChangeOrder[];
  waits: Wait[];
  feedback: Feedback[];
}

/** Home's first screen in one read: the clients and projects, then every aggregate over them. */
export async function readHome(today: string): Promise<Parts & { clients: Client[]; projects: Project[] }> {
  // Through the page's shared lists: the options page reads the same clients and projects.
  const [clients, projects] = await Promise.all([sharedList('clients'), sharedList('projects')]);
  return { clients, projects, ...(await readParts(clients, projects, today)) };
}

async function readParts(clients: readonly Client[], projects: readonly Project[], today: string): Promise<Parts> {
  const [asks, dueAsks, sent, waits, feedback] = await Promise.all([
    openAskSummaries(
      projects.map((p) => p.id),
      today,
    ),
    countDueAsks(today),
    listChangeOrdersWithStatus('sent'),
    listOpenWaits(),
    latestFeedbackCandidates(
      clients.map((c) => c.id),
      projects,
    ),
  ]);
  return { asks, dueAsks, sent, waits, feedback };
}

/** The read started at page start (options.html?tab=home), taken once by the first Home render. */
const early = earlyRead(readHome);

export function prefetchHome(today: string): void {
  early.start(today);
}

export const takeEarlyHome = (today: string) => early.take(today);
