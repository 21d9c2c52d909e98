// Single-page apps change pages without loading one. We listen to every cheap signal: hashchange
// (Gmail), popstate, Turbo / soft-nav events (GitHub, Basecamp), the Navigation API's
// currententrychange for pushState (Jira, Asana, Linear...: content scripts cannot wrap the page's
// own history calls, but this event reaches our isolated world too), else a URL poll, and DOM
// mutations for late rendering and re-renders that wipe our badges.
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
  onRecords?: Parameters<typeof watchMutations>[3],
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
  // Chromium has the Navigation API: an event per history entry change, so no timer wakes the page.
  // Firefox ESR has not: poll. ctx.setInterval is cleared by WXT on invalidation; the flag covers
  // the manual stop.
  const nav = navigationOf(win);
  if (nav) nav.addEventListener('currententrychange', check);
  else
    timers.setInterval(() => {
      if (!stopped) check();
    }, pollMs);
  const target = win.document.body ?? win.document.documentElement;
  const stopDom = watchMutations(target, onDom, 250, onRecords);
  return () => {
    stopped = true;
    nav?.removeEventListener('currententrychange', check);
    win.removeEventListener('hashchange', check);
    win.removeEventListener('popstate', check);
    for (const e of DOC_EVENTS) win.document.removeEventListener(e, always);
    stopDom();
  };
}

/** The window's Navigation API object, where the browser has one. */
function navigationOf(win: Window): EventTarget | null {
  const nav = (win as { navigation?: unknown }).navigation;
  return nav && typeof (nav as EventTarget).addEventListener === 'function' ? (nav as EventTarget) : null;
}
