// Issue 6 in real Chromium: from the out-of-scope ask in a Gmail thread to a priced, saved and sent
// change order, inserted into the open reply box of a Gmail thread without anything being sent.
import type { Locator, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import { GMAIL_FIXTURES, GMAIL_THREAD_URL, seedSampleData } from '../../scripts/chromium/seedExtension';

// The reply-open fixture's own URL (its fixture-url meta). Without the hash it is the same address
// as the out-of-scope thread, so its tab gets a page-level route, which wins over the context's.
const REPLY_URL = 'https://mail.google.com/mail/u/0/#label/Clients%2FAcme/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkZ';
const REPLY_FIXTURE = path.join(ROOT, 'tests/fixtures/gmail/thread-reply-open.2026-11-28.html');
const REPLY_BOX = 'div[contenteditable="true"][g_editable="true"]';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, GMAIL_FIXTURES);
  await seedSampleData(session);
});
afterAll(async () => {
  await session?.close();
});

async function openGmail(url: string, fixture?: string): Promise<{ page: Page; tabId: number; errors: string[] }> {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  if (fixture) {
    const body = readFileSync(fixture, 'utf8');
    await page.route(/^https:\/\/mail\.google\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
    );
  }
  await page.goto(url);
  await page.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
  return { page, tabId: await tabIdOf(session, page), errors };
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe violations, as "rule: target" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => {
    type Axe = { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
    return (await (globalThis as unknown as { axe: Axe }).axe.run()).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function expectText(locator: Locator, text: string | RegExp): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent({ timeout: 10_000 })) ?? '', { timeout: 10_000 })
    .toMatch(text instanceof RegExp ? text : new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
}

describe('change order from a Gmail ask', () => {
  let panel: Page;
  let askId = '';
  let askText = '';
  let coTitle = '';

  it('drafts a priced change order from the out-of-scope ask and saves it as CO-001', async () => {
    const gmail = await openGmail(GMAIL_THREAD_URL);
    panel = await session.openPage(`sidepanel.html?tab=${gmail.tabId}`);
    const ask = panel.locator('[data-testid="ask"][data-verdict="out_of_scope"]').first();
    await ask.waitFor({ timeout: 15_000 });
    askId = (await ask.getAttribute('data-request-id')) ?? '';
    askText = ((await ask.locator('blockquote').textContent()) ?? '').trim();
    expect(askId).not.toBe('');
    // Before: the ask is money leaking, listed in the project view.
    await expectText(panel.getByTestId('project-view'), askText);
    expect(await panel.getByTestId('open-ask').filter({ hasText: askText }).count()).toBe(1);

    await panel.getByTestId('action-change-order').click();
    const title = panel.getByTestId('co-title');
    await expect.poll(() => title.inputValue(), { timeout: 10_000 }).not.toBe('');
    coTitle = await title.inputValue();
    expect(await panel.getByTestId('co-line-role').first().inputValue()).toBe('Designer');

    // 6 h of the rate card's Designer at USD 150.00.
    await panel.getByTestId('co-line-hours').first().fill('6');
    await expectText(panel.getByTestId('co-total'), /^\$900\.00$/);

    await panel.getByTestId('co-save').click();
    const row = panel.getByTestId('co-row');
    await expectText(row.first(), 'CO-001');
    await expectText(row.first(), coTitle);
    await expectText(row.first(), '$900.00');
    await expectText(panel.getByTestId('co-notice'), 'Saved CO-001');
    expect(await axeProblems(panel)).toEqual([]);
    expect(gmail.errors).toEqual([]);
  });

  it('marks it sent, stamped in its history', async () => {
    await panel.getByTestId('co-status').selectOption('sent');
    await expectText(panel.getByTestId('co-row').first(), 'Sent');
    await expectText(panel.getByTestId('co-notice'), 'CO-001 marked sent');
    await expect.poll(() => panel.locator('.co-history li').count()).toBe(2);
    // The money view counts it as pending on the client.
    await expectText(panel.getByTestId('money-pending'), '$900.00');
  });

  it('the covered ask no longer shows as out of scope without a change order', async () => {
    const open = panel.getByTestId('open-ask').filter({ hasText: askText });
    await expect.poll(() => open.count(), { timeout: 10_000 }).toBe(0);
    await panel.reload(); // stored, not just shown
    await panel.getByTestId('project-view').waitFor();
    await panel.locator(`[data-testid="ask"][data-request-id="${askId}"]`).waitFor();
    expect(await panel.getByTestId('open-ask').filter({ hasText: askText }).count()).toBe(0);
  });

  it('says why nothing was inserted when the thread has no open reply box', async () => {
    await panel.getByTestId('action-change-order').click();
    // Every ask here is covered: the section reopens CO-001 instead of drafting a duplicate. Sent,
    // it opens on step 2, sending.
    await expect.poll(() => panel.getByTestId('co-send-title').textContent(), { timeout: 10_000 }).toBe(coTitle);
    await panel.getByTestId('co-insert-reply').click();
    await expectText(panel.getByTestId('co-notice'), 'Not inserted: Gmail did not open the reply box');
  });

  let replyPanel: Page;

  it('inserts the change order into the open Gmail reply box and sends nothing', async () => {
    const reply = await openGmail(REPLY_URL, REPLY_FIXTURE);
    const posts: string[] = [];
    reply.page.on('request', (r) => r.method() !== 'GET' && posts.push(`${r.method()} ${r.url()}`));
    // Record any click on Send or submit of the compose form, however it would happen.
    await reply.page.evaluate(() => {
      const w = window as unknown as { __sent: string[] };
      w.__sent = [];
      document.querySelector('.T-I-atl')?.addEventListener('click', () => w.__sent.push('send clicked'));
      document.querySelector('form.bAs')?.addEventListener('submit', () => w.__sent.push('form submitted'));
    });
    replyPanel = await session.openPage(`sidepanel.html?tab=${reply.tabId}`);
    await expectText(replyPanel.getByTestId('panel-project'), 'Acme website rebuild');
    await replyPanel.getByTestId('action-change-order').click();
    const row = replyPanel.getByTestId('co-row').filter({ hasText: 'CO-001' });
    await row.getByRole('button').click();
    await expect.poll(() => replyPanel.getByTestId('co-send-title').textContent()).toBe(coTitle);
    await expect.poll(() => replyPanel.getByTestId('co-status').inputValue()).toBe('sent');

    await replyPanel.getByTestId('co-insert-reply').click();
    await expectText(replyPanel.getByTestId('co-notice'), 'Inserted into the open reply. Nothing was sent');

    const box = reply.page.locator(REPLY_BOX);
    const text = (await box.innerText()) ?? '';
    expect(text).toContain('CO-001');
    expect(text).toContain(coTitle);
    expect(text).toContain('$900.00');
    // Above the quoted history, which is kept.
    expect(text.indexOf('CO-001')).toBeLessThan(text.indexOf('Round 1 looks great'));
    // Inserted as text, never markup.
    expect(await box.locator('script, a, img').count()).toBe(0);
    // Nothing was sent: the reply box is still open with its draft, no Send click, no POST.
    expect(await box.count()).toBe(1);
    expect(await reply.page.evaluate(() => (window as unknown as { __sent: string[] }).__sent)).toEqual([]);
    expect(posts).toEqual([]);
    expect(reply.errors).toEqual([]);
  });

  it('records an ask done without a change order in the absorbed-work ledger', async () => {
    // The AM judges the reply thread's ask out of scope after all, then chooses to absorb it.
    const ask = replyPanel.getByTestId('ask').first();
    const id = await ask.getAttribute('data-request-id');
    await ask.getByTestId('ask-correct').selectOption('out_of_scope');
    const corrected = replyPanel.locator(`[data-testid="ask"][data-request-id="${id}"]`);
    await expect.poll(() => corrected.getAttribute('data-verdict'), { timeout: 10_000 }).toBe('out_of_scope');
    // The corrected ask is the verdict bar's: Absorb opens its form there (it survives the store's re-render).
    const bar = replyPanel.getByTestId('verdict-bar');
    await expect.poll(() => bar.getByTestId('verdict-bar-verdict').getAttribute('data-verdict')).toBe('out_of_scope');
    await bar.getByTestId('verdict-absorb').click();
    const value = bar.getByTestId('absorb-value');
    await value.fill('450');
    await bar.getByTestId('absorb-note').fill('goodwill');
    await bar.getByTestId('absorb-save').click();
    await expectText(corrected.getByTestId('ask-absorbed'), '$450.00 absorbed (goodwill)');
    await expectText(replyPanel.getByTestId('money-absorbed'), '$450.00');
    await expectText(replyPanel.getByTestId('absorbed-row').first(), 'goodwill');
  });
});
