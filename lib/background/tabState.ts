// What the background knows about each tab. An MV3 service worker can be stopped at any time, so
// it lives in storage.session (per tab, gone with the browser session), not in module state.
import { storage } from 'wxt/utils/storage';
import type { PageState } from '@/lib/messaging/protocol';

const tabKey = (tabId: number) => `session:tab:${tabId}` as const;

export function emptyState(tabId: number, url = '', title = ''): PageState {
  return { tabId, url, title, page: null, failure: null, readable: null, projectId: null, sourceId: null, badge: null };
}

export async function loadTabState(tabId: number): Promise<PageState | null> {
  return storage.getItem<PageState>(tabKey(tabId));
}

/**
 * A stored state that holds the tab's read page (or its readable text): 'panel:state' answers with
 * it as it is, so the surfaces read it from storage themselves (surfaceApi.ts) without the worker.
 */
export const holdsPage = (state: PageState | null): state is PageState => Boolean(state?.page || state?.readable);

export async function saveTabState(state: PageState): Promise<void> {
  await storage.setItem<PageState>(tabKey(state.tabId), state);
}

export async function forgetTab(tabId: number): Promise<void> {
  await storage.removeItem(tabKey(tabId));
}
