// Single-page apps change pages without loading one. We listen to every cheap signal: hashchange
// (Gmail), popstate, Turbo / soft-nav events (GitHub, Basecamp), a URL poll for pushState (Jira,
// Asana, Linear...: content scripts cannot see the page's own history calls), and DOM mutations for
// late rendering and re-renders that wipe our badges.
import { watchMutations } from '@/lib/dom/watch';

const DOC_EVENTS = ['turbo:load', 'turbo:render', 'turbo:frame-load', 'soft-nav:react-done', 'pjax:end'];

export interface NavigationTimers {
  setInterval(handler: () => void, ms: number): unknown;
}

/** Calls `onUrl` when the URL changes and `onDom` (debounced) after DOM changes. Returns stop. */
export function watchNavigation(
  win: Window,
  timers: NavigationTimers,
  onUrl: () => void,
  onDom: () => void,
  pollMs = 500,
  onRecords?: (records: MutationRecord[]) => boolean | void,
): () => void {
  let last = win.location.href;
  const check = (): void => {
    if (win.location.href === last) return;
    last = win.location.href;
    onUrl();
  };
  const always = (): void => {
    last = win.location.href;
    onUrl();
  };
  win.addEventListener('hashchange', check);
  win.addEventListener('popstate', check);
  for (const e of DOC_EVENTS) win.document.addEventListener(e, always);
  let stopped = false;
  // ctx.setInterval is cleared by WXT on invalidation; the flag covers the manual stop.
  timers.setInterval(() => {
    if (!stopped) check();
  }, pollMs);
  const target = win.document.body ?? win.document.documentElement;
  const stopDom = watchMutations(target, onDom, 250, onRecords);
  return () => {
    stopped = true;
    win.removeEventListener('hashchange', check);
    win.removeEventListener('popstate', check);
    for (const e of DOC_EVENTS) win.document.removeEventListener(e, always);
    stopDom();
  };
}
