// Issue 14 in real Chromium: from the out-of-scope ask to a client-ready reply in three clicks
// (Change order, Next: send, Send to client): the templated email goes into the Gmail reply (opened
// by the extension, as Gmail would), the branded PDF is downloaded beside it, and the client-facing
// text holds no mailbox or extension link.
import { readFileSync } from 'node:fs';
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

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, GMAIL_FIXTURES);
  await seedSampleData(session);
});
afterAll(async () => {
  await session?.close();
});

// Stands in for Gmail's own script: Reply opens an editable reply box a moment later.
const GMAIL_REPLY = `<script>
document.addEventListener('click', (e) => {
  if (!e.target.closest('[aria-label="Reply"]')) return;
  setTimeout(() => {
    const box = document.createElement('div');
    box.setAttribute('contenteditable', 'true');
    box.setAttribute('g_editable', 'true');
    box.setAttribute('role', 'textbox');
    document.body.append(box);
  }, 200);
});
</script>`;

describe('a change order the client can receive', () => {
  it('three clicks from the ask: reply filled from the template, PDF downloaded, no internal links', async () => {
    const fixture = readFileSync(path.join(ROOT, GMAIL_FIXTURES['https://mail.google.com/mail/u/0/']), 'utf8');
    const gmail = await session.context.newPage();
    await gmail.route(/^https:\/\/mail\.google\.com\//, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: fixture.replace('</body>', `${GMAIL_REPLY}</body>`),
      }),
    );
    await gmail.goto(GMAIL_THREAD_URL);
    await gmail.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    const panel = await session.openPage(`sidepanel.html?tab=${await tabIdOf(session, gmail)}`);
    await panel.getByTestId('ask').first().waitFor({ timeout: 15_000 });

    // The done-when of issue 14: at most 6 clicks from the ask to a client-ready reply with the
    // PDF, and no typing beyond the price (the draft's estimate is taken as it is here).
    let clicks = 0;
    const click = async (testId: string) => {
      clicks += 1;
      await panel.getByTestId(testId).click();
    };
    await click('action-change-order'); // the verdict bar's primary action
    await panel.getByTestId('co-title').waitFor({ timeout: 15_000 });
    await click('co-next'); // step 1, price -> step 2, send
    expect(await panel.getByTestId('co-email-preview').textContent()).toMatch(/^Hi Dana,/);
    const download = panel.waitForEvent('download', { timeout: 20_000 });
    await click('co-send');
    const file = await download;
    expect(clicks).toBeLessThanOrEqual(6);
    expect(clicks).toBe(3);
    expect(file.suggestedFilename()).toMatch(/^CO-001-.*\.pdf$/);
    const pdf = readFileSync((await file.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

    await expect
      .poll(() => panel.getByTestId('co-notice').textContent(), { timeout: 15_000 })
      .toContain('CO-001 marked sent. The email is in the reply box');
    const box = gmail.locator('div[contenteditable="true"][g_editable="true"]');
    const text = await box.innerText();
    expect(text).toMatch(/^Hi Dana,/);
    expect(text).toContain('CO-001');
    expect(text).toMatch(/Total: \$[\d,]+\.\d\d/);
    expect(text).not.toMatch(/mail\.google\.com|chrome-extension:|moz-extension:/);
    expect(await panel.getByTestId('co-status').inputValue()).toBe('sent');
  });
});
