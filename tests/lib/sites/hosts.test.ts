// Self-hosted origins map to the Jira / GitHub adapters' page logic, and nothing else does.
import { describe, expect, it } from 'vitest';
import { asCloudUrl, checkOrigin, originPattern, siteForHost, type SelfHostedOrigin } from '@/lib/sites/hosts';
import { adapterFor } from '@/lib/sites/registry';

const SELF_HOSTED: SelfHostedOrigin[] = [
  { origin: 'https://jira.acme.internal', site: 'jira' },
  { origin: 'https://code.acme.internal:8443', site: 'github' },
];

describe('siteForHost', () => {
  it.each([
    ['https://jira.acme.internal/browse/ACME-1', 'jira'],
    ['https://jira.acme.internal/', 'jira'],
    ['https://code.acme.internal:8443/acme/shop/issues/7', 'github'],
  ])('%s is a registered %s origin', (url, site) => {
    expect(siteForHost(url, SELF_HOSTED)).toBe(site);
    expect(siteForHost(new URL(url), SELF_HOSTED)).toBe(site);
  });

  it.each([
    'http://jira.acme.internal/browse/ACME-1', // another scheme is another origin
    'https://jira.acme.internal:8443/browse/ACME-1', // another port too
    'https://code.acme.internal/acme/shop/issues/7',
    'https://evil.jira.acme.internal/browse/ACME-1', // subdomains are not included
    'https://jira.acme.internal.evil.com/browse/ACME-1',
    'https://acme.atlassian.net/browse/ACME-1', // cloud hosts stay with their own adapters
    'https://github.com/acme/shop/issues/7',
    'not a url',
  ])('%s is not mapped', (url) => {
    expect(siteForHost(url, SELF_HOSTED)).toBeNull();
  });

  it('maps nothing without registered origins', () => {
    expect(siteForHost('https://jira.acme.internal/browse/ACME-1', [])).toBeNull();
  });
});

describe('adapterFor with self-hosted origins', () => {
  it.each([
    ['https://jira.acme.internal/browse/ACME-142', 'jira', 'ticket'],
    ['https://jira.acme.internal/jira/software/projects/ACME/boards/12', 'jira', 'list'],
    ['https://code.acme.internal:8443/acme/shop/issues/42', 'github', 'ticket'],
    ['https://code.acme.internal:8443/acme/shop/issues', 'github', 'list'],
  ])('%s -> %s %s', (href, site, kind) => {
    const url = new URL(href);
    const adapter = adapterFor(url, SELF_HOSTED);
    expect(adapter?.id).toBe(site);
    expect(adapter?.page(url)).toBe(kind);
  });

  it('is unchanged for cloud hosts and unregistered origins', () => {
    expect(adapterFor(new URL('https://acme.atlassian.net/browse/ACME-1'), SELF_HOSTED)?.id).toBe('jira');
    expect(adapterFor(new URL('https://github.com/acme/shop/issues/7'), SELF_HOSTED)?.id).toBe('github');
    expect(adapterFor(new URL('https://jira.acme.internal/browse/ACME-1'))).toBeNull();
    expect(adapterFor(new URL('https://other.internal/browse/ACME-1'), SELF_HOSTED)).toBeNull();
  });

  it('a registered origin is only ever its own site, whatever the path looks like', () => {
    // A Jira-style path on the GitHub Enterprise origin is not a Jira page.
    expect(adapterFor(new URL('https://code.acme.internal:8443/browse/ACME-1'), SELF_HOSTED)).toBeNull();
    expect(adapterFor(new URL('https://jira.acme.internal/acme/shop/issues/7'), SELF_HOSTED)).toBeNull();
  });
});

describe('checkOrigin', () => {
  it.each([
    ['https://jira.acme.internal', 'https://jira.acme.internal'],
    [' https://Jira.ACME.internal/ ', 'https://jira.acme.internal'],
    ['https://code.acme.internal:8443', 'https://code.acme.internal:8443'],
    ['https://10.0.0.5', 'https://10.0.0.5'],
  ])('%j -> %s', (input, origin) => {
    expect(checkOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', 'Enter the address'],
    ['jira.acme.internal', 'is not an address'],
    ['http://jira.acme.internal', 'Only https://'],
    ['https://jira.acme.internal/browse', 'without a path'],
    ['https://jira.acme.internal/?x=1', 'without a path'],
    ['https://me:pw@jira.acme.internal', 'user name and password'],
    ['https://acme.atlassian.net', 'already supported'],
    ['https://github.com', 'already supported'],
    ['https://*.acme.internal', 'not'],
  ])('%j is refused (%s)', (input, error) => {
    const r = checkOrigin(input);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toContain(error);
  });
});

describe('originPattern and asCloudUrl', () => {
  it('drops the port, which Firefox match patterns cannot carry', () => {
    expect(originPattern('https://jira.acme.internal')).toBe('https://jira.acme.internal/*');
    expect(originPattern('https://code.acme.internal:8443')).toBe('https://code.acme.internal/*');
  });

  it('keeps path, query and hash', () => {
    const url = asCloudUrl(new URL('https://code.acme.internal:8443/a/b/issues/1?q=1#c'), 'github');
    expect(url.href).toBe('https://github.com/a/b/issues/1?q=1#c');
  });
});
