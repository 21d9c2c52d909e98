// Self-hosted tools (Jira Data Center / Server, GitHub Enterprise) live on origins we only learn from
// the user. The Jira and GitHub adapters recognise pages by host, so a registered origin is mapped
// to its site here and the adapter's page logic runs on the same path at the cloud host (Jira Server
// /browse/KEY-1 and GitHub Enterprise /owner/repo/issues/1 are laid out like the cloud versions).
// Pure: no DOM, no browser API; settings, the content runtime and the registry all use it.
import { patternDomain, SUPPORTED_HOSTS } from './ids';
import type { PageKind, SiteAdapter } from './types';
import { t } from '@/lib/i18n';

export const SELF_HOSTED_SITES = ['jira', 'github'] as const;
export type SelfHostedSite = (typeof SELF_HOSTED_SITES)[number];
export interface SelfHostedOrigin {
  origin: string;
  site: SelfHostedSite;
}

const CLOUD_HOST: Record<SelfHostedSite, string> = { jira: 'self-hosted.atlassian.net', github: 'github.com' };
// Already covered by the manifest's own host permissions: registering them again would double up.
const BUILT_IN_DOMAINS = [...new Set(SUPPORTED_HOSTS.map(patternDomain))];
const isBuiltIn = (host: string): boolean => BUILT_IN_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
const HOST = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

export type OriginCheck = { ok: true; origin: string } | { ok: false; error: string };

/** "https://Jira.Acme.internal/" -> "https://jira.acme.internal"; only a bare https origin passes. */
export function checkOrigin(input: string): OriginCheck {
  const text = input.trim();
  if (!text) return { ok: false, error: t('originMissing') };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: t('originInvalid', { input: text }) };
  }
  if (url.protocol !== 'https:') return { ok: false, error: t('originNotHttps') };
  if (url.username || url.password) return { ok: false, error: t('originCredentials') };
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return { ok: false, error: t('originPath', { origin: url.origin }) };
  }
  // IPv6 literals are rare for these tools and awkward in match patterns; names and IPv4 pass.
  if (!HOST.test(url.hostname)) return { ok: false, error: t('originBadHost', { host: url.hostname }) };
  if (isBuiltIn(url.hostname)) return { ok: false, error: t('originBuiltIn', { host: url.hostname }) };
  return { ok: true, origin: url.origin };
}

/** The match pattern that grants (and registers content scripts for) one origin. Firefox match
 * patterns cannot carry a port, and a pattern without one matches every port in both browsers. */
export function originPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Which self-hosted site the URL's origin was registered as, or null (cloud hosts are never mapped). */
export function siteForHost(url: URL | string, selfHosted: readonly SelfHostedOrigin[]): SelfHostedSite | null {
  let origin: string;
  try {
    origin = (typeof url === 'string' ? new URL(url) : url).origin;
  } catch {
    return null;
  }
  return selfHosted.find((s) => s.origin === origin)?.site ?? null;
}

/** The same path, query and hash at the cloud host, which is all the adapters' page() looks at. */
export function asCloudUrl(url: URL, site: SelfHostedSite): URL {
  const out = new URL(url.href);
  out.protocol = 'https:';
  out.port = '';
  out.hostname = CLOUD_HOST[site];
  return out;
}

/** The adapter seen from a self-hosted origin: page() judged at the cloud host, read() with the real URL. */
export function selfHostedView(base: SiteAdapter, site: SelfHostedSite): SiteAdapter {
  return {
    ...base,
    page: (url: URL): PageKind | null => base.page(asCloudUrl(url, site)),
  };
}

/** The adapter for a page: a registered self-hosted origin decides alone; otherwise the first that claims it. */
export function pickAdapter(
  list: readonly SiteAdapter[],
  url: URL,
  selfHosted: readonly SelfHostedOrigin[] = [],
): SiteAdapter | null {
  const claims = (a: SiteAdapter, u: URL): boolean => {
    try {
      return a.page(u) !== null;
    } catch {
      return false;
    }
  };
  const site = siteForHost(url, selfHosted);
  if (site) {
    const base = list.find((a) => a.id === site);
    const view = base ? selfHostedView(base, site) : null;
    return view && claims(view, url) ? view : null;
  }
  return list.find((a) => claims(a, url)) ?? null;
}
