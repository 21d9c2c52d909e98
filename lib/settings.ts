// User settings in storage.local, readable from content scripts too, so no zod here: stored
// values are checked by hand (sanitizeSettings) and anything malformed falls back to its default.
import { storage } from 'wxt/utils/storage';
import { checkOrigin, SELF_HOSTED_SITES, type SelfHostedOrigin } from '@/lib/sites/hosts';
import { SITE_IDS, type SiteId } from '@/lib/sites/ids';

export interface Settings {
  enabledSites: Record<SiteId, boolean>;
  listBadges: boolean;
  agencyDomains: string[];
  /** Jira Server / GitHub Enterprise origins the user granted at run time (options page). */
  selfHosted: SelfHostedOrigin[];
  /** Notifications for overdue waits and change orders to chase (the toolbar count is always on). */
  reminders: boolean;
  /** A Monday notification with the week's summary. */
  weeklySummary: boolean;
  /** The client-facing change-order email (lib/templates/email.ts merge fields). '' = the default. */
  emailTemplate: string;
  /** The AM's sign-off, merged as {{signature}}. */
  signature: string;
}

/** The settings' storage.local key. */
export const SETTINGS_KEY = 'settings';
/** Versioned so a change of shape gets a migration; the stored value is sanitized on every read. */
const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, { fallback: null, version: 1 });
/** Every site starts enabled. */
const allSites = (): Record<SiteId, boolean> =>
  Object.fromEntries(SITE_IDS.map((id) => [id, true])) as Record<SiteId, boolean>;

export function defaultSettings(): Settings {
  return {
    enabledSites: allSites(),
    listBadges: true,
    agencyDomains: [],
    selfHosted: [],
    reminders: true,
    weeklySummary: false,
    emailTemplate: '',
    signature: '',
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** "@Agency.com " -> "agency.com"; drops blanks, duplicates and anything that cannot be a domain. */
function cleanDomains(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const out = new Set<string>();
  for (const v of value) {
    if (typeof v !== 'string') continue;
    const d = v.trim().toLowerCase().replace(/^@/, '');
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) out.add(d);
  }
  return [...out];
}

/** Keeps entries with a clean https origin and a known site; the first entry for an origin wins. */
function cleanSelfHosted(value: unknown): SelfHostedOrigin[] {
  if (!Array.isArray(value)) return [];
  const out: SelfHostedOrigin[] = [];
  for (const v of value) {
    if (!isObject(v) || typeof v.origin !== 'string') continue;
    const site = SELF_HOSTED_SITES.find((s) => s === v.site);
    const checked = checkOrigin(v.origin);
    if (!site || !checked.ok || out.some((e) => e.origin === checked.origin)) continue;
    out.push({ origin: checked.origin, site });
  }
  return out;
}

/** Field by field, so one bad value does not throw away the rest of the user's choices. */
export function sanitizeSettings(value: unknown): Settings {
  const s = defaultSettings();
  if (!isObject(value)) return s;
  if (isObject(value.enabledSites)) {
    for (const site of SITE_IDS) {
      const on = value.enabledSites[site];
      if (typeof on === 'boolean') s.enabledSites[site] = on;
    }
  }
  if (typeof value.listBadges === 'boolean') s.listBadges = value.listBadges;
  if (value.agencyDomains !== undefined) s.agencyDomains = cleanDomains(value.agencyDomains);
  if (value.selfHosted !== undefined) s.selfHosted = cleanSelfHosted(value.selfHosted);
  if (typeof value.reminders === 'boolean') s.reminders = value.reminders;
  if (typeof value.weeklySummary === 'boolean') s.weeklySummary = value.weeklySummary;
  if (typeof value.emailTemplate === 'string') s.emailTemplate = value.emailTemplate.slice(0, 20_000);
  if (typeof value.signature === 'string') s.signature = value.signature.slice(0, 2_000);
  return s;
}

export async function getSettings(): Promise<Settings> {
  return sanitizeSettings(await settingsItem.getValue());
}

/** Merges the patch (enabledSites per site) into the stored settings and returns the result. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const current = await getSettings();
  const next = sanitizeSettings({
    ...current,
    ...patch,
    enabledSites: { ...current.enabledSites, ...patch.enabledSites },
  });
  await settingsItem.setValue(next);
  return next;
}

/** Fires in every context (pages, content scripts, background) when settings change anywhere. */
export function onSettingsChange(cb: (s: Settings) => void): () => void {
  return settingsItem.watch((value) => cb(sanitizeSettings(value)));
}
