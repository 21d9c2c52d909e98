// "Log selection as client feedback": the fastest way to capture what a client said, from any page.
import { browser } from 'wxt/browser';
import { createRecord, getRecord, putRecord } from '@/lib/db';
import { loadTabState } from './tabState';
import { t } from '@/lib/i18n';

const MENU_ID = 'scopekeeper-log-selection';

export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: t('menuLogSelection'), contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || !info.selectionText) return;
    logSelection(info.selectionText, tab?.id ?? null, tab?.url ?? null, tab?.title ?? null).catch((err) =>
      console.warn('Scopekeeper: could not log the selection', err),
    );
  });
}

export async function logSelection(text: string, tabId: number | null, url: string | null, title: string | null) {
  const state = tabId === null ? null : await loadTabState(tabId);
  const project = state?.projectId ? await getRecord('projects', state.projectId) : null;
  const record = createRecord('feedback', {
    clientId: project?.clientId ?? null,
    projectId: project?.id ?? null,
    kind: 'other',
    sentiment: 'neutral',
    note: text.trim().slice(0, 5000),
    sourceUrl: url,
    sourceTitle: title,
  });
  await putRecord('feedback', record);
  // A brief tick on the toolbar button confirms the capture without a notification permission.
  // The feedback is saved: a missing toolbar API must not turn that into a reported failure.
  const button = toolbarButton();
  if (tabId !== null && button) {
    await button.setBadgeText({ tabId, text: '✓' }).catch(() => {});
    setTimeout(() => button.setBadgeText({ tabId, text: '' }).catch(() => {}), 2500);
  }
  return record;
}

type BadgeApi = { setBadgeText(details: { tabId: number; text: string }): Promise<void> };

/** MV3 (Chrome) has `action`; Firefox MV2 only `browserAction`. */
export function toolbarButton(): BadgeApi | null {
  const api = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return api.action ?? api.browserAction ?? null;
}
