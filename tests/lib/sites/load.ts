// Fixture loading for adapter tests: files are tests/fixtures/<site>/<page>.<yyyy-mm-dd>.html, the
// page's URL is in <meta name="fixture-url">. Parsed with DOMParser: scripts never run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SelfHostedOrigin, SelfHostedSite } from '@/lib/sites/hosts';

export const FIXTURES = resolve(__dirname, '../../fixtures');

export function fixtureFiles(site: string): string[] {
  try {
    return readdirSync(join(FIXTURES, site)).filter((f) => /^[a-z0-9-]+\.\d{4}-\d{2}-\d{2}\.html$/.test(f));
  } catch {
    return [];
  }
}

/** Newest dated fixture for <site>/<page>. */
export function fixturePath(site: string, page: string): string {
  const files = fixtureFiles(site)
    .filter((f) => f.startsWith(`${page}.`))
    .sort();
  const newest = files[files.length - 1];
  if (!newest) throw new Error(`no fixture ${site}/${page}.*.html`);
  return join(FIXTURES, site, newest);
}

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export interface LoadedFixture {
  doc: Document;
  url: URL;
  html: string;
  /** A page of a self-hosted tool names its site in <meta name="fixture-self-hosted">. */
  selfHosted: SelfHostedOrigin[];
}

export function loadFixtureFile(path: string): LoadedFixture {
  const html = readFileSync(path, 'utf8');
  const doc = parseHtml(html);
  const meta = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content');
  if (!meta) throw new Error(`${path} has no <meta name="fixture-url">`);
  const url = new URL(meta);
  const site = doc.querySelector('meta[name="fixture-self-hosted"]')?.getAttribute('content') as SelfHostedSite | null;
  return { doc, url, html, selfHosted: site ? [{ origin: url.origin, site }] : [] };
}

export function loadFixture(site: string, page: string): LoadedFixture {
  return loadFixtureFile(fixturePath(site, page));
}

/** The real page captures, read where they are kept (beside the repository), never copied in. */
export const REAL_PAGES = resolve(__dirname, '../../../../shared/reference/real-pages');

/** A real capture parsed inert (DOMParser runs no scripts), at the URL the test gives it. */
export function loadRealPage(file: string): Document {
  const path = join(REAL_PAGES, file);
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Real capture ${path} is missing: the tests read ../shared/reference/real-pages beside the repo.`);
  }
  // happy-dom would try to fetch stylesheets and external scripts; neither is page text.
  return parseHtml(html.replace(/<(?:link|iframe)\b[^>]*>/gi, '').replace(/<script\b[\s\S]*?<\/script>/gi, ''));
}

/** Removes the elements matched by `css` (simulates a redesign that dropped a hook). */
export function without(doc: Document, css: string): Document {
  for (const el of Array.from(doc.querySelectorAll(css))) el.remove();
  return doc;
}
