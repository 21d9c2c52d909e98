// Reminders in the background: the toolbar count of what needs the AM today, a notification per
// newly overdue wait or change order to chase, and the optional Monday summary. Recomputed hourly
// (chrome.alarms, which survive the service worker sleeping) and whenever the data changes.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { countDueAsks, listChangeOrdersWithStatus, listOpenWaits, listRecords, onDbChange } from '@/lib/db';
import { today as todayOf } from '@/lib/dates/days';
import { homeRows } from '@/lib/reminders/home';
import { badgeText, dueWithAskCount, type DueItem } from '@/lib/reminders/today';
import { isMonday, weeklySummary } from '@/lib/reminders/weekly';
import { keptSettings } from './keptSettings';
import { t, tn } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { showDay } from '@/lib/dates/days';

export const REMINDER_ALARM = 'scopekeeper-reminders';
const SUMMARY_NOTIFICATION = 'scopekeeper-weekly';
/** Due items already notified, so each one notifies once (kept to today's list). */
const notifiedItem = storage.defineItem<string[]>('local:remindersNotified', { fallback: [] });
const summaryDayItem = storage.defineItem<string>('local:weeklySummaryDay', { fallback: '' });

const keyOf = (d: DueItem) => `due:${d.kind}:${d.id}`;
const toolbar = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

const TITLE = {
  wait: 'reminderWait',
  changeOrder: 'reminderChangeOrder',
} as const satisfies Record<Exclude<DueItem['kind'], 'ask'>, MessageKey>;

/**
 * What can be due today: open waits and sent change orders (from their views and index), and the
 * asks only as a count, from the counters. The toolbar count is refreshed after every batch of
 * writes to these stores (each page a tab reads writes its asks), and reading every ask for it was
 * a full scan of the largest store each time.
 */
async function load(today: string) {
  const [waits, changeOrders, dueAsks] = await Promise.all([
    listOpenWaits(),
    listChangeOrdersWithStatus('sent'),
    countDueAsks(today),
  ]);
  return { waits, changeOrders, dueAsks };
}

/** Refreshes the toolbar count and notifies what newly fell due; returns the count (as Home counts). */
export async function refreshReminders(now = new Date()): Promise<number> {
  const today = todayOf(now);
  const [{ waits, changeOrders, dueAsks }, settings] = await Promise.all([load(today), keptSettings()]);
  // The waits and change orders to chase; the asks are only counted (they are never notified).
  const { chase: due, count } = dueWithAskCount({ waits, changeOrders, dueAsks, today });
  const action = toolbar();
  await action.setBadgeText({ text: badgeText(count) });
  await action.setBadgeBackgroundColor({ color: '#b3261e' });
  await action.setTitle({
    title: count ? tn('toolbarDue', count) : t('actionTitle'),
  });

  const notified = new Set(await notifiedItem.getValue());
  const keys = new Set(due.map(keyOf));
  if (settings.reminders) {
    const byId = new Map([...waits, ...changeOrders].map((r) => [r.id, r]));
    for (const d of due) {
      if (d.kind === 'ask' || notified.has(keyOf(d))) continue;
      const rec = byId.get(d.id);
      const what = rec && 'what' in rec ? rec.what : rec && 'title' in rec ? rec.title : '';
      await browser.notifications.create(keyOf(d), {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: t(TITLE[d.kind]),
        message: t('reminderDue', { what, day: showDay(d.due) }),
      });
      notified.add(keyOf(d));
    }
  }
  await notifiedItem.setValue([...notified].filter((k) => keys.has(k)));

  if (settings.weeklySummary && isMonday(today) && (await summaryDayItem.getValue()) !== today) {
    // Once a week: the summary reads every record it sums.
    const [clients, projects, feedback, allWaits, allChangeOrders, requests] = await Promise.all([
      listRecords('clients'),
      listRecords('projects'),
      listRecords('feedback'),
      listRecords('waits'),
      listRecords('changeOrders'),
      listRecords('requests'),
    ]);
    const rows = homeRows({
      waits: allWaits,
      changeOrders: allChangeOrders,
      requests,
      clients,
      projects,
      feedback,
      today,
    });
    const md = weeklySummary(rows, today);
    await browser.notifications.create(SUMMARY_NOTIFICATION, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('reminderWeekly'),
      message: md.split('\n').slice(2, 6).join('\n').replace(/\*\*/g, ''),
    });
    await summaryDayItem.setValue(today);
  }
  return count;
}

/** Clicking a notification opens its thread or ticket, or Home for the summary. */
async function onClicked(id: string): Promise<void> {
  if (id === SUMMARY_NOTIFICATION) {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html?tab=home') });
    return;
  }
  const today = todayOf();
  const url = dueWithAskCount({ ...(await load(today)), today }).chase.find((d) => keyOf(d) === id)?.url;
  await browser.tabs.create({ url: url ?? browser.runtime.getURL('/options.html?tab=home') });
  await browser.notifications.clear(id);
}

export function startReminders(): void {
  void browser.alarms.create(REMINDER_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void refreshReminders().catch(report);
  });
  browser.notifications.onClicked.addListener((id) => void onClicked(id).catch(report));
  let timer: ReturnType<typeof setTimeout> | null = null;
  onDbChange((change) => {
    if (!['waits', 'changeOrders', 'requests'].includes(change.store)) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refreshReminders().catch(report), 300);
  });
  void refreshReminders().catch(report);
}

function report(err: unknown): void {
  console.error('[scopekeeper] reminders failed', err);
}
