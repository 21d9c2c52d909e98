import { describe, expect, it } from 'vitest';
import {
  BrowserNotFoundError,
  findBrowser,
  findChromium,
  installCommand,
  type BrowserHost,
} from '../../scripts/find-browser';

/** A machine whose file system holds exactly `files`. */
function machine(
  platform: NodeJS.Platform,
  files: string[],
  env: Record<string, string | undefined> = {},
  home = { linux: '/home/am', darwin: '/Users/am', win32: 'C:\\Users\\am' }[platform as string] ?? '/home/am',
): BrowserHost {
  const sep = platform === 'win32' ? '\\' : '/';
  const set = new Set(files);
  return {
    platform,
    env,
    home,
    exists: (file) => set.has(file),
    list: (dir) => [
      ...new Set(files.filter((f) => f.startsWith(dir + sep)).map((f) => f.slice(dir.length + 1).split(sep)[0]!)),
    ],
  };
}

const found = (host: BrowserHost) => {
  const r = findBrowser(host);
  return r.found ? r.path : null;
};
const message = (host: BrowserHost) => {
  const r = findBrowser(host);
  if (r.found) throw new Error(`expected nothing found, got ${r.path}`);
  return r.message;
};

/** Every location in the order the issue sets; each must win over all those after it. */
function expectOrder(platform: NodeJS.Platform, order: string[], env: Record<string, string> = {}) {
  for (let i = 0; i < order.length; i++) {
    expect(found(machine(platform, order.slice(i), env)), `with ${order[i]} and later ones present`).toBe(order[i]);
  }
}

describe('browser discovery on Linux', () => {
  const order = [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/lib64/chromium-browser/chromium-browser',
    '/snap/bin/chromium',
    '/home/am/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
    '/home/am/.cache/ms-playwright/chromium-1100/chrome-linux/chrome',
  ];

  it('takes Debian, Ubuntu, Fedora and snap Chromium, then the Playwright cache, in that order', () => {
    expectOrder('linux', order);
  });

  it('takes CHROMIUM_PATH before any of them', () => {
    expect(found(machine('linux', [...order, '/opt/cft/chrome'], { CHROMIUM_PATH: '/opt/cft/chrome' }))).toBe(
      '/opt/cft/chrome',
    );
  });

  it('says so when CHROMIUM_PATH names a missing file, instead of quietly taking another browser', () => {
    const text = message(machine('linux', order, { CHROMIUM_PATH: '/opt/gone/chrome' }));
    expect(text).toContain('CHROMIUM_PATH is set to /opt/gone/chrome, but there is no file there');
  });

  it('picks the newest Playwright revision and skips the headless shell, which cannot load extensions', () => {
    const cache = '/home/am/.cache/ms-playwright';
    const host = machine('linux', [
      `${cache}/chromium-999/chrome-linux/chrome`,
      `${cache}/chromium-1217/chrome-linux64/chrome`,
      `${cache}/chromium_headless_shell-1300/chrome-headless-shell-linux64/chrome-headless-shell`,
    ]);
    expect(found(host)).toBe(`${cache}/chromium-1217/chrome-linux64/chrome`);
  });

  it('follows Playwright to XDG_CACHE_HOME and PLAYWRIGHT_BROWSERS_PATH', () => {
    const xdg = '/data/cache/ms-playwright/chromium-1200/chrome-linux64/chrome';
    expect(found(machine('linux', [xdg], { XDG_CACHE_HOME: '/data/cache' }))).toBe(xdg);
    const custom = '/opt/pw/chromium-1200/chrome-linux-arm64/chrome';
    expect(found(machine('linux', [custom], { PLAYWRIGHT_BROWSERS_PATH: '/opt/pw' }))).toBe(custom);
  });

  it('never picks branded Google Chrome', () => {
    expect(found(machine('linux', ['/usr/bin/google-chrome', '/opt/google/chrome/chrome']))).toBeNull();
  });

  it('warns when CHROMIUM_PATH points at Google Chrome, which ignores --load-extension', () => {
    const r = findBrowser(
      machine('linux', ['/opt/google/chrome/chrome'], { CHROMIUM_PATH: '/opt/google/chrome/chrome' }),
    );
    expect(r).toMatchObject({ found: true, warning: expect.stringContaining('ignores --load-extension') });
  });

  it('prints the install command for the distribution, every place it looked, and why not Chrome', () => {
    const debian = message(machine('linux', ['/etc/debian_version']));
    expect(debian).toContain('No Chromium found on this Linux machine');
    expect(debian).toContain('\n  sudo apt-get install chromium\n');
    for (const place of order.slice(0, 4)) expect(debian).toContain(`  ${place}\n`);
    expect(debian).toContain("/home/am/.cache/ms-playwright/chromium-* (Playwright's browser cache)");
    expect(debian).toContain('ignores --load-extension');
    expect(installCommand(machine('linux', ['/etc/fedora-release']))).toBe('sudo dnf install chromium');
    // Ubuntu's chromium is a snap, confined to non-hidden folders of $HOME.
    expect(installCommand(machine('linux', ['/etc/debian_version', '/etc/lsb-release']))).toBe(
      'npx playwright install chromium',
    );
    expect(installCommand(machine('linux', []))).toBe('npx playwright install chromium');
  });
});

describe('browser discovery on macOS', () => {
  const order = [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Users/am/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Users/am/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Users/am/Library/Caches/ms-playwright/chromium-1217/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Users/am/Library/Caches/ms-playwright/chromium-1217/chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    '/Users/am/Library/Caches/ms-playwright/chromium-1100/chrome-mac/Chromium.app/Contents/MacOS/Chromium',
  ];

  it('takes Chromium.app, then Chrome for Testing (in /Applications, then ~/Applications), then the Playwright cache', () => {
    expectOrder('darwin', order);
  });

  it('takes CHROMIUM_PATH before any of them', () => {
    const cft = '/Users/am/cft/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing';
    expect(found(machine('darwin', [...order, cft], { CHROMIUM_PATH: cft }))).toBe(cft);
  });

  it('never picks branded Google Chrome', () => {
    expect(found(machine('darwin', ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome']))).toBeNull();
  });

  it('prints the one command that installs a browser on macOS', () => {
    const text = message(machine('darwin', []));
    expect(text).toContain('No Chromium found on this macOS machine');
    expect(text).toContain('\n  npx playwright install chromium\n');
    expect(text).toContain('/Users/am/Library/Caches/ms-playwright/chromium-*');
  });
});

describe('browser discovery on Windows', () => {
  const env = {
    LOCALAPPDATA: 'C:\\Users\\am\\AppData\\Local',
    ProgramFiles: 'C:\\Program Files',
    'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  };
  const order = [
    'C:\\Users\\am\\AppData\\Local\\Chromium\\Application\\chrome.exe',
    'C:\\Program Files\\Chromium\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Chromium\\Application\\chrome.exe',
    'C:\\Users\\am\\AppData\\Local\\Google\\Chrome for Testing\\Application\\chrome.exe',
    'C:\\Program Files\\Google\\Chrome for Testing\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome for Testing\\Application\\chrome.exe',
    'C:\\Users\\am\\AppData\\Local\\ms-playwright\\chromium-1217\\chrome-win64\\chrome.exe',
    'C:\\Users\\am\\AppData\\Local\\ms-playwright\\chromium-1100\\chrome-win\\chrome.exe',
  ];

  it('takes Chromium, then Chrome for Testing (per user, then per machine), then the Playwright cache', () => {
    expectOrder('win32', order, env);
  });

  it('finds them under the default folders when the variables are not set', () => {
    expect(found(machine('win32', [order[0]!]))).toBe(order[0]);
    expect(found(machine('win32', [order[4]!]))).toBe(order[4]);
  });

  it('takes CHROMIUM_PATH before any of them', () => {
    const cft = 'D:\\tools\\chrome-win64\\chrome.exe';
    expect(found(machine('win32', [...order, cft], { ...env, CHROMIUM_PATH: cft }))).toBe(cft);
  });

  it('never picks branded Google Chrome', () => {
    expect(found(machine('win32', ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'], env))).toBeNull();
  });

  it('prints the one command that installs a browser on Windows', () => {
    const text = message(machine('win32', [], env));
    expect(text).toContain('No Chromium found on this Windows machine');
    expect(text).toContain('\n  npx playwright install chromium\n');
    expect(text).toContain('C:\\Users\\am\\AppData\\Local\\ms-playwright\\chromium-*');
  });
});

describe('findChromium', () => {
  it('throws BrowserNotFoundError carrying the message, so the demo and harness can print it and fail', () => {
    expect(() => findChromium(machine('win32', []))).toThrow(BrowserNotFoundError);
    expect(() => findChromium(machine('win32', []))).toThrow(/npx playwright install chromium/);
  });
});
