// From an extracted page to stored requests and a badge: match the project, judge, store, remember.
import { findRequestsBySource, getRecord, putRecords, sharedCorrectedRequests, sharedList } from '@/lib/db';
import type { Client, DetectedRequest, Project } from '@/lib/db/schemas';
import { keptSettings } from './keptSettings';
import type { BadgeInfo, PageState } from '@/lib/messaging/protocol';
import type { Thread, Ticket } from '@/lib/sites/types';
import { matchPage } from './match';
import { badgeFor, correctionsOf, judgePage, judgeReadable, sourceIdOf } from './judgePage';
import { emptyState, loadTabState, saveTabState } from './tabState';
import { rememberVerdict } from './verdicts';
import { announcePage } from '@/lib/messaging/pageAnnouncements';
import { trackWaits } from './trackWaits';
import { oneAtATime } from './perSource';

type Judge = (ctx: {
  existing: DetectedRequest[];
  corrections: ReturnType<typeof correctionsOf>;
  now: string;
}) => DetectedRequest[] | Promise<DetectedRequest[]>;

/** Judge one source and store the result; the AM's corrections and change orders survive re-reads. */
async function judgeSource(sourceId: string, project: Project, judge: Judge): Promise<BadgeInfo> {
  // Only the project's corrected asks are read (v4 index), not all of its asks, and only when the
  // asks changed since the last read (lib/db/sharedReads).
  const [existing, corrected] = await Promise.all([
    findRequestsBySource(sourceId),
    sharedCorrectedRequests(project.id),
  ]);
  const now = new Date().toISOString();
  const judged = await judge({ existing, corrections: correctionsOf(corrected), now });
  // Asks no longer found (e.g. the engine improved) are soft-deleted, unless the AM acted on them.
  const keptIds = new Set(judged.map((r) => r.id));
  const actedOn = (r: DetectedRequest) => !!(r.correction || r.changeOrderId || r.absorbed);
  const orphans = existing.filter((r) => !keptIds.has(r.id) && !r.deletedAt);
  const dropped = orphans.filter((r) => !actedOn(r)).map((r) => ({ ...r, deletedAt: now }));
  if (judged.length || dropped.length) await putRecords('requests', [...judged, ...dropped]);
  return badgeFor(sourceId, [...judged, ...orphans.filter(actedOn)], project.name);
}

export async function judgeAndStore(page: Thread | Ticket, project: Project | null): Promise<BadgeInfo> {
  const sourceId = sourceIdOf(page);
  if (!project) return badgeFor(sourceId, [], null);
  const [{ agencyDomains }, client] = await Promise.all([keptSettings(), clientOf(project)]);
  const clientDomains = client?.domains ?? [];
  const badge = await judgeSource(sourceId, project, (ctx) =>
    judgePage({ page, project, agencyDomains, clientDomains, ...ctx }),
  );
  if (page.type === 'thread') badge.note = await trackWaits(page, project, { agencyDomains, clientDomains });
  return badge;
}

/** The project's client: from the shared list, or read for a client since deleted (the list leaves those out). */
async function clientOf(project: Project): Promise<Client | null> {
  const clients = await sharedList('clients');
  return clients.find((c) => c.id === project.clientId) ?? getRecord('clients', project.clientId);
}

export async function processPage(tabId: number | null, page: Thread | Ticket, title = ''): Promise<PageState> {
  // Shared lists (lib/db/sharedReads): read once while neither store changes, not on every page.
  const [projects, clients] = await Promise.all([sharedList('projects'), sharedList('clients')]);
  const project = matchPage(page, projects, clients);
  const badge = await oneAtATime(sourceIdOf(page), async () => {
    const judged = await judgeAndStore(page, project);
    await rememberVerdict(judged, page.site);
    return judged;
  });
  const prior = tabId === null ? null : await loadTabState(tabId);
  const state: PageState = {
    ...(prior ?? emptyState(tabId ?? -1)),
    url: page.url,
    title: title || (page.type === 'thread' ? page.subject : page.title),
    page,
    failure: null,
    projectId: project?.id ?? null,
    sourceId: sourceIdOf(page),
    badge,
  };
  if (tabId !== null) {
    await saveTabState(state);
    announcePage(tabId);
  }
  return state;
}

/** A page no adapter understands: judge its Readability text against the project the AM picked. */
export async function processReadable(state: PageState, project: Project | null): Promise<PageState> {
  const readable = state.readable;
  if (!readable) {
    const next = { ...state, projectId: project?.id ?? null };
    await saveTabState(next);
    return next;
  }
  const sourceId = state.url;
  const badge = project
    ? await oneAtATime(sourceId, () =>
        judgeSource(sourceId, project, (ctx) =>
          judgeReadable({ url: state.url, title: readable.title, text: readable.text }, { project, ...ctx }),
        ),
      )
    : badgeFor(sourceId, [], null);
  const next: PageState = { ...state, sourceId, projectId: project?.id ?? null, badge };
  await saveTabState(next);
  announcePage(state.tabId);
  return next;
}
