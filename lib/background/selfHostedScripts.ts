// The tickets content script on self-hosted Jira / GitHub Enterprise origins. The manifest's
// content_scripts only name the cloud hosts, so granted origins get a dynamically registered copy
// of the same script. Without the scripting API (not granted, or an older browser) nothing can be
// registered; the options page then tells the user a reload is needed.
import { browser } from 'wxt/browser';
import { getSettings, onSettingsChange } from '@/lib/settings';
import { originPattern, type SelfHostedOrigin } from '@/lib/sites/hosts';

const SCRIPT_ID = 'scopekeeper-self-hosted-tickets';
const SCRIPT_FILE = 'content-scripts/tickets.js'; // WXT's output name for entrypoints/tickets.content

interface ScriptingApi {
  registerContentScripts(
    scripts: { id: string; matches: string[]; js: string[]; runAt: 'document_idle' }[],
  ): Promise<void>;
  unregisterContentScripts(filter: { ids: string[] }): Promise<void>;
  getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ id: string }[]>;
}

/** The API appears once 'scripting' is granted, so it is looked up on each call. */
function scripting(): ScriptingApi | null {
  const api = (browser as unknown as { scripting?: Partial<ScriptingApi> }).scripting;
  return typeof api?.registerContentScripts === 'function' ? (api as ScriptingApi) : null;
}

export type SyncResult = 'registered' | 'none' | 'unavailable';

/** Replaces the registration with one covering every self-hosted origin we still have access to. */
export async function syncSelfHostedScripts(selfHosted: readonly SelfHostedOrigin[]): Promise<SyncResult> {
  const api = scripting();
  if (!api) return 'unavailable';
  const matches: string[] = [];
  for (const { origin } of selfHosted) {
    const pattern = originPattern(origin);
    // The user can revoke access in the browser's own UI; registering without it would fail.
    if (!matches.includes(pattern) && (await browser.permissions.contains({ origins: [pattern] }))) {
      matches.push(pattern);
    }
  }
  if ((await api.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0) {
    await api.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  if (matches.length === 0) return 'none';
  await api.registerContentScripts([{ id: SCRIPT_ID, matches, js: [SCRIPT_FILE], runAt: 'document_idle' }]);
  return 'registered';
}

/** On start-up (registrations may not survive a browser update), on settings and on permission changes. */
export function startSelfHostedScripts(): void {
  // Serialised: two overlapping syncs could both try to register the same id.
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (): void => {
    queue = queue
      .then(async () => syncSelfHostedScripts((await getSettings()).selfHosted))
      .catch((err: unknown) => console.warn('[scopekeeper] self-hosted scripts:', err));
  };
  sync();
  onSettingsChange(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
}
