// The store listing images, taken by `npm run demo` in the demo's browser: five 1280x800
// screenshots (the size both stores take) and the 440x280 promo tile rendered from
// store/promo-tile.html. The side panel and popup are real extension pages; they are shot on their
// own and placed beside or over the page, where the browser draws them.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, type ExtensionSession } from './chromium/harness';
import { GMAIL_THREAD_URL } from './chromium/seedExtension';

export const STORE_DIR = path.join(ROOT, 'store');
export const SCREENSHOT = { width: 1280, height: 800 };
export const PROMO_TILE = { width: 440, height: 280 };
const PANEL = { width: 420, header: 40 };
const POPUP = { width: 380, height: 560 };

// The demo pages are bare captures without the sites' own CSS; a plain readable style stands in.
const STAND_IN_CSS = `
  body { font: 15px/1.5 system-ui, sans-serif; color: #202124; margin: 0; padding: 12px 32px; }
  h1, h2, h3 { font-weight: 600; } a { color: #1a73e8; }`;

export async function takeStoreImages(
  session: ExtensionSession,
  demo: { gmailTab: number; jiraBoard: string },
): Promise<string[]> {
  const shots = path.join(STORE_DIR, 'screenshots');
  mkdirSync(shots, { recursive: true });
  const files: string[] = [];
  const save = async (name: string, html: string, size = SCREENSHOT) => {
    const file = path.join(name.startsWith('promo') ? STORE_DIR : shots, `${name}.png`);
    const page = await session.context.newPage();
    await page.setViewportSize(size);
    await page.setContent(html, { waitUntil: 'load' });
    await page.screenshot({ path: file });
    await page.close();
    files.push(file);
  };

  const site = await sitePage(session, GMAIL_THREAD_URL, { width: SCREENSHOT.width - PANEL.width });
  const gmailNarrow = await site.screenshot();
  const panel = await session.openPage(`sidepanel.html?tab=${demo.gmailTab}`);
  await panel.setViewportSize({ width: PANEL.width, height: SCREENSHOT.height - PANEL.header });
  await panel.getByTestId('ask').first().waitFor({ timeout: 15_000 });
  await save('1-gmail-side-panel', besidePanel(gmailNarrow, await panel.screenshot()));

  const board = await sitePage(session, demo.jiraBoard, SCREENSHOT);
  await save('2-jira-board', frame(await board.screenshot()));

  await panel.getByTestId('action-change-order').click();
  await panel.getByTestId('co-title').waitFor({ timeout: 15_000 });
  // The change order opens right under the verdict bar and the header: no scrolling needed.
  await panel.evaluate(() => window.scrollTo(0, 0));
  await save('3-change-order', besidePanel(gmailNarrow, await panel.screenshot()));

  await site.setViewportSize(SCREENSHOT);
  const popup = await session.openPage(`popup.html?tab=${demo.gmailTab}`);
  await popup.setViewportSize(POPUP);
  await popup.getByTestId('quicklog-note').waitFor();
  await popup.getByTestId('quicklog-note').fill('Loved the new catalogue layout; asked for a second hero option.');
  // Down to the form: the recent notes below carry the time the demo ran, which would change the
  // committed image on every run.
  const recent = await popup.locator('#recent-h').boundingBox();
  const clip = { x: 0, y: 0, width: POPUP.width, height: recent ? Math.floor(recent.y) - 4 : POPUP.height };
  await save('4-quick-log', overPopup(await site.screenshot(), await popup.screenshot({ clip })));

  const options = await session.openPage('options.html');
  await options.setViewportSize(SCREENSHOT);
  await options.getByTestId('tab-overview').click();
  await options.getByTestId('overview-project').first().waitFor();
  await save('5-overview', frame(await options.screenshot()));

  const tile = await session.context.newPage();
  await tile.setViewportSize(PROMO_TILE);
  await tile.goto(pathToFileURL(path.join(STORE_DIR, 'promo-tile.html')).href);
  const promo = path.join(STORE_DIR, 'promo-tile-440x280.png');
  await tile.screenshot({ path: promo });
  files.push(promo);

  for (const page of [site, panel, board, popup, options, tile]) await page.close();
  return files;
}

/** A demo page at its real URL with the stand-in style, its badge focused so the "why" shows. */
async function sitePage(session: ExtensionSession, url: string, size: { width: number; height?: number }) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: size.width, height: size.height ?? SCREENSHOT.height });
  await page.goto(url);
  await page.addStyleTag({ content: STAND_IN_CSS });
  const badge = page.locator('scopekeeper-badge').first();
  await badge.waitFor({ timeout: 15_000 });
  await badge.locator('[role=button]').focus();
  return page;
}

const ICON = dataUrl(readFileSync(path.join(ROOT, 'public/icon/32.png')));

function dataUrl(png: Buffer): string {
  return `data:image/png;base64,${png.toString('base64')}`;
}

function frame(body: Buffer | string, extra = ''): string {
  const img = typeof body === 'string' ? body : `<img src="${dataUrl(body)}" alt="">`;
  return `<!doctype html><html><head><style>
    html, body { margin: 0; width: ${SCREENSHOT.width}px; height: ${SCREENSHOT.height}px; overflow: hidden; }
    body { display: flex; font: 13px system-ui, sans-serif; color: #1f1f1f; background: #fff; }
    img { display: block; }
    .panel { width: ${PANEL.width}px; border-left: 1px solid #c7c7c7; box-sizing: border-box; }
    .panel header { height: ${PANEL.header}px; display: flex; align-items: center; gap: 8px; padding: 0 12px;
      border-bottom: 1px solid #e3e3e3; background: #f8fafd; font-weight: 600; box-sizing: border-box; }
    .popup { position: absolute; top: 8px; right: 16px; border-radius: 8px; overflow: hidden;
      box-shadow: 0 4px 24px rgba(0, 0, 0, 0.28); border: 1px solid #c7c7c7; }
  </style></head><body>${img}${extra}</body></html>`;
}

function besidePanel(page: Buffer, panel: Buffer): string {
  return frame(
    page,
    `<div class="panel"><header><img src="${ICON}" width="16" height="16" alt="">Scopekeeper</header>` +
      `<img src="${dataUrl(panel)}" alt=""></div>`,
  );
}

function overPopup(page: Buffer, popup: Buffer): string {
  return frame(page, `<div class="popup"><img src="${dataUrl(popup)}" alt=""></div>`);
}
