// The background's message handlers. Everything from a content script is untrusted: it was
// zod-checked by dispatch() before reaching here, and page text is only ever stored as data.
import { browser } from 'wxt/browser';
import { findRequestsBySource, getRecord, putRecord } from '@/lib/db';
import type { Handlers } from '@/lib/messaging/receive';
import { failureSchema, pageSchema, type PageState } from '@/lib/messaging/protocol';
import { sendToTab } from '@/lib/messaging/send';
import type { Thread, Ticket } from '@/lib/sites/types';
import { emptyState, holdsPage, loadTabState, saveTabState } from './tabState';
import { logFailure, noteSiteRead } from '@/lib/health/log';
import { knownVerdicts, rememberVerdict } from './verdicts';
import { processPage, processReadable } from './pipeline';
import { badgeFor } from './judgePage';
import { listBadges } from './listJudge';
import { withWords } from '@/lib/dom/badgeWords';
import { openSidePanel } from './panel';
import { announcePage } from '@/lib/messaging/pageAnnouncements';
import { ticketLinkValues } from './match';
import { t } from '@/lib/i18n';
import { assertOwnPage } from './senders';
import { oneAtATime } from './perSource';
import { holdPart, takeParts } from './pageParts';
import { joinPage, PARTS_MISSING } from '@/lib/sites/pageParts';

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
  // The reply comes from a content script: it is validated (and fitted) like a page:read.
  if (reply.data.page) {
    const parsed = pageSchema.safeParse(reply.data.page);
    if (parsed.success) return processPage(tabId, parsed.data as Thread | Ticket, basics.title);
    throw new Error(`The page sent a read that does not validate (${parsed.error.issues[0]?.message ?? 'bad data'}).`);
  }
  const failure = failureSchema.safeParse(reply.data.failure);
  const state = { ...basics, failure: failure.success ? failure.data : null };
  await saveTabState(state);
  return state;
}

export const handlers: Handlers = {
  // Content-script reports: only about the sender's own tab, from a page of the claimed site.
  async 'page:part'({ site, readId, index, items }, sender) {
    const tabId = await assertOwnPage(sender, site);
    return { received: holdPart(tabId, readId, index, items) };
  },
  async 'page:read'({ page, parts }, sender) {
    const tabId = await assertOwnPage(sender, page.site);
    let whole = page as Thread | Ticket;
    if (parts) {
      const held = takeParts(tabId, parts.readId, parts.count);
      // The worker stopped since the parts came: the content script sends the page whole instead.
      if (!held) throw new Error(PARTS_MISSING);
      const joined = pageSchema.safeParse(joinPage(whole, held));
      if (!joined.success)
        throw new Error(`The page's parts do not make a valid page (${joined.error.issues[0]?.message}).`);
      whole = joined.data as Thread | Ticket;
    }
    const state = await processPage(tabId, whole);
    await noteSiteRead(page.site);
    return withWords(state.badge!);
  },
  async 'page:failure'({ url, failure, structure }, sender) {
    const tabId = await assertOwnPage(sender, failure.site);
    console.warn(
      `Scopekeeper: ${failure.site} ${failure.pageKind} page not understood; missing: ${failure.missing.join(', ')}`,
    );
    await logFailure({ at: new Date().toISOString(), url, ...failure, ...(structure ? { structure } : {}) });
    const prior = (await loadTabState(tabId)) ?? emptyState(tabId, url);
    await saveTabState({ ...prior, url, page: null, failure, badge: null, sourceId: null });
    announcePage(tabId);
    return { logged: true as const };
  },
  async 'list:items'({ site, url, items }, sender) {
    await assertOwnPage(sender, site);
    return { badges: (await listBadges(site, url, items)).map(withWords) };
  },
  async 'panel:open'(_payload, sender) {
    if (sender.tabId === null) throw new Error('The side panel opens only for a tab.');
    return { opened: await openSidePanel(sender.tabId) };
  },
  async 'panel:state'({ tabId }) {
    const cached = await loadTabState(tabId);
    if (holdsPage(cached)) return cached;
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
    const found = await getRecord('requests', requestId);
    if (!found) throw new Error(t('askGone'));
    const { id: sourceId, site } = found.source;
    // After any judgment of the same source in flight, so a re-read cannot overwrite the correction.
    await oneAtATime(sourceId, async () => {
      const request = (await getRecord('requests', requestId)) ?? found;
      await putRecord('requests', { ...request, correction: { verdict, scopeRef, at: new Date().toISOString() } });
      const project = request.projectId ? await getRecord('projects', request.projectId) : null;
      const [siblings, [prior]] = await Promise.all([findRequestsBySource(sourceId), knownVerdicts([sourceId], site)]);
      // The wait note belongs to the thread, not the verdict: keep it until the page is re-read.
      await rememberVerdict(
        { ...badgeFor(sourceId, siblings, project?.name ?? null), note: prior?.note ?? null },
        site,
      );
    });
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((t) => (t.id === undefined ? null : sendToTab(t.id, 'badges:refresh', {}))));
    return { updated: 1 };
  },
};
