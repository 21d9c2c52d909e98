// Which browser the demo, the e2e harness and the DOM bench start: a Chromium that still honours
// --load-extension. Pure: the platform, environment, home directory and file system come in as
// arguments, so tests fake every OS on any machine.
//
// Branded Google Chrome is never looked for: from version 137 it ignores --load-extension, so it
// would start without Scopekeeper. Chromium and Chrome for Testing keep the switch.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { isMain } from '@/lib/cli/main';

export interface BrowserHost {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  home: string;
  exists(file: string): boolean;
  /** Entry names of a directory, [] when it is missing: only the Playwright cache needs it. */
  list(dir: string): string[];
}

export type BrowserLookup = { found: true; path: string; warning?: string } | { found: false; message: string };

export class BrowserNotFoundError extends Error {}

// macOS "Google Chrome.app", Linux google-chrome and /opt/google/chrome, Windows Google\Chrome\Application.
const BRANDED_CHROME = /google[ -]chrome(?! for testing)|google\\chrome\\application|\/opt\/google\/chrome\//i;

/** Every path looked at, in order; a path is taken only if it exists. */
export function candidates(host: BrowserHost): string[] {
  switch (host.platform) {
    case 'linux':
      return [
        '/usr/bin/chromium', // Debian
        '/usr/bin/chromium-browser', // Ubuntu (a snap launcher there), older Fedora
        '/usr/lib64/chromium-browser/chromium-browser', // Fedora
        '/snap/bin/chromium',
        ...playwrightCache(host),
      ];
    case 'darwin':
      return [
        ...[
          'Chromium.app/Contents/MacOS/Chromium',
          'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        ].flatMap((app) => [`/Applications/${app}`, path.posix.join(host.home, 'Applications', app)]),
        ...playwrightCache(host),
      ];
    case 'win32': {
      // Where Chromium's installer and chromedriver put them: per user first, then per machine.
      const roots = [
        localAppData(host),
        host.env.ProgramFiles ?? host.env.PROGRAMFILES ?? 'C:\\Program Files',
        host.env['ProgramFiles(x86)'] ?? host.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      ];
      return [
        ...roots.map((root) => path.win32.join(root, 'Chromium', 'Application', 'chrome.exe')),
        ...roots.map((root) => path.win32.join(root, 'Google', 'Chrome for Testing', 'Application', 'chrome.exe')),
        ...playwrightCache(host),
      ];
    }
    default:
      return [];
  }
}

export function findBrowser(host: BrowserHost): BrowserLookup {
  const explicit = host.env.CHROMIUM_PATH;
  if (explicit) {
    if (host.exists(explicit)) {
      // Honoured as asked, but a branded Chrome would start without the extension: say why up front.
      if (!BRANDED_CHROME.test(explicit)) return { found: true, path: explicit };
      const warning = `CHROMIUM_PATH points at Google Chrome (${explicit}): since version 137 it ignores --load-extension, so Scopekeeper will not load. Use Chromium or Chrome for Testing.`;
      return { found: true, path: explicit, warning };
    }
    return {
      found: false,
      message:
        `CHROMIUM_PATH is set to ${explicit}, but there is no file there.\n` +
        'Point it at a Chromium or Chrome for Testing executable, or unset it to search the usual places.',
    };
  }
  const hit = candidates(host).find((file) => host.exists(file));
  if (hit) return { found: true, path: hit };
  return { found: false, message: notFoundMessage(host) };
}

/** The one command that gets this OS a browser the demo and tests can start. */
export function installCommand(host: BrowserHost): string {
  if (host.platform === 'linux') {
    // Debian packages a real Chromium. Ubuntu's (it also has /etc/debian_version, plus lsb-release)
    // is a snap, confined to non-hidden folders of $HOME; Playwright's build works everywhere.
    if (host.exists('/etc/debian_version') && !host.exists('/etc/lsb-release')) return 'sudo apt-get install chromium';
    if (host.exists('/etc/fedora-release')) return 'sudo dnf install chromium';
  }
  // macOS and Windows: Playwright's Chrome for Testing is signed, needs no admin rights and lands in
  // the cache searched above. (Homebrew's chromium cask is an unsigned snapshot that Gatekeeper may
  // refuse to open.)
  return 'npx playwright install chromium';
}

export function notFoundMessage(host: BrowserHost): string {
  const os = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' }[host.platform as string] ?? host.platform;
  return [
    `No Chromium found on this ${os} machine. Install one with:`,
    '',
    `  ${installCommand(host)}`,
    '',
    'or set CHROMIUM_PATH to a Chromium or Chrome for Testing executable.',
    'Google Chrome itself will not do: since version 137 it ignores --load-extension.',
    'Looked in:',
    ...candidates(host).map((file) => `  ${file}`),
    `  ${pathFor(host).join(playwrightCacheDir(host), 'chromium-*')} (Playwright's browser cache)`,
  ].join('\n');
}

/** The real machine. */
export function currentHost(): BrowserHost {
  return {
    platform: process.platform,
    env: process.env,
    home: homedir(),
    exists: existsSync,
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
  };
}

/** The browser to start, or a BrowserNotFoundError whose message says how to get one. */
export function findChromium(host: BrowserHost = currentHost()): string {
  const lookup = findBrowser(host);
  if (!lookup.found) throw new BrowserNotFoundError(lookup.message);
  if (lookup.warning) console.warn(lookup.warning);
  return lookup.path;
}

/** Playwright's browser cache, newest revision first; the folder names changed when it moved to Chrome for Testing. */
function playwrightCache(host: BrowserHost): string[] {
  const p = pathFor(host);
  const dir = playwrightCacheDir(host);
  const executables: Partial<Record<NodeJS.Platform, string[]>> = {
    linux: ['chrome-linux64/chrome', 'chrome-linux-arm64/chrome', 'chrome-linux/chrome'],
    darwin: [
      'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    ],
    win32: ['chrome-win64/chrome.exe', 'chrome-win/chrome.exe'],
  };
  const revisions = host
    .list(dir)
    .filter((name) => /^chromium-\d+$/.test(name)) // not chromium_headless_shell-*: it cannot load extensions
    .sort((a, b) => revision(b) - revision(a));
  return revisions.flatMap((rev) => (executables[host.platform] ?? []).map((exe) => p.join(dir, rev, exe)));
}

/** Where `npx playwright install` puts browsers (it honours PLAYWRIGHT_BROWSERS_PATH and XDG_CACHE_HOME too). */
function playwrightCacheDir(host: BrowserHost): string {
  const p = pathFor(host);
  const custom = host.env.PLAYWRIGHT_BROWSERS_PATH;
  if (custom && custom !== '0') return custom;
  if (host.platform === 'darwin') return p.join(host.home, 'Library', 'Caches', 'ms-playwright');
  if (host.platform === 'win32') return p.join(localAppData(host), 'ms-playwright');
  return p.join(host.env.XDG_CACHE_HOME || p.join(host.home, '.cache'), 'ms-playwright');
}

function pathFor(host: BrowserHost): path.PlatformPath {
  return host.platform === 'win32' ? path.win32 : path.posix;
}

function revision(folder: string): number {
  return Number(folder.slice('chromium-'.length));
}

function localAppData(host: BrowserHost): string {
  return host.env.LOCALAPPDATA ?? path.win32.join(host.home, 'AppData', 'Local');
}

// `npx tsx scripts/find-browser.ts`: print the browser that would be used, or how to get one.
if (isMain(import.meta.url)) {
  const lookup = findBrowser(currentHost());
  if (lookup.found) {
    if (lookup.warning) console.warn(lookup.warning);
    console.log(lookup.path);
  } else {
    console.error(lookup.message);
    process.exitCode = 1;
  }
}
