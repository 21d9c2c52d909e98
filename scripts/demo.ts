// `npm run demo`: the built extension in real Chromium, on demo pages served at the real Gmail and
// Jira URLs, with sample clients and projects. With a display it stays open for you; without one
// it runs headless, saves screenshots and prints their paths. Either way it refreshes the store
// listing images in store/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, tabIdOf, ROOT } from './chromium/harness';
import {
  GMAIL_THREAD_URL,
  JIRA_BOARD_URL,
  JIRA_ISSUE_URL,
  seedSampleData,
  SITE_FIXTURES,
} from './chromium/seedExtension';
import { BrowserNotFoundError, findChromium } from './find-browser';
import { takeStoreImages } from './store-images';

const OUT = path.join(ROOT, 'demo-output');

async function main(): Promise<void> {
  const executablePath = findChromium();
  // Windows and macOS always have a display; elsewhere it takes an X or Wayland one.
  const display =
    ['darwin', 'win32'].includes(process.platform) || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
  const headed = display && process.env.CI !== 'true';
  console.log(`Starting ${executablePath} ${headed ? 'with a window' : 'headless (no display found)'}…`);
  const session = await launchWithExtension({ headless: !headed, executablePath });
  const shots: string[] = [];
  const shoot = async (page: Page, name: string) => {
    const file = path.join(OUT, `${name}.png`);
    await page.screenshot({ path: file });
    shots.push(file);
  };
  try {
    mkdirSync(OUT, { recursive: true });
    // A fresh install opens the welcome tab (agency domain asked, from the Gmail account).
    const welcome = await waitForPage(session, '/welcome.html');
    if (welcome) {
      await welcome.setViewportSize({ width: 900, height: 900 });
      await welcome.getByRole('heading', { level: 1 }).waitFor();
    }
    await serveFixtures(session.context, SITE_FIXTURES);
    await seedSampleData(session);
    console.log('Seeded sample clients and projects (Acme Outdoor Co., Globex Foods).');

    const jira = await session.context.newPage();
    await jira.goto(JIRA_ISSUE_URL);
    await jira.locator('scopekeeper-badge').first().waitFor({ timeout: 15_000 });
    await shoot(jira, '1-jira-issue');
    await jira.goto(JIRA_BOARD_URL);
    await jira.locator('scopekeeper-badge').first().waitFor({ timeout: 15_000 });
    await shoot(jira, '2-jira-board');

    const gmail = await session.context.newPage();
    await gmail.goto(GMAIL_THREAD_URL);
    const badge = gmail.locator('scopekeeper-badge').first();
    await badge.waitFor({ timeout: 15_000 });
    await badge.locator('[role=button]').focus();
    await shoot(gmail, '3-gmail-thread');
    if (welcome) {
      await welcome.getByTestId('welcome-account').waitFor({ timeout: 15_000 });
      await shoot(welcome, '0-welcome');
    }

    const gmailTab = await tabIdOf(session, gmail);
    const panel = await session.openPage(`sidepanel.html?tab=${gmailTab}`);
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.getByTestId('ask').first().waitFor({ timeout: 15_000 });
    await shoot(panel, '4-side-panel');

    // The verdict bar's primary action: step 1 prices the change order, step 2 sends it.
    await panel.getByTestId('action-change-order').click();
    await panel.getByTestId('co-title').waitFor({ timeout: 15_000 });
    await shoot(panel, '5-change-order');
    await panel.getByTestId('co-next').click();
    await panel.getByTestId('co-email-preview').waitFor();
    await shoot(panel, '5b-change-order-send');
    await panel.getByTestId('co-step-price').click();

    const popup = await session.openPage(`popup.html?tab=${gmailTab}`);
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.getByTestId('quicklog-note').waitFor();
    await shoot(popup, '6-popup');

    const options = await session.openPage('options.html');
    await options.getByTestId('project-row').first().waitFor();
    await shoot(options, '7-options');
    await options.getByTestId('tab-overview').click();
    await options.getByTestId('overview-project').first().waitFor();
    await shoot(options, '8-overview');
    await options.getByTestId('tab-home').click();
    await options.getByTestId('home-row').first().waitFor();
    await shoot(options, '9-home');
    // The SOW review: each parsed item beside the sentence it came from, one item's source shown.
    await options.getByTestId('tab-projects').click();
    await options
      .getByTestId('project-row')
      .first()
      .getByRole('button', { name: /^Edit project/ })
      .click();
    const exclusion = options.getByTestId('sow-exclusion').first();
    await exclusion.getByRole('button', { name: /^Edit exclusion/ }).focus();
    await options.locator('section.sk-review').evaluate((el) => el.scrollIntoView());
    await shoot(options, '10-sow-review');

    const store = await takeStoreImages(session, { gmailTab, jiraBoard: JIRA_BOARD_URL });

    console.log('\nScreenshots:');
    for (const s of shots) console.log(`  ${s}`);
    console.log('\nStore listing images (commit them when they change):');
    for (const s of store) console.log(`  ${path.relative(ROOT, s)}`);
    if (headed) {
      await gmail.bringToFront();
      console.log('\nChromium stays open with the demo: close the window to finish.');
      await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
    }
  } finally {
    await session.close().catch(() => {});
  }
}

/** The extension page that opened on its own (the welcome tab), if it shows up. */
async function waitForPage(session: Awaited<ReturnType<typeof launchWithExtension>>, suffix: string) {
  for (let i = 0; i < 50; i++) {
    const page = session.context.pages().find((p) => p.url().endsWith(suffix));
    if (page) return page;
    await new Promise((r) => setTimeout(r, 100));
  }
  return null;
}

main().catch((err) => {
  if (err instanceof BrowserNotFoundError) console.error(err.message);
  else console.error(`Demo failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
