// Fixture loading for adapter tests: files are tests/fixtures/<site>/<page>.<yyyy-mm-dd>.html, the
// page's URL is in <meta name="fixture-url">. Parsed with DOMParser: scripts never run.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

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

export function loadFixtureFile(path: string): { doc: Document; url: URL; html: string } {
  const html = readFileSync(path, 'utf8');
  const doc = parseHtml(html);
  const meta = doc.querySelector('meta[name="fixture-url"]')?.getAttribute('content');
  if (!meta) throw new Error(`${path} has no <meta name="fixture-url">`);
  return { doc, url: new URL(meta), html };
}

export function loadFixture(site: string, page: string): { doc: Document; url: URL; html: string } {
  return loadFixtureFile(fixturePath(site, page));
}

/** Removes the elements matched by `css` (simulates a redesign that dropped a hook). */
export function without(doc: Document, css: string): Document {
  for (const el of Array.from(doc.querySelectorAll(css))) el.remove();
  return doc;
}
