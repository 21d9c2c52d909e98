// The surfaces' thin API over the background. Every call resolves to data or a sentence saying
// what went wrong and what to do; nothing throws into React.
import type { PageState } from '@/lib/messaging/protocol';
import { holdsPage, loadTabState } from '@/lib/background/tabState';
import { sendToBackground, sendToTab } from '@/lib/messaging/send';
import type { Verdict } from '@/lib/scope/types';
import { t } from '@/lib/i18n';

export type Result<T> = { ok: true; data: T } | { ok: false; error: string };

function explain(error: string): string {
  if (/Receiving end does not exist|Could not reach/i.test(error)) {
    return `${error} If the extension was just updated, reload this panel and the page.`;
  }
  return error;
}

async function call<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: string }>): Promise<Result<T>> {
  const reply = await p;
  return reply.ok ? reply : { ok: false, error: explain(reply.error) };
}

/**
 * A tab's page state. Where the background has stored the tab's read page (storage.session, which
 * extension pages read too), that stored state is its answer to 'panel:state' (handlers.ts), so the
 * page reads it itself: no round trip through the service worker, which may first have to start.
 * Otherwise the background reads the tab afresh.
 */
async function pageState(tabId: number): Promise<Result<PageState>> {
  const stored = await loadTabState(tabId).catch(() => null);
  if (holdsPage(stored)) return { ok: true, data: stored };
  return call(sendToBackground('panel:state', { tabId }));
}

export const api = {
  pageState,
  /** Readability runs here, on the tab's inert snapshot: content scripts stay small (DESIGN budget). */
  async analyse(tabId: number): Promise<Result<PageState>> {
    const snapshot = await call(sendToTab(tabId, 'page:snapshot', {}));
    if (!snapshot.ok) return snapshot;
    // Readability (55 kB) loads only when asked for: the panel's and popup's first screens never need it.
    const { readableFromHtml } = await import('@/lib/readable/readableFromHtml');
    const readable = readableFromHtml(snapshot.data.html, snapshot.data.url);
    if (!readable) return { ok: false, error: t('noArticle') };
    return call(sendToBackground('panel:analyse', { tabId, ...readable }));
  },
  assignProject: (tabId: number, projectId: string): Promise<Result<PageState>> =>
    call(sendToBackground('panel:assignProject', { tabId, projectId })),
  correct: (requestId: string, verdict: Verdict, scopeRef: string | null): Promise<Result<{ updated: number }>> =>
    call(sendToBackground('request:correct', { requestId, verdict, scopeRef })),
};
