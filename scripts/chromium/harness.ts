// Real-Chromium harness: a Chromium found on this machine (scripts/find-browser) + the built
// extension + fixture pages served at real URLs.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '../find-browser';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = process.env.SCOPEKEEPER_EXTENSION_DIR ?? path.join(ROOT, '.output/chrome-mv3');

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
  /** Opens an extension page such as `popup.html` or `sidepanel.html?tab=3`. */
  openPage(file: string): Promise<Page>;
}

/**
 * `executablePath` defaults to the browser findChromium() picks (it throws, saying how to get one, if none).
 * `lang` is the browser's UI language (what browser.i18n and Intl answer): English unless asked, so
 * tests read the same text on every machine. Chromium on Linux takes it from --lang and LANGUAGE.
 */
export async function launchWithExtension(
  opts: { headless?: boolean; executablePath?: string; extensionDir?: string; lang?: string } = {},
): Promise<ExtensionSession> {
  const lang = opts.lang ?? 'en-US';
  const extensionDir = opts.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = opts.executablePath ?? findChromium();
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: opts.headless ?? true,
    viewport: { width: 1280, height: 800 },
    locale: lang,
    env: { ...process.env, LANGUAGE: lang.replace('-', '_') },
    args: [
      `--lang=${lang}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
    async openPage(file) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${file}`);
      return page;
    },
  };
}

/** Serve `files` (URL -> fixture path relative to the repo) for real site URLs; block everything else. */
export async function serveFixtures(context: BrowserContext, files: Record<string, string>): Promise<void> {
  const byUrl = new Map(Object.entries(files).map(([url, file]) => [stripHash(url), path.join(ROOT, file)]));
  await context.route(/^https?:\/\//, async (route) => {
    const url = stripHash(route.request().url());
    const file = byUrl.get(url);
    if (file) {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(file, 'utf8') });
    } else {
      // No network in tests: anything not served from a fixture is refused, which also proves we make no calls.
      await route.fulfill({ status: 404, contentType: 'text/plain', body: 'not served in tests' });
    }
  });
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.toString();
}

/** The tab id of a page, read through the extension's service worker. */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  const url = page.url();
  const id = await session.worker.evaluate(async (u: string) => {
    const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
    const tabs = await api.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`No tab found for ${url}`);
  return id;
}

/**
 * Stops the extension's service worker as Chrome does after 30 s idle, through the DevTools
 * protocol on `page` (any page of the session), and resolves once Chrome reports it stopped.
 * `status()` is the last running status Chrome reported for it since ("running" once a message
 * woke a new worker).
 */
export async function stopServiceWorker(
  session: ExtensionSession,
  page: Page,
): Promise<{ status(): string | undefined }> {
  const cdp = await session.context.newCDPSession(page);
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => versions.push(...e.versions));
  await cdp.send('ServiceWorker.enable');
  const ours = (list = versions) => list.filter((v) => v.scriptURL.includes(session.extensionId));
  const status = () => ours().at(-1)?.runningStatus;
  // Chrome reports each version's history first (new, installing, ... running): wait for the last.
  await until(() => status() === 'running', 10_000, 'Chrome reported no running service worker of the extension');
  const asked = versions.length;
  await cdp.send('ServiceWorker.stopWorker', { versionId: ours().at(-1)!.versionId });
  // Reported stopped since: a page's next message may start a new worker at once.
  const stopped = () => ours(versions.slice(asked)).some((v) => v.runningStatus === 'stopped');
  await until(stopped, 15_000, "the extension's service worker did not stop");
  return { status };
}

/** Polls `check` every `everyMs` until it holds; throws `failure` after `timeoutMs`. */
export async function until(check: () => boolean, timeoutMs: number, failure: string, everyMs = 50): Promise<void> {
  for (const end = Date.now() + timeoutMs; !check(); await new Promise((r) => setTimeout(r, everyMs)))
    if (Date.now() > end) throw new Error(`${failure} within ${timeoutMs / 1000} s`);
}

/** The slice of the chrome.* API the tests call inside the service worker. */
export interface ChromeApi {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  runtime: {
    getManifest(): {
      name: string;
      permissions?: string[];
      host_permissions?: string[];
      icons?: Record<string, string>;
    };
  };
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>> } };
}
