// The one list of supported sites. SiteId, both zod enums, the settings' defaults and labels, the
// registry, the manifest's host permissions and the hosts a self-hosted origin may not claim are
// all derived from here. Add a site with `npm run new-site -- <id>`, which edits this file.
// No imports: wxt.config.ts and content scripts read it too.

export const SITE_IDS = [
  'gmail',
  'jira',
  'asana',
  'trello',
  'linear',
  'github',
  'clickup',
  'monday',
  'basecamp',
] as const;

export type SiteId = (typeof SITE_IDS)[number];

export interface SiteInfo {
  /** How the settings page names the site. */
  label: string;
  /** Manifest match patterns: the adapter's `matches` and the extension's host permissions. */
  matches: readonly string[];
}

export const SITES = {
  gmail: { label: 'Gmail', matches: ['https://mail.google.com/*'] },
  jira: { label: 'Jira', matches: ['https://*.atlassian.net/*'] },
  asana: { label: 'Asana', matches: ['https://app.asana.com/*'] },
  trello: { label: 'Trello', matches: ['https://trello.com/*'] },
  linear: { label: 'Linear', matches: ['https://linear.app/*'] },
  github: { label: 'GitHub', matches: ['https://github.com/*'] },
  clickup: { label: 'ClickUp', matches: ['https://app.clickup.com/*'] },
  monday: { label: 'Monday', matches: ['https://*.monday.com/*'] },
  basecamp: { label: 'Basecamp', matches: ['https://3.basecamp.com/*'] },
} as const satisfies Record<SiteId, SiteInfo>;

/** Every supported site's match patterns, for the manifest's host permissions. */
export const SUPPORTED_HOSTS: string[] = SITE_IDS.flatMap((id) => [...SITES[id].matches]);

/** "https://*.atlassian.net/*" -> "atlassian.net": the registrable domain a pattern covers. */
export function patternDomain(pattern: string): string {
  const host = new URL(pattern.replace('*.', '')).hostname;
  return host.split('.').slice(-2).join('.');
}
