import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ChromeApi, type ExtensionSession } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
});
afterAll(async () => {
  await session?.close();
});

describe('the built extension in Chromium', () => {
  it('starts its service worker', () => {
    expect(session.extensionId).toMatch(/^[a-p]{32}$/);
    expect(session.worker.url()).toContain('/background.js');
  });

  it('declares only the permissions it needs', async () => {
    const manifest = await session.worker.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.getManifest(),
    );
    expect(manifest.name).toBe('Scopekeeper');
    expect(new Set(manifest.permissions)).toEqual(new Set(['storage', 'contextMenus', 'sidePanel']));
    expect(manifest.host_permissions).not.toContain('<all_urls>');
  });

  for (const file of ['popup.html', 'sidepanel.html', 'options.html']) {
    it(`renders ${file}`, async () => {
      const page = await session.openPage(file);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.waitForSelector('#root > *', { timeout: 10_000 });
      expect((await page.textContent('#root'))?.length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
