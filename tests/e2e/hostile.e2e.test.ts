// Hostile page content through the loop in real Chromium: a Gmail thread whose subject, sender name,
// date and ask carry markup and script payloads (as text, the way Gmail shows them). The badge, the
// side panel and the drafted and saved change order show them as text only: no
// payload element is ever created, nothing runs, and the host page keeps working.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, tabIdOf, type ExtensionSession } from '../../scripts/chromium/harness';
import { openGmailThread, seedSampleData } from '../../scripts/chromium/seedExtension';

const PAYLOAD = '<img src=x id=pwn onerror="window.__pwned=1"><script id=pwn>window.__pwned=2</script>';
const text = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hostileThread(): string {
  const html = readFileSync(path.join(ROOT, 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html'), 'utf8');
  return html
    .replaceAll('Spring catalogue pages + one more thing', `Spring pages ${text(PAYLOAD)}`)
    .replace(
      'Could you also write the product descriptions',
      `Could you also write the ${text(PAYLOAD)} product descriptions`,
    )
    .replace('name="Dana Whitfield"', `name="Dana ${text(PAYLOAD)}"`)
    .replace('title="Wed, 25 Nov 2026, 10:41"', `title="${text(PAYLOAD)}"`);
}

/** Payload elements anywhere in the page, shadow roots included, and whether one ran. */
async function payloadTrace(page: Page): Promise<{ elements: number; ran: unknown }> {
  return page.evaluate(() => {
    const count = (root: Document | ShadowRoot): number =>
      root.querySelectorAll('#pwn').length +
      Array.from(root.querySelectorAll('*')).reduce((n, el) => n + (el.shadowRoot ? count(el.shadowRoot) : 0), 0);
    return { elements: count(document), ran: (window as { __pwned?: unknown }).__pwned ?? null };
  });
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await seedSampleData(session);
});
afterAll(async () => {
  await session?.close();
});

describe('hostile content through the whole loop', () => {
  it('badge, side panel and change order show payloads as text; nothing runs', async () => {
    const gmail = await session.context.newPage();
    const errors: string[] = [];
    gmail.on('pageerror', (e) => errors.push(e.message));
    const body = hostileThread();
    await openGmailThread(gmail, body);
    const tabId = await tabIdOf(session, gmail);

    const panel = await session.openPage(`sidepanel.html?tab=${tabId}`);
    // The ask that carries the payload (the thread's lead-in line may be listed as an ask before it).
    const ask = panel
      .locator('[data-testid="ask"][data-verdict="out_of_scope"]')
      .filter({ hasText: 'product descriptions' })
      .first();
    await ask.waitFor({ timeout: 20_000 });
    // The engine's text cleaning drops tag-like text from asks; what is left is plain text.
    expect(await ask.locator('blockquote').textContent()).toContain('window.__pwned=2 product descriptions');

    await panel.getByTestId('action-change-order').click();
    const title = panel.getByTestId('co-title');
    await expect.poll(() => title.inputValue(), { timeout: 10_000 }).not.toBe('');
    await panel.getByTestId('co-line-hours').first().fill('2');
    await panel.getByTestId('co-save').click();
    await panel.getByTestId('co-row').first().waitFor({ timeout: 10_000 });

    for (const page of [gmail, panel]) expect(await payloadTrace(page)).toEqual({ elements: 0, ran: null });
    // The host page is intact: its own subject heading is still there and the page threw nothing.
    expect(await gmail.locator('h2.hP').textContent()).toContain('Spring pages <img');
    expect(errors).toEqual([]);
  });
});
