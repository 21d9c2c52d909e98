// A self-hosted Jira (Data Center / Server) registered in Settings, in real Chromium: badges on the
// real classic issue view and on the classic board, and a page whose selector broke shows up in the
// options Sites section with the selector's name and a structure report holding none of its text.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  launchWithExtension,
  ROOT,
  serveFixtures,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import { seedSampleData } from '../../scripts/chromium/seedExtension';

const ORIGIN = 'https://jira.brightlane.internal';
const CAPTURE = `${ORIGIN}/browse/TT-1`;
const ISSUE = `${ORIGIN}/browse/ACME-142`;
const BOARD = `${ORIGIN}/secure/RapidBoard.jspa?rapidView=12&projectKey=ACME`;
const BROKEN = `${ORIGIN}/browse/ACME-150`;
const SERVER_ISSUE = 'tests/fixtures/jira/server-issue.2026-12-02.html';

let session: ExtensionSession;
let extensionDir: string;

/**
 * The built extension with this origin's access already granted: a headless browser cannot click
 * the permission prompt, so the grant is put in the manifest. Everything after it (the Settings form,
 * the registration of the content script, the reads) runs as shipped.
 */
function extensionWithGrant(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-selfhosted-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const file = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { permissions?: string[]; host_permissions?: string[] };
  manifest.permissions = [...(manifest.permissions ?? []), 'scripting'];
  manifest.host_permissions = [...(manifest.host_permissions ?? []), `${ORIGIN}/*`];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  extensionDir = extensionWithGrant();
  session = await launchWithExtension({ extensionDir });
  await serveFixtures(session.context, {
    [ISSUE]: SERVER_ISSUE,
    [BOARD]: 'tests/fixtures/jira/server-board.2026-12-02.html',
  });
  // The same classic page with its summary selector gone, as after a Jira upgrade that renamed it.
  const broken = readFileSync(path.join(ROOT, SERVER_ISSUE), 'utf8')
    .replace('id="summary-val"', 'id="summary-renamed"')
    .replaceAll('ACME-142', 'ACME-150');
  await session.context.route(BROKEN, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: broken }),
  );
  // The real capture, read from ../shared where it is kept; its inline scripts are left out (the Jira
  // libraries they call are not served here, so they would only throw).
  const capture = readFileSync(
    path.join(ROOT, '../shared/reference/real-pages/jira/issue-classic-TT-1.2015-09.html'),
    'utf8',
  );
  await session.context.route(CAPTURE, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: capture.replace(/<script\b[\s\S]*?<\/script>/gi, ''),
    }),
  );
  await seedSampleData(session);
  const options = await session.openPage('options.html');
  await options.getByTestId('tab-settings').click();
  await options.getByTestId('self-hosted-origin').fill(ORIGIN);
  await options.getByTestId('self-hosted-site').selectOption('jira');
  await options.getByTestId('self-hosted-add').click();
  await options.getByTestId('self-hosted-entry').filter({ hasText: 'jira.brightlane.internal' }).waitFor();
  await options.close();
}, 90_000);

afterAll(async () => {
  await session?.close();
  if (extensionDir) rmSync(extensionDir, { recursive: true, force: true });
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The content script is registered a moment after the setting is saved: reload until it runs.
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.goto(url);
    const badge = page.locator('scopekeeper-badge').first();
    if (
      await badge.waitFor({ state: 'attached', timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      break;
  }
  return { page, errors };
}

describe('self-hosted Jira Data Center / Server', () => {
  it('badges the real classic issue view in its issue actions bar', async () => {
    const { page, errors } = await open(CAPTURE);
    const badge = page.locator('scopekeeper-badge[data-source="TT-1"]');
    await badge.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await badge.count()).toBe(1);
    expect(await badge.evaluate((b) => !!b.closest('.command-bar .toolbar-split-left'))).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('judges a classic issue of a linked project, then badges its card on the classic board', async () => {
    const { page: issue } = await open(ISSUE);
    const badge = issue.locator('scopekeeper-badge[data-source="ACME-142"]');
    await badge.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await badge.getAttribute('data-verdict')).toBe('out_of_scope');
    await issue.close();
    const { page: board, errors } = await open(BOARD);
    const card = board.locator('.ghx-issue[data-issue-key="ACME-142"] scopekeeper-badge');
    await card.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await card.getAttribute('data-verdict')).toBe('out_of_scope');
    await board.locator('.ghx-issue[data-issue-key="ACME-117"] scopekeeper-badge').waitFor({ state: 'attached' });
    expect(await board.locator('scopekeeper-badge').count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
    await board.close();
  });

  it('shows a broken selector in the options Sites section, with a structure report free of page text', async () => {
    const page = await session.context.newPage();
    await page.goto(BROKEN);
    await page.waitForTimeout(6_000); // the runtime waits 4 s for late rendering before reporting
    await page.close();
    const options = await session.context.newPage();
    await options.addInitScript(() => {
      const w = window as unknown as { copied?: string };
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: async (t: string) => void (w.copied = t) },
      });
    });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByTestId('tab-sites').click();
    const row = options.locator('[data-testid="site-health"][data-site="jira"]');
    await expect.poll(() => row.getAttribute('data-failing')).toBe('true');
    expect(await row.getByTestId('site-missing').allTextContents()).toContain('jira.summary');
    await row.getByTestId('copy-structure').click();
    await row.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const report = await options.evaluate(() => (window as unknown as { copied?: string }).copied ?? '');
    expect(report).toContain('selectors that missed: jira.summary');
    expect(report).toContain('#description-val');
    for (const text of ['Store locator', 'stockists', 'Dana Whitfield', 'Marco Ruiz', 'opening hours', 'ACME-150']) {
      expect(report).not.toContain(text);
    }
    await options.close();
  });
});
