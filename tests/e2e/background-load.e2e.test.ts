// The background under load (issue 13, item 4), in real Chromium: 20 tabs of boards, tickets and a
// thread open at once, SPA navigations and new card batches while they load; every tab ends with its
// badges, no verdict is lost, and after Chrome stops the service worker the restarted worker still
// serves a board's remembered verdicts and a tab's page state (both live in storage.session).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  launchWithExtension,
  serveFixtures,
  stopServiceWorker,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import {
  addJiraCard,
  GMAIL_THREAD_ID,
  JIRA_BOARD_URL,
  JIRA_CARD_KEY,
  seedSampleData,
  SITE_FIXTURES,
  TWENTY_TABS,
} from '../../scripts/chromium/seedExtension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, SITE_FIXTURES);
  await seedSampleData(session);
}, 60_000);
afterAll(async () => {
  await session?.close();
});

async function badgeOn(page: Page, source: string) {
  const badge = page.locator(`scopekeeper-badge[data-source="${source}"]`);
  await badge.first().waitFor({ state: 'attached', timeout: 20_000 });
  return badge;
}

/** Every card key on a Jira board has exactly one badge. */
async function everyCardBadged(board: Page): Promise<string[]> {
  const keys = (await board.locator(JIRA_CARD_KEY).allTextContents()).map((k) => k.trim());
  for (const key of keys) expect(await (await badgeOn(board, key)).count(), `one badge on ${key}`).toBe(1);
  return keys;
}

/** Verdicts remembered in storage.session, read in the service worker. */
async function storedVerdicts(sourceIds: string[]): Promise<Record<string, { verdict: string } | undefined>> {
  const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
  return worker.evaluate(async (ids: string[]) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string[]): Promise<object> } } } })
      .chrome;
    return api.storage.session.get(ids.map((id) => `verdict:${id}`)) as Promise<Record<string, { verdict: string }>>;
  }, sourceIds);
}

describe('the background with 20 tabs open at once', () => {
  it('badges every tab, keeps every verdict, and serves them again after a worker restart', async () => {
    const urls = TWENTY_TABS;
    expect(urls).toHaveLength(20);
    const errors: string[] = [];
    // All 20 at once: every tab's page:read / list:items reaches the worker in the same moment.
    const pages = await Promise.all(
      urls.map(async (url) => {
        const page = await session.context.newPage();
        page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
        await page.goto(url);
        return page;
      }),
    );
    const boards = pages.slice(0, 8);
    const trelloBoards = pages.slice(8, 12);
    const issues = pages.slice(12, 16);
    const cards = pages.slice(16, 19);
    const thread = pages[19]!;

    // While they load: SPA navigations on the boards, and a new card batch on each.
    await Promise.all(
      boards.map(async (board, i) => {
        await board.evaluate((n) => history.pushState({}, '', `${location.pathname}?view=spa${n}`), i);
        await addJiraCard(board, `ACME-9${i}0`);
      }),
    );

    for (const board of boards) {
      const keys = await everyCardBadged(board);
      expect(keys.length).toBeGreaterThanOrEqual(11);
    }
    for (const board of trelloBoards) expect(await (await badgeOn(board, 'Qw3rTy12')).count()).toBe(1);
    for (const issue of issues)
      expect(await (await badgeOn(issue, 'ACME-142')).getAttribute('data-verdict')).toBe('out_of_scope');
    for (const card of cards)
      expect(await (await badgeOn(card, 'Qw3rTy12')).getAttribute('data-verdict')).toBe('out_of_scope');
    expect(await (await badgeOn(thread, GMAIL_THREAD_ID)).getAttribute('data-verdict')).toBe('out_of_scope');

    // No verdict lost: the three sources judged at the same moment are all remembered.
    const sources = ['ACME-142', 'Qw3rTy12', GMAIL_THREAD_ID];
    const before = await storedVerdicts(sources);
    for (const id of sources) expect(before[`verdict:${id}`]?.verdict, id).toBe('out_of_scope');
    const issueTab = await tabIdOf(session, issues[0]!);

    // Chrome stops the service worker (as it does after 30 s idle).
    const control = await session.openPage('options.html');
    const worker = await stopServiceWorker(session, control);

    // A tab's page state is served by the restarted worker (the message wakes it).
    const state = await control.evaluate(async (tabId) => {
      const api = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
        .chrome;
      return api.runtime.sendMessage({ type: 'panel:state', payload: { tabId } }) as Promise<{
        ok: boolean;
        data?: { page: { type: string } | null; sourceId: string | null; badge: { verdict: string } | null };
      }>;
    }, issueTab);
    expect(state.ok).toBe(true);
    expect(worker.status()).toBe('running'); // a new worker answered
    expect(state.data?.sourceId).toBe('ACME-142');
    expect(state.data?.page?.type).toBe('ticket');
    expect(state.data?.badge?.verdict).toBe('out_of_scope');

    // A board opened after the restart gets the remembered full verdict of the ticket, not a
    // provisional one from its title.
    const fresh = await session.context.newPage();
    await fresh.goto(`${JIRA_BOARD_URL}#after-restart`);
    await everyCardBadged(fresh);
    const card = await badgeOn(fresh, 'ACME-142');
    await card.locator('[role=button]').focus();
    const tip = await card.locator('[role=tooltip]').textContent();
    expect(tip).not.toContain('judged from the card title');
    const after = await storedVerdicts(sources);
    for (const id of sources) expect(after[`verdict:${id}`]?.verdict, id).toBe('out_of_scope');

    expect(errors).toEqual([]);
    await Promise.all([...pages, fresh, control].map((p) => p.close()));
  }, 90_000);
});
