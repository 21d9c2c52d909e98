// The account manager's workspace in real Chromium: set up a client and project from SOW text,
// open a Gmail thread, judge and correct its asks in the side panel, log feedback, quick-log from
// the popup, export a backup and re-import it into a fresh profile. axe-core checks each surface.
// First-screen times with 10,000 records are a benchmark (lib/cli/bench-ui.ts, `npm run bench`), not a test.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM';
const SOW = readFileSync(path.join(ROOT, 'scripts/sample-sow.md'), 'utf8');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe violations in light and dark mode, as "scheme rule: target" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // evaluate is not subject to the extension page's CSP, unlike a script tag
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async () => {
      type Axe = { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      return (await (globalThis as unknown as { axe: Axe }).axe.run()).violations;
    });
    for (const v of violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      problems.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }
  }
  await page.emulateMedia({ colorScheme: null });
  return problems;
}

let session: ExtensionSession;
let backupPath = '';
let correctedId = '';
const noteFromPanel = 'Dana wants product descriptions written for 40 SKUs';
const noteFromPopup = 'Approved the spring catalogue layout';

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, { [GMAIL_URL]: 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html' });
});
afterAll(async () => {
  await session?.close();
});

describe('workspace flow', () => {
  let options: Page;
  let gmailTab = -1;

  it('options: creates a client and project from pasted SOW text', async () => {
    options = await session.openPage('options.html');
    await options.getByTestId('project-new').click();
    await options.getByTestId('project-client').fill('Acme Outdoor Co.');
    await options.getByTestId('project-domains').fill('acmeoutdoor.com');
    await options.getByTestId('project-name').fill('Acme website rebuild');
    await options.getByTestId('project-sow').fill(SOW);
    await options.getByTestId('sow-parse').click();
    // The SOW reader is loaded on demand (not with the page): the parsed scope appears when it has run.
    await options.getByTestId('sow-deliverable').first().waitFor({ timeout: 10_000 });
    expect(await options.getByTestId('sow-deliverable').count()).toBeGreaterThanOrEqual(6);
    expect(await options.getByTestId('sow-exclusion').count()).toBeGreaterThanOrEqual(4);
    await options.getByTestId('project-links').fill('jira:ACME, github:acme/shop');
    expect(await axeProblems(options)).toEqual([]);
    await options.getByTestId('project-save').click();
    await expectText(options.getByTestId('project-row').first(), 'Acme website rebuild');
    expect(await axeProblems(options)).toEqual([]);
  });

  it('side panel: shows the thread’s asks with verdicts, and a correction sticks', async () => {
    const gmail = await session.context.newPage();
    await gmail.goto(GMAIL_URL);
    await gmail.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    gmailTab = await tabIdOf(session, gmail);
    const panel = await session.openPage(`sidepanel.html?tab=${gmailTab}`);
    await expectText(panel.getByTestId('panel-project'), 'Acme website rebuild');
    const asks = panel.getByTestId('ask');
    await asks.first().waitFor();
    const verdicts = await asks.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
    expect(verdicts).toContain('out_of_scope');
    const out = panel.locator('[data-testid="ask"][data-verdict="out_of_scope"]').first();
    const id = await out.getAttribute('data-request-id');
    correctedId = id ?? '';
    await out.getByTestId('ask-correct').selectOption('in_scope');
    const corrected = panel.locator(`[data-testid="ask"][data-request-id="${id}"]`);
    await expectAttr(corrected, 'data-verdict', 'in_scope');
    await panel.reload(); // stored by the background, not just shown
    await expectAttr(panel.locator(`[data-testid="ask"][data-request-id="${id}"]`), 'data-verdict', 'in_scope');
    expect(await axeProblems(panel)).toEqual([]);

    await panel.getByTestId('action-feedback').click();
    await panel.getByTestId('feedback-kind').selectOption('revision_request');
    await panel.getByTestId('feedback-sentiment').selectOption('neutral');
    await panel.getByTestId('feedback-note').fill(noteFromPanel);
    expect(await axeProblems(panel)).toEqual([]);
    await panel.getByTestId('feedback-save').click();
    await expectText(panel.getByTestId('feedback-entry').first(), noteFromPanel);
  });

  it('popup: quick-logs feedback with the tab’s client as default; Enter saves', async () => {
    const popup = await session.openPage(`popup.html?tab=${gmailTab}`);
    const client = popup.getByTestId('quicklog-client');
    await expect
      .poll(() => client.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent))
      .toBe('Acme Outdoor Co.');
    await popup.getByTestId('quicklog-kind').selectOption('approval');
    await popup.getByTestId('quicklog-sentiment').selectOption('positive');
    await popup.getByTestId('quicklog-note').fill(noteFromPopup);
    await popup.getByTestId('quicklog-note').press('Enter');
    await expectText(popup.getByTestId('quicklog-recent'), noteFromPopup);
    expect(await axeProblems(popup)).toEqual([]);
  });

  it('options: exports a backup', async () => {
    await options.getByTestId('tab-data').click();
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('backup-export').click(),
    ]);
    backupPath = path.join(ROOT, 'test-output', 'workspace-backup.json');
    await download.saveAs(backupPath);
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as { stores: Record<string, unknown[]> };
    expect(backup.stores.projects).toHaveLength(1);
    expect(backup.stores.feedback).toHaveLength(2);
    expect(await axeProblems(options)).toEqual([]);
  });
});

describe('re-import into a fresh profile', () => {
  it('finds the client, project, correction and feedback again', async () => {
    const fresh = await launchWithExtension();
    try {
      const options = await fresh.openPage('options.html');
      await options.getByTestId('tab-data').click();
      await options.getByTestId('backup-import').setInputFiles(backupPath);
      await expectText(options.getByTestId('data-status'), 'Imported');
      await options.getByTestId('tab-projects').click();
      await expectText(options.getByTestId('project-row').first(), 'Acme website rebuild');
      await options.getByTestId('tab-clients').click();
      await expectText(options.getByTestId('client-row').first(), 'acmeoutdoor.com');
      const popup = await fresh.openPage('popup.html');
      await expectText(popup.getByTestId('quicklog-recent'), noteFromPopup);
      await expectText(popup.getByTestId('quicklog-recent'), noteFromPanel);
      // The AM's correction survived: the re-read thread still shows it.
      await serveFixtures(fresh.context, { [GMAIL_URL]: 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html' });
      const gmail = await fresh.context.newPage();
      await gmail.goto(GMAIL_URL);
      await gmail.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
      const panel = await fresh.openPage(`sidepanel.html?tab=${await tabIdOf(fresh, gmail)}`);
      await expectAttr(
        panel.locator(`[data-testid="ask"][data-request-id="${correctedId}"]`),
        'data-verdict',
        'in_scope',
      );
      await expectText(panel.getByTestId('project-view'), noteFromPanel);
      // A broken file changes nothing and says exactly why.
      await options.getByTestId('tab-data').click();
      await options
        .getByTestId('backup-import')
        .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"nope"}') });
      await expectText(options.getByTestId('data-status'), 'Nothing was imported: not a Scopekeeper backup');
    } finally {
      await fresh.close();
    }
  });
});

async function expectText(locator: ReturnType<Page['getByTestId']>, text: string): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent({ timeout: 10_000 })) ?? '', { timeout: 10_000 })
    .toContain(text);
}

async function expectAttr(locator: ReturnType<Page['getByTestId']>, name: string, value: string): Promise<void> {
  await expect.poll(() => locator.getAttribute(name, { timeout: 10_000 }), { timeout: 10_000 }).toBe(value);
}
