// Keeps the registry honest: every adapter file is registered under its file name, has test URLs
// and fixtures, and every test URL belongs to exactly one adapter and page kind.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor, adapters } from '@/lib/sites/registry';
import type { PageKind, SiteAdapter } from '@/lib/sites/types';
import { SITE_IDS } from '@/lib/sites/ids';
import { SUPPORTED_HOSTS } from '../../../wxt.config';
import { fixtureFiles, FIXTURES, loadFixtureFile } from './load';

const modules = import.meta.glob<Record<string, unknown>>('/lib/sites/*.ts', { eager: true });
const isAdapter = (v: unknown): v is SiteAdapter =>
  !!v && typeof v === 'object' && 'id' in v && 'page' in v && 'read' in v && 'badgeAnchor' in v;

describe('site registry', () => {
  it('registers every adapter exported from lib/sites, under its own file name', () => {
    const found: string[] = [];
    for (const [path, mod] of Object.entries(modules)) {
      for (const value of Object.values(mod)) {
        if (!isAdapter(value)) continue;
        found.push(value.id);
        expect(path.endsWith(`/${value.id}.ts`), `${value.id} lives in ${path}`).toBe(true);
        expect(adapters).toContain(value);
      }
    }
    expect(new Set(found)).toEqual(new Set(adapters.map((a) => a.id)));
  });

  it("asks for host access to exactly the adapters' hosts", () => {
    const declared = adapters.flatMap((a) => a.matches);
    expect([...SUPPORTED_HOSTS].sort()).toEqual([...new Set(declared)].sort());
  });

  it('covers every SiteId exactly once', () => {
    expect(adapters.map((a) => a.id).sort()).toEqual([...SITE_IDS].sort());
  });

  it.each(adapters.map((a) => [a.id, a] as const))('%s has test URLs, match patterns and fixtures', (_id, a) => {
    const kinds = Object.entries(a.testUrls).filter(([k, urls]) => k !== 'none' && (urls?.length ?? 0) > 0);
    expect(kinds.length).toBeGreaterThan(0);
    expect(a.testUrls.none?.length ?? 0).toBeGreaterThan(0);
    expect(a.matches.length).toBeGreaterThan(0);
    expect(fixtureFiles(a.id).length).toBeGreaterThan(0);
  });

  const all = adapters.flatMap((a) =>
    Object.entries(a.testUrls).flatMap(([kind, urls]) => (urls ?? []).map((u) => [a.id, kind, u] as const)),
  );

  it.each(all)('%s %s: %s maps to its own kind and adapter only', (id, kind, href) => {
    const url = new URL(href);
    for (const other of adapters) {
      const got = other.page(url);
      if (other.id === id) expect(got).toBe(kind === 'none' ? null : (kind as PageKind));
      else expect(got, `${other.id} must not claim ${href}`).toBeNull();
    }
    expect(adapterFor(url)?.id ?? null).toBe(kind === 'none' ? null : id);
  });

  it('every fixture file states its URL, which its own adapter claims', () => {
    for (const site of readdirSync(FIXTURES)) {
      for (const file of fixtureFiles(site)) {
        const { url, selfHosted } = loadFixtureFile(resolve(FIXTURES, site, file));
        expect(adapterFor(url, selfHosted)?.id, `${site}/${file}`).toBe(site);
      }
    }
  });
});
