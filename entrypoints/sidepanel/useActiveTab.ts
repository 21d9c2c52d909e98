// The tab the side panel describes: the one pinned with `?tab=<id>`, else the active tab of the
// panel's own window, followed as the AM switches tabs or the page navigates (Gmail is an SPA).
import { useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import { browser } from 'wxt/browser';
import { pinnedTabId } from '@/lib/hooks/pinnedTab';

export interface ActiveTab {
  tabId: number | null;
  /** Bumped on navigation of that tab, so the page state is asked for again. */
  version: number;
  pinned: boolean;
}

export function useActiveTab(search = location.search): ActiveTab {
  const pinned = pinnedTabId(search);
  const [state, setState] = useState<{ tabId: number | null; version: number }>({ tabId: pinned, version: 0 });

  useReadEffect(() => {
    let alive = true;
    let windowId: number | undefined;
    const bump = (tabId: number) => alive && setState((s) => ({ tabId, version: s.version + 1 }));
    if (pinned === null) {
      void browser.windows.getCurrent().then(async (w) => {
        windowId = w.id;
        const [tab] = await browser.tabs.query({ active: true, windowId: w.id });
        if (tab?.id !== undefined) bump(tab.id);
      });
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
