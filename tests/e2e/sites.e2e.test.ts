// Badges in real Chromium: the built extension on fixture pages served at the sites' real URLs.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ROOT,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import {
  GMAIL_THREAD_ID,
  GMAIL_THREAD_URL,
  JIRA_BOARD_URL,
  JIRA_ISSUE_URL,
  seedSampleData,
  SITE_FIXTURES,
  TRELLO_CARD_URL,
} from '../../scripts/chromium/seedExtension';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, SITE_FIXTURES);
  await seedSampleData(session);
});
afterAll(async () => {
  await session?.close();
});

async function badgeOn(page: Page, source: string) {
  const badge = page.locator(`scopekeeper-badge[data-source="${source}"]`);
  await badge.first().waitFor({ state: 'attached', timeout: 15_000 });
  return badge;
}

async function openWatched(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

describe('badges on real site URLs', () => {
  it('marks an out-of-scope Gmail thread in its header, with the reason on focus', async () => {
    const { page, errors } = await openWatched(GMAIL_THREAD_URL);
    const badge = await badgeOn(page, GMAIL_THREAD_ID);
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('data-verdict')).toBe('out_of_scope');
    await badge.locator('[role=button]').focus();
    const tooltip = badge.locator('[role=tooltip]');
    await tooltip.waitFor({ state: 'visible' });
    expect(await tooltip.textContent()).toMatch(/Acme website rebuild.*out of scope/s);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('judges a Jira issue, then badges its card on the board', async () => {
    const { page: issue, errors } = await openWatched(JIRA_ISSUE_URL);
    const badge = await badgeOn(issue, 'ACME-142');
    expect(await badge.getAttribute('data-verdict')).toBe('out_of_scope');
    await issue.close();
    const { page: board } = await openWatched(JIRA_BOARD_URL);
    const card = await badgeOn(board, 'ACME-142');
    expect(await card.count()).toBe(1);
    expect(await card.getAttribute('data-verdict')).toBe('out_of_scope');
    // A card nobody opened gets a provisional verdict from its title, and says so.
    const unopened = await badgeOn(board, 'ACME-117');
    expect(await unopened.getAttribute('data-verdict')).toBe('out_of_scope');
    await unopened.locator('[role=button]').focus();
    await expect.poll(() => unopened.locator('[role=tooltip]').textContent()).toContain('judged from the card title');
    expect(errors).toEqual([]);
    await board.close();
  });

  it('gives every card on a linked Jira board a badge; excluded and new work say Out of scope', async () => {
    const { page: board, errors } = await openWatched(JIRA_BOARD_URL);
    const keyCells = board.locator('[data-testid="platform-card.common.ui.key.key"]');
    await keyCells.first().waitFor();
    const keys = (await keyCells.allTextContents()).map((k) => k.trim());
    expect(keys.length).toBeGreaterThanOrEqual(10);
    for (const key of keys) {
      const badge = await badgeOn(board, key);
      expect(await badge.count(), `one badge on ${key}`).toBe(1);
    }
    const verdictOf = (key: string) =>
      board.locator(`scopekeeper-badge[data-source="${key}"]`).evaluate((el) => ({
        verdict: el.getAttribute('data-verdict'),
        label: el.shadowRoot?.querySelector('[role=button]')?.textContent,
      }));
    // Copywriting, a store locator and a Spanish page are excluded ("Spanish" is a member of the
    // excluded class, other languages), and an Instagram feed is work the SOW never names: each says
    // Out of scope from its title alone. (The weights trained with n23 were 64% sure of the Instagram
    // card, under the 65% an Out of scope badge needs; trained with n24's board cards, 71%.)
    for (const key of ['ACME-117', 'ACME-133', 'ACME-142', 'ACME-145'])
      expect(await verdictOf(key), key).toEqual({ verdict: 'out_of_scope', label: 'Out of scope' });
    expect((await verdictOf('ACME-128')).verdict).toBe('in_scope');
    expect(errors).toEqual([]);
    await board.close();
  });

  it('badges a Trello card linked to the project by its board', async () => {
    const { page, errors } = await openWatched(TRELLO_CARD_URL);
    const badge = await badgeOn(page, 'Qw3rTy12');
    expect(await badge.getAttribute('data-verdict')).toBe('out_of_scope');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('judges a thread too long for one message from its parts, every message kept', async () => {
    // 340 kB pasted into the second message: the content script sends the leading messages as
    // page:part messages (no task of the page serialises the whole thread) and the background joins them.
    const fixture = readFileSync(path.join(ROOT, 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html'), 'utf8');
    const pasted = `<div>${'Pasted log line from the old CMS export. '.repeat(8500)}</div>`;
    const long = fixture.replace('<div class="a3s aiL" dir="ltr">', `<div class="a3s aiL" dir="ltr">${pasted}`);
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('https://mail.google.com/mail/u/1/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: long }),
    );
    await page.goto(GMAIL_THREAD_URL.replace('/u/0/', '/u/1/'));
    const badge = await badgeOn(page, GMAIL_THREAD_ID);
    expect(await badge.getAttribute('data-verdict')).toBe('out_of_scope');
    const tabId = await tabIdOf(session, page);
    const stored = await session.worker.evaluate(async (key) => {
      type Session = { get(k: string): Promise<Record<string, { page: { messages: { body: string | null }[] } }>> };
      const api = (globalThis as unknown as { chrome: { storage: { session: Session } } }).chrome;
      const state = (await api.storage.session.get(key))[key]!;
      return state.page.messages.map((m) => m.body?.length ?? 0);
    }, `tab:${tabId}`);
    expect(stored).toHaveLength(3);
    expect(stored[1]).toBeGreaterThan(300_000);
    expect(errors).toEqual([]);
    await page.close();
  });
});
