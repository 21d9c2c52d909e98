// What the background knows about each tab, and the last verdict per source (for list badges).
// Kept in storage.session / storage.local because an MV3 service worker can be stopped at any time.
import { browser } from 'wxt/browser';
import type { BadgeInfo, PageState } from '@/lib/messaging/protocol';

const TAB_KEY = (tabId: number) => `tab:${tabId}`;
const VERDICTS_KEY = 'verdicts';
const VERDICTS_MAX = 5000;
const FAILURES_KEY = 'adapterFailures';

// storage.session is not in every browser's polyfill typing; fall back to local.
function sessionArea() {
  return (browser.storage as { session?: typeof browser.storage.local }).session ?? browser.storage.local;
}

export function emptyState(tabId: number, url = '', title = ''): PageState {
  return { tabId, url, title, page: null, failure: null, readable: null, projectId: null, sourceId: null, badge: null };
}

export async function loadTabState(tabId: number): Promise<PageState | null> {
  const got = await sessionArea().get(TAB_KEY(tabId));
  return (got[TAB_KEY(tabId)] as PageState | undefined) ?? null;
}

export async function saveTabState(state: PageState): Promise<void> {
  await sessionArea().set({ [TAB_KEY(state.tabId)]: state });
}

export async function forgetTab(tabId: number): Promise<void> {
  await sessionArea().remove(TAB_KEY(tabId));
}

type VerdictMap = Record<string, BadgeInfo & { at: number }>;

export async function rememberVerdict(badge: BadgeInfo): Promise<void> {
  const got = await browser.storage.local.get(VERDICTS_KEY);
  const map: VerdictMap = { ...((got[VERDICTS_KEY] as VerdictMap | undefined) ?? {}) };
  map[badge.sourceId] = { ...badge, at: Date.now() };
  const keys = Object.keys(map);
  if (keys.length > VERDICTS_MAX) {
    // Drop the oldest so storage stays bounded.
    keys.sort((a, b) => map[a]!.at - map[b]!.at);
    for (const k of keys.slice(0, keys.length - VERDICTS_MAX)) delete map[k];
  }
  await browser.storage.local.set({ [VERDICTS_KEY]: map });
}

export async function knownVerdicts(keys: string[]): Promise<BadgeInfo[]> {
  const got = await browser.storage.local.get(VERDICTS_KEY);
  const map = (got[VERDICTS_KEY] as VerdictMap | undefined) ?? {};
  return keys.flatMap((k) => {
    const v = map[k];
    return v ? [{ sourceId: v.sourceId, verdict: v.verdict, reason: v.reason, note: v.note }] : [];
  });
}

export interface FailureLog {
  at: string;
  url: string;
  site: string;
  pageKind: string;
  missing: string[];
}

/** Keep the last 50 adapter failures so a broken selector is visible (options page), not silent. */
export async function logFailure(entry: FailureLog): Promise<void> {
  const got = await browser.storage.local.get(FAILURES_KEY);
  const list = ((got[FAILURES_KEY] as FailureLog[] | undefined) ?? []).slice(-49);
  await browser.storage.local.set({ [FAILURES_KEY]: [...list, entry] });
}
