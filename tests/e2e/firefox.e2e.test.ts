// The Firefox build in real Firefox (Debian firefox-esr over WebDriver BiDi): the add-on installs,
// the popup and the sidebar render, and a Jira page served at its real URL gets a badge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithAddon, serveFixtures, type FirefoxSession } from '../../scripts/firefox/harness';

const JIRA_ISSUE = 'https://brightlane.atlassian.net/browse/ACME-142';

let session: FirefoxSession;
beforeAll(async () => {
  session = await launchFirefoxWithAddon();
}, 120_000);
afterAll(async () => {
  await session?.close();
});

describe('the Firefox build in Firefox', () => {
  for (const file of ['popup.html', 'sidepanel.html']) {
    it(`renders ${file} without errors`, async () => {
      const page = await session.openExtensionPage(file);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const text = await page.$eval('#root', (el) => el.textContent ?? '');
      expect(text.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('badges a Jira issue served at its real URL', async () => {
    const page = await session.browser.newPage();
    await serveFixtures(page, { [JIRA_ISSUE]: 'tests/fixtures/jira/issue.2026-11-28.html' });
    await page.goto(JIRA_ISSUE, { waitUntil: 'domcontentloaded' });
    const badge = await page.waitForSelector('scopekeeper-badge[data-source="ACME-142"]', { timeout: 30_000 });
    expect(await badge!.evaluate((el) => el.getAttribute('data-verdict'))).toBeTruthy();
    await page.close();
  });
});
