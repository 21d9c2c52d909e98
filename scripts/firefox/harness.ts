// Real Firefox for the e2e tests: Debian's firefox-esr driven by puppeteer-core over WebDriver
// BiDi, with the built Firefox add-on (.output/firefox-mv2) installed as a temporary add-on.
// No browser download: FIREFOX_PATH or /usr/bin/firefox-esr (apt-get install firefox-esr).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page, TimeoutError } from 'puppeteer-core';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
export const ADDON_ID = 'scopekeeper@scopekeeper.app';
/** Pinned through a pref, so extension pages have a known moz-extension:// origin. */
export const ADDON_UUID = '3b1e2f7a-5c1d-4e8a-9b2f-1a2b3c4d5e6f';

export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`FIREFOX_PATH is set to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const p of ['/usr/bin/firefox-esr', '/usr/bin/firefox']) if (existsSync(p)) return p;
  throw new Error('No Firefox found: install it with `sudo apt-get install firefox-esr` or set FIREFOX_PATH.');
}

export interface FirefoxSession {
  browser: Browser;
  /** An extension page, e.g. "popup.html", waited for until its React root has rendered. */
  openExtensionPage(file: string): Promise<Page>;
  close(): Promise<void>;
}

export async function launchFirefoxWithAddon(): Promise<FirefoxSession> {
  if (!existsSync(path.join(FIREFOX_BUILD, 'manifest.json'))) {
    throw new Error('No Firefox build: run `npm run build:firefox` first.');
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    defaultViewport: null, // setViewport is not supported for Firefox here
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }) },
    // Lets BiDi reach moz-extension:// pages (privileged documents).
    args: ['--remote-allow-system-access'],
  });
  const installed = await browser.installExtension(FIREFOX_BUILD);
  if (installed !== ADDON_ID) throw new Error(`Installed ${installed}, expected ${ADDON_ID}.`);
  return {
    browser,
    async openExtensionPage(file) {
      // A tab whose poll lost the page (below) is dropped for a new one; a page that never renders
      // still times out in each.
      for (let attempt = 1; ; attempt++) {
        const page = await browser.newPage();
        // moz-extension pages never report 'load' to BiDi: navigate without waiting, then wait for content.
        page.goto(`moz-extension://${ADDON_UUID}/${file}`).catch(() => {});
        try {
          await page.waitForSelector('#root > *', { timeout: 30_000 });
          return page;
        } catch (err) {
          // Seen in one run of three or six: a poll landing as about:blank gives way to the page
          // fails with a BiDi protocol error ("right-hand side of 'in' should be an object, got
          // null"), and every later poll in that tab fails the same way until the timeout.
          await page.close().catch(() => {});
          if (err instanceof TimeoutError || attempt === 3) throw err;
        }
      }
    },
    close: () => browser.close(),
  };
}

/** Serve fixture files at real site URLs in `page`; every other request is refused (no network). */
export async function serveFixtures(page: Page, files: Record<string, string>): Promise<void> {
  const byUrl = new Map(Object.entries(files).map(([url, file]) => [stripHash(url), path.join(ROOT, file)]));
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (!/^https?:/.test(req.url())) return void req.continue().catch(() => {});
    const file = byUrl.get(stripHash(req.url()));
    const reply = file
      ? { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') }
      : { status: 404, contentType: 'text/plain', body: 'not served in tests' };
    req.respond(reply).catch(() => {});
  });
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}
