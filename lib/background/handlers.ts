// The background's message handlers. Everything from a content script is untrusted: it was
// zod-checked by dispatch() before reaching here, and page text is only ever stored as data.
import { browser } from 'wxt/browser';
import { findRequestsBySource, getRecord, listRecords, putRecord } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/receive';
import type { PageState } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/send';
import type { Thread, Ticket } from '@/lib/sites/types';
import { emptyState, loadTabState, logFailure, saveTabState } from './tabState';
import { noteSiteRead } from '@/lib/health/log';
import { knownVerdicts, rememberVerdict } from './verdicts';
import { processPage, processReadable } from './pipeline';
import { badgeFor, correctionsOf } from './judgePage';
import { judgeTitles, projectForList } from './listJudge';
import { openSidePanel } from './panel';
import { announcePage } from '@/lib/messaging/pageAnnouncements';
import { ticketLinkValues } from './match';
import { t } from '@/lib/i18n';

async function tabBasics(tabId: number): Promise<PageState> {
  try {
    const tab = await browser.tabs.get(tabId);
    return emptyState(tabId, tab.url ?? '', tab.title ?? '');
  } catch {
    throw new Error(`Tab ${tabId} no longer exists.`);
  }
}

/** Ask the tab's content script for a fresh read; pages without one get an empty state. */
async function rereadTab(tabId: number): Promise<PageState> {
  const basics = await tabBasics(tabId);
  const reply = await sendToTab(tabId, 'page:reread', {});
  if (!reply.ok) {
    const state = { ...((await loadTabState(tabId)) ?? basics), url: basics.url, title: basics.title };
    await saveTabState(state);
    return state;
  }
  if (reply.data.page) return processPage(tabId, reply.data.page, basics.title);
  const state = { ...basics, failure: reply.data.failure };
  await saveTabState(state);
  return state;
}

export const handlers: Handlers = {
  async 'page:read'({ page }, sender) {
    const state = await processPage(sender.tabId, page as Thread | Ticket);
    await noteSiteRead(page.site);
    return state.badge!;
  },
  async 'page:failure'({ url, failure, structure }, sender) {
    console.warn(
      `Scopekeeper: ${failure.site} ${failure.pageKind} page not understood; missing: ${failure.missing.join(', ')}`,
    );
    await logFailure({ at: new Date().toISOString(), url, ...failure, ...(structure ? { structure } : {}) });
    if (sender.tabId !== null) {
      const prior = (await loadTabState(sender.tabId)) ?? emptyState(sender.tabId, url);
      await saveTabState({ ...prior, url, page: null, failure, badge: null, sourceId: null });
      announcePage(sender.tabId);
    }
    return { logged: true as const };
  },
  async 'list:items'({ site, url, items }) {
    const known = await knownVerdicts(items.map((i) => i.key));
    if (site === 'gmail') return { badges: known };
    // Cards never opened get a provisional verdict from their title.
    const judged = new Set(known.map((b) => b.sourceId));
    const rest = items.filter((i) => !judged.has(i.key));
    if (!rest.length) return { badges: known };
    const project = projectForList(
      site,
      url,
      rest.map((i) => i.key),
      await listRecords('projects'),
    );
    if (!project) return { badges: known };
    const corrections = correctionsOf(await listRecords('requests', { projectId: project.id }));
    return { badges: [...known, ...judgeTitles(rest, project, corrections)] };
  },
  async 'panel:open'(_payload, sender) {
    return { opened: await openSidePanel(sender.tabId) };
  },
  async 'panel:state'({ tabId }) {
    const cached = await loadTabState(tabId);
    if (cached?.page || cached?.readable) return cached;
    return rereadTab(tabId);
  },
  async 'panel:analyse'({ tabId, title, text }) {
    if (!text.trim()) throw new Error(t('noReadableText'));
    const prior = (await loadTabState(tabId)) ?? (await tabBasics(tabId));
    const project = prior.projectId ? await getRecord('projects', prior.projectId) : null;
    return processReadable({ ...prior, readable: { title, text } }, project);
  },
  async 'panel:assignProject'({ tabId, projectId }) {
    const project = await getRecord('projects', projectId);
    if (!project) throw new Error(t('projectGone'));
    const state = (await loadTabState(tabId)) ?? (await rereadTab(tabId));
    const page = state.page;
    if (page?.type === 'thread' && !project.threadIds.includes(page.threadId)) {
      await putRecord('projects', { ...project, threadIds: [...project.threadIds, page.threadId] });
    } else if (page?.type === 'ticket') {
      const value = ticketLinkValues(page)[0];
      if (value && !project.links.some((l) => l.site === page.site && l.value.toLowerCase() === value)) {
        await putRecord('projects', { ...project, links: [...project.links, { site: page.site, value }] });
      }
    }
    if (page) return processPage(tabId, page, state.title);
    return processReadable({ ...state, projectId }, project);
  },
  async 'request:correct'({ requestId, verdict, scopeRef }) {
    const request = await getRecord('requests', requestId);
    if (!request) throw new Error(t('askGone'));
    await putRecord('requests', { ...request, correction: { verdict, scopeRef, at: new Date().toISOString() } });
    const project = request.projectId ? await getRecord('projects', request.projectId) : null;
    const [siblings, [prior]] = await Promise.all([
      findRequestsBySource(request.source.id),
      knownVerdicts([request.source.id]),
    ]);
    // The wait note belongs to the thread, not the verdict: keep it until the page is re-read.
    await rememberVerdict({
      ...badgeFor(request.source.id, siblings, project?.name ?? null),
      note: prior?.note ?? null,
    });
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id === undefined ? null : sendToTab(t.id, 'badges:refresh', {}))));
    return { updated: 1 };
  },
};
