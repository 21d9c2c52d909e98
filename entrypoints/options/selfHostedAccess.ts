// Options-page glue for self-hosted tools: the browser's permission prompt, then the setting.
// The background (lib/background/selfHosted.ts) follows the setting and registers the tickets
// content script for every granted origin.
import { browser } from 'wxt/browser';
import type { SelfHostedActions, SelfHostedOutcome } from '@/components/options/SelfHostedForm';
import { getSettings, saveSettings } from '@/lib/settings';
import { originPattern, type SelfHostedOrigin } from '@/lib/sites/hosts';
import { t } from '@/lib/i18n';

const message = (err: unknown): string => (err instanceof Error ? err.message : String(err));

/** 'scripting' can only be requested once the manifest lists it as optional (wxt.config.ts). */
function optionalScripting(): string[] {
  try {
    const manifest = browser.runtime.getManifest() as { optional_permissions?: unknown[] };
    return manifest.optional_permissions?.includes('scripting') ? ['scripting'] : [];
  } catch {
    return []; // no manifest to read (tests): ask for the origin alone
  }
}

/** Whether content scripts can be registered now, i.e. the new origin works without a reload. */
function canRegisterScripts(): boolean {
  const scripting = (browser as unknown as { scripting?: { registerContentScripts?: unknown } }).scripting;
  return typeof scripting?.registerContentScripts === 'function';
}

/**
 * Call straight from the click (or submit) handler: permissions.request is the first thing it does,
 * because browsers only show the prompt during a user gesture.
 */
export function addSelfHosted(entry: SelfHostedOrigin): Promise<SelfHostedOutcome> {
  let request: Promise<boolean>;
  try {
    request = browser.permissions.request({
      origins: [originPattern(entry.origin)],
      permissions: optionalScripting() as never,
    });
  } catch (err) {
    return Promise.resolve({ ok: false, error: t('permissionRefused', { error: message(err) }) });
  }
  return request.then(
    async (granted): Promise<SelfHostedOutcome> => {
      if (!granted) return { ok: false, error: t('permissionNotGranted', { origin: entry.origin }) };
      const { selfHosted } = await getSettings();
      await saveSettings({ selfHosted: [...selfHosted.filter((e) => e.origin !== entry.origin), entry] });
      return { ok: true, note: canRegisterScripts() ? null : t('reloadNote') };
    },
    (err: unknown) => ({ ok: false, error: t('permissionRefused', { error: message(err) }) }),
  );
}

/** Forgets the origin first (so nothing reads it any more), then gives the access back. */
export async function removeSelfHosted(origin: string): Promise<SelfHostedOutcome> {
  try {
    const { selfHosted } = await getSettings();
    const rest = selfHosted.filter((e) => e.origin !== origin);
    await saveSettings({ selfHosted: rest });
    await browser.permissions.remove({
      origins: [originPattern(origin)],
      // 'scripting' goes with the last self-hosted origin; nothing else uses it.
      permissions: (rest.length === 0 ? optionalScripting() : []) as never,
    });
    return { ok: true, note: null };
  } catch (err) {
    return { ok: false, error: t('removeFailed', { origin, error: message(err) }) };
  }
}

export const selfHostedActions: SelfHostedActions = { add: addSelfHosted, remove: removeSelfHosted };
