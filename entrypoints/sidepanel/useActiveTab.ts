// The tab the side panel describes: the one pinned with `?tab=<id>`, else the active tab of the
// panel's own window, followed as the AM switches tabs or the page navigates (Gmail is an SPA).
import { useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import { browser } from 'wxt/browser';
import { pinnedTabId } from '@/lib/hooks/pinnedTab';
import { earlyRead } from '@/lib/hooks/earlyRead';

export interface ActiveTab {
  tabId: number | null;
  /** Bumped on navigation of that tab, so the page state is asked for again. */
  version: number;
  pinned: boolean;
}

/** The active tab of the panel's own window (its id null when there is none). */
async function activeTabOfWindow(): Promise<{ windowId: number | undefined; tabId: number | null }> {
  const w = await browser.windows.getCurrent();
  const [tab] = await browser.tabs.query({ active: true, windowId: w.id });
  return { windowId: w.id, tabId: tab?.id ?? null };
}

/** The lookup started at page start (main.tsx), before React renders; taken once by the first render. */
const early = earlyRead((_: 'active') => activeTabOfWindow());

/**
 * Starts looking up the tab an unpinned panel describes (as the panel opened from a badge is), so
 * its page state and asks can be asked for before React renders too.
 */
export async function prefetchActiveTab(): Promise<number | null> {
  return (await early.start('active'))?.tabId ?? null;
}

export function useActiveTab(search = location.search): ActiveTab {
  const pinned = pinnedTabId(search);
  const [state, setState] = useState<{ tabId: number | null; version: number }>({ tabId: pinned, version: 0 });

  useReadEffect(() => {
    let alive = true;
    let windowId: number | undefined;
    const bump = (tabId: number) => alive && setState((s) => ({ tabId, version: s.version + 1 }));
    if (pinned === null) {
      // With no window or tab to describe, the panel says so (usePageState, for a null tab).
      void (early.take('active') ?? activeTabOfWindow()).then(
        (found) => {
          windowId = found.windowId;
          if (found.tabId !== null) bump(found.tabId);
        },
        () => {},
      );
    }
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === null && info.windowId === windowId) bump(info.tabId);
    };
    const onUpdated = (tabId: number, change: { url?: string; status?: string }) => {
      if (!change.url && change.status !== 'complete') return;
      setState((s) => (s.tabId === tabId ? { tabId, version: s.version + 1 } : s));
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      alive = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [pinned]);

  return { ...state, pinned: pinned !== null };
}
