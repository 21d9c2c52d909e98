import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ChromeApi, type ExtensionSession } from '../../scripts/chromium/harness';

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
    expect(new Set(manifest.permissions)).toEqual(
      new Set(['storage', 'contextMenus', 'alarms', 'notifications', 'sidePanel']),
    );
    expect(manifest.host_permissions).not.toContain('<all_urls>');
    expect(Object.keys(manifest.icons ?? {}).sort()).toEqual(['128', '16', '32', '48']);
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

  it('loads with no manifest warnings or errors (as chrome://extensions reports them)', async () => {
    const page = await session.context.newPage();
    await page.goto('chrome://extensions/');
    const ours = await page.evaluate(async (id) => {
      interface Info {
        id: string;
        installWarnings: string[];
        manifestErrors: { message: string }[];
        runtimeErrors: { message: string }[];
      }
      interface DeveloperPrivate {
        getExtensionsInfo(o: object): Promise<Info[]>;
        updateProfileConfiguration(o: object): Promise<void>;
        reload(id: string, o: object): Promise<void>;
      }
      // chrome://extensions runs on the developerPrivate API. Chrome collects manifest errors only in
      // developer mode, so turn it on and reload the extension (this test runs last in the file).
      const dp = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await dp.updateProfileConfiguration({ inDeveloperMode: true });
      await dp.reload(id, { failQuietly: true });
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const all = await dp.getExtensionsInfo({ includeDisabled: true, includeTerminated: true });
      return all.find((e) => e.id === id) ?? null;
    }, session.extensionId);
    expect(ours).not.toBeNull();
    expect(ours!.installWarnings).toEqual([]);
    expect(ours!.manifestErrors.map((e) => e.message)).toEqual([]);
    expect(ours!.runtimeErrors.map((e) => e.message)).toEqual([]);
    await page.close();
  });
});
