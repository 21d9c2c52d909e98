// Pure parsing and validation for the workspace forms. Each parser returns either a value or a
// sentence the AM can act on, shown next to the field; nothing is saved while any field has one.
import type { Client, Project } from '@/lib/db/schemas';
import { parseMoney as parseMoneyMinor } from '@/lib/money';
import { SITE_IDS, type SiteId } from '@/lib/sites/ids';
import { t } from '@/lib/i18n';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** A typed amount -> minor units (lib/money does the exact parsing), with a sentence for the field. */
export function parseMoney(input: string, currency = 'USD'): Parsed<number> {
  if (!input.trim()) return { ok: false, error: t('amountMissing') };
  const r = parseMoneyMinor(input, currency);
  return r.ok
    ? { ok: true, value: r.minor }
    : { ok: false, error: t('amountInvalid', { input: input.trim(), problem: r.error }) };
}

const DOMAIN_RE = /^(?=.{3,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** "acme.com, @Acme.co.uk, https://acme.io/" -> ["acme.com", "acme.co.uk", "acme.io"]. */
export function parseDomains(input: string): Parsed<string[]> {
  const out: string[] = [];
  for (const raw of input.split(/[,;\s]+/)) {
    const d = raw
      .trim()
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/^.*@/, '')
      .replace(/\/.*$/, '');
    if (!d) continue;
    if (!DOMAIN_RE.test(d)) return { ok: false, error: t('domainInvalid', { input: raw.trim() }) };
    if (!out.includes(d)) out.push(d);
  }
  return { ok: true, value: out };
}

/** A domain belongs to one client only: that is how an email is matched to its client. */
export function findDomainClash(domains: string[], clients: Client[], selfId: string | null): string | null {
  for (const d of domains) {
    const owner = clients.find((c) => c.id !== selfId && c.deletedAt === null && c.domains.includes(d));
    if (owner) return t('domainTaken', { domain: d, client: owner.name });
  }
  return null;
}

/** "jira:ACME, github:org/repo" -> [{site:'jira', value:'ACME'}, ...]. */
export function parseLinks(input: string): Parsed<Project['links']> {
  const out: Project['links'] = [];
  for (const raw of input.split(/[,\n]+/)) {
    const item = raw.trim();
    if (!item) continue;
    const colon = item.indexOf(':');
    const site = item.slice(0, Math.max(colon, 0)).trim().toLowerCase() as SiteId;
    const value = colon < 0 ? '' : item.slice(colon + 1).trim();
    if (colon < 0 || !value) {
      return { ok: false, error: t('linkInvalid', { input: item }) };
    }
    if (!(SITE_IDS as readonly string[]).includes(site)) {
      return { ok: false, error: t('linkUnknownTool', { tool: site, tools: SITE_IDS.join(', ') }) };
    }
    if (!out.some((l) => l.site === site && l.value === value)) out.push({ site, value });
  }
  return { ok: true, value: out };
}

export function formatLinks(links: Project['links']): string {
  return links.map((l) => `${l.site}:${l.value}`).join(', ');
}

/** `missing` is the sentence shown when the field is empty, e.g. "Enter a project name". */
export function requireText(input: string, missing: string): Parsed<string> {
  const value = input.trim();
  return value ? { ok: true, value } : { ok: false, error: missing };
}

/** Collects the errors of several parsed fields; an empty object means the form may be saved. */
export function errorsOf(fields: Record<string, Parsed<unknown>>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, result] of Object.entries(fields)) if (!result.ok) errors[key] = result.error;
  return errors;
}
