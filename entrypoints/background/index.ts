import { browser } from 'wxt/browser';
import { dispatch } from '@/lib/messaging/receive';
import { answering } from '@/lib/messaging/listen';
import { handlers } from '@/lib/background/handlers';
import { registerContextMenu } from '@/lib/background/contextMenu';
import { configureSidePanel } from '@/lib/background/panel';
import { forgetTab } from '@/lib/background/tabState';
import { dropLegacyVerdictMap, restrictSessionStorage } from '@/lib/background/verdicts';
import { startSelfHostedScripts } from '@/lib/background/selfHostedScripts';
import { startReminders } from '@/lib/background/reminders';
import { warmUpWorker } from '@/lib/background/engineMemo';

export default defineBackground(() => {
  configureSidePanel();
  registerContextMenu();
  startSelfHostedScripts(); // self-hosted Jira / GitHub Enterprise: now and on settings change
  browser.runtime.onMessage.addListener(
    answering((message, sender) => {
      const fromContentScript = !!sender.tab && !sender.url?.startsWith(browser.runtime.getURL(''));
      return dispatch(handlers, message, {
        tabId: sender.tab?.id ?? null,
        url: sender.url ?? null,
        fromContentScript,
      });
    }),
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  void dropLegacyVerdictMap();
  void restrictSessionStorage();
  startReminders(); // toolbar count, overdue notifications, Monday summary
  warmUpWorker(); // the scope engine's tables, in short steps, before the first judgment needs them
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // Only a fresh install gets the welcome tab; updates and reloads do not.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
  });
});
