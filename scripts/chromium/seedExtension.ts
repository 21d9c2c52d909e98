// Seed the extension's IndexedDB the way a user would: import a backup file on the options page.
// Also the one list of real site URLs and the fixture page served at each (serveFixtures), for the
// real-Chromium tests, benches and demo, and the one way to add a card batch to a fixture board.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildSampleBackup } from '../sample-data';
import type { ExtensionSession } from './harness';

/** The import's status line; `ok` from its role (status, not alert), so it works in any UI language. */
export async function importBackup(session: ExtensionSession, file: string): Promise<{ ok: boolean; text: string }> {
  const options = await session.openPage('options.html');
  await options.getByTestId('tab-data').click();
  await options.getByTestId('backup-import').setInputFiles(file);
  const status = options.getByTestId('data-status');
  await status.filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
  const text = (await status.textContent()) ?? '';
  const ok = (await status.getAttribute('role')) === 'status';
  await options.close();
  return { ok, text };
}

export async function importBackupFile(session: ExtensionSession, file: string): Promise<string> {
  return (await importBackup(session, file)).text;
}

export async function seedSampleData(session: ExtensionSession): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-seed-'));
  const file = path.join(dir, 'sample-backup.json');
  writeFileSync(file, JSON.stringify(buildSampleBackup(), null, 2));
  const { ok, text } = await importBackup(session, file);
  if (!ok) throw new Error(`Seeding failed: ${text}`);
}

export const GMAIL_THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM';
export const GMAIL_THREAD_ID = '1931f3be4c51da14';

/**
 * `page` shows `html` as the Gmail thread at GMAIL_THREAD_URL (every other request answered 404),
 * until the extension's badge is on it: for tests that rewrite the dated capture (hostile text, a
 * client writing in another language).
 */
export async function openGmailThread(page: Page, html: string): Promise<void> {
  await page.route(/^https?:\/\//, (route) =>
    route.request().url().startsWith('https://mail.google.com/')
      ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html })
      : route.fulfill({ status: 404, body: '' }),
  );
  await page.goto(GMAIL_THREAD_URL);
  await page.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 20_000 });
}
export const GMAIL_FIXTURES = {
  'https://mail.google.com/mail/u/0/': 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html',
};

export const JIRA_ISSUE_URL = 'https://brightlane.atlassian.net/browse/ACME-142';
export const JIRA_BOARD_URL = 'https://brightlane.atlassian.net/jira/software/projects/ACME/boards/12';
export const TRELLO_BOARD_URL = 'https://trello.com/b/AcMe2026/acme-website';
export const TRELLO_CARD_URL = 'https://trello.com/c/Qw3rTy12/57-homepage-hero-copy';

/** Every fixture page at its real URL (a `#hash` on a URL still gets its page). */
export const SITE_FIXTURES: Record<string, string> = {
  ...GMAIL_FIXTURES,
  [JIRA_ISSUE_URL]: 'tests/fixtures/jira/issue.2026-11-28.html',
  [JIRA_BOARD_URL]: 'tests/fixtures/jira/board.2026-11-28.html',
  [TRELLO_BOARD_URL]: 'tests/fixtures/trello/board.2026-11-28.html',
  [TRELLO_CARD_URL]: 'tests/fixtures/trello/card.2026-11-28.html',
};

/**
 * Twenty tabs of boards, tickets and a thread (issue 13's background under load, in the e2e test
 * and the bench): 8 Jira boards, 4 Trello boards, 4 Jira issues, 3 Trello cards and the Gmail
 * thread, boards first. Each tab its own `#tab<n>`, so no two are the same page.
 */
export const TWENTY_TABS: readonly string[] = [
  ...Array.from({ length: 8 }, (_, i) => `${JIRA_BOARD_URL}#tab${i}`),
  ...Array.from({ length: 4 }, (_, i) => `${TRELLO_BOARD_URL}#tab${i}`),
  ...Array.from({ length: 4 }, (_, i) => `${JIRA_ISSUE_URL}#tab${i}`),
  ...Array.from({ length: 3 }, (_, i) => `${TRELLO_CARD_URL}#tab${i}`),
  GMAIL_THREAD_URL,
];

/** A card's key on the Jira board fixture. */
export const JIRA_CARD_KEY = '[data-testid="platform-card.common.ui.key.key"]';

/**
 * A new card batch, as a board loads more cards: a copy of the board's first card under `key`.
 * (No named functions inside: the page runs it as written, without the Node runner's helpers.)
 */
export async function addJiraCard(board: Page, key: string): Promise<void> {
  await board.evaluate(
    ({ cell, key }) => {
      const first = document.querySelector(cell)!;
      const card = first.closest('[data-testid="platform-board-kit.ui.card-container"]') ?? first.parentElement!;
      const old = first.textContent!.trim();
      const copy = card.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('scopekeeper-badge').forEach((b) => b.remove());
      for (const el of [copy, ...Array.from(copy.querySelectorAll('*'))])
        for (const a of Array.from(el.attributes)) a.value = a.value.split(old).join(key);
      const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) t.nodeValue = (t.nodeValue ?? '').split(old).join(key);
      card.parentElement!.append(copy);
    },
    { cell: JIRA_CARD_KEY, key },
  );
}
