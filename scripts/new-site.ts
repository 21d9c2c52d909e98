// Scaffolds a site adapter: `npm run new-site -- <id>`. Adds the id to lib/sites/ids.ts (SITE_IDS,
// its label and a placeholder match pattern) and registers the adapter in ticket-adapters.ts, then
// writes lib/sites/<id>.ts (the common adapter shape with TODO selectors), a dated fixture stub and
// a test that fails until the fixture is a real saved page the adapter can read.
// `--root DIR` runs it on another checkout (its own test runs it on a temporary copy).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function fail(message: string): never {
  console.error(`new-site: ${message}`);
  process.exit(1);
}

const args = process.argv.slice(2);
const rootAt = args.indexOf('--root');
const root = path.resolve(rootAt >= 0 ? (args[rootAt + 1] ?? fail('--root needs a folder')) : process.cwd());
const id = args.filter((a, i) => !a.startsWith('--') && (rootAt < 0 || i !== rootAt + 1))[0];
if (!id || !/^[a-z][a-z0-9]{1,30}$/.test(id)) fail('usage: npm run new-site -- <id>   (lower-case letters and digits)');

const at = (...p: string[]) => path.join(root, ...p);
const day = new Date().toISOString().slice(0, 10);
const adapterFile = at('lib/sites', `${id}.ts`);
if (existsSync(adapterFile)) fail(`lib/sites/${id}.ts already exists`);

// 1. The one list of sites.
const idsFile = at('lib/sites/ids.ts');
let ids = readFileSync(idsFile, 'utf8');
const list =
  /export const SITE_IDS = \[([^\]]*)\] as const;/.exec(ids) ?? fail('SITE_IDS not found in lib/sites/ids.ts');
const known = [...(list[1] ?? '').matchAll(/'([a-z0-9]+)'/g)].map((m) => m[1]);
if (!known.includes(id))
  ids = ids.replace(list[0], `export const SITE_IDS = [${[...known, id].map((k) => `'${k}'`).join(', ')}] as const;`);
if (!new RegExp(`^  ${id}: \\{`, 'm').test(ids)) {
  const label = id.charAt(0).toUpperCase() + id.slice(1);
  // TODO in the output: the real host of the tool (it becomes a host permission).
  ids = ids.replace(
    /\n\} as const satisfies Record<SiteId, SiteInfo>;/,
    `\n  ${id}: { label: '${label}', matches: ['https://app.${id}.example/*'] },\n} as const satisfies Record<SiteId, SiteInfo>;`,
  );
}
writeFileSync(idsFile, ids);

// 2. Registration with the tickets content script.
const regFile = at('lib/sites/ticket-adapters.ts');
let reg = readFileSync(regFile, 'utf8');
if (!reg.includes(`from './${id}'`)) {
  reg = reg.replace(/(import \{ SITE_IDS)/, `import { ${id} } from './${id}';\n$1`);
  reg = reg.replace(/(const BY_ID: Record<TicketSiteId, SiteAdapter> = \{\n(?: {2}.*\n)*)\};/, `$1  ${id},\n};`);
  writeFileSync(regFile, reg);
}

// 3. The adapter.
writeFileSync(
  adapterFile,
  `// ${id}: TODO say which pages it reads and where its ids come from (URL first, then data-* hooks).
import { field, first } from '@/lib/dom/query';
import { SITES } from './ids';
import type { PageKind, SiteAdapter } from './types';
import { readTicket } from './ticket-reader';
import { segments } from './util';

// Several selectors per field, newest first, each dated and sourced (lib/sites/SOURCES.md; NONE = no
// public source yet, our own reading of the site).
export const ${id}Fields = {
  title: field('${id}.title', ['[data-testid="TODO-title"]', '${day}', 'NONE']),
  description: field('${id}.description', ['[data-testid="TODO-description"]', '${day}', 'NONE']),
} as const; // prettier-ignore

/** TODO: the ticket key from the URL, e.g. /task/<key>. */
const keyOf = (url: URL): string | null => {
  const [kind, key] = segments(url);
  return kind === 'task' && key ? key : null;
};

export const ${id}: SiteAdapter = {
  id: '${id}',
  matches: SITES.${id}.matches,
  fields: ${id}Fields,
  page(url: URL): PageKind | null {
    if (url.hostname !== new URL(SITES.${id}.matches[0]!.replace('*.', '')).hostname) return null;
    return keyOf(url) ? 'ticket' : null;
  },
  read(doc, url) {
    return readTicket(doc, url, {
      site: '${id}',
      key: keyOf(url),
      keyName: '${id}.key',
      title: ${id}Fields.title,
      description: ${id}Fields.description,
      containerId: null,
    });
  },
  badgeAnchor: (doc) => first(doc, ${id}Fields.title)?.parentElement ?? null,
  testUrls: {
    ticket: ['https://app.${id}.example/task/TODO-1'],
    none: ['https://app.${id}.example/'],
  },
};
`,
);

// 4. A dated fixture stub: replace the body with a real page saved from the tool.
mkdirSync(at('tests/fixtures', id), { recursive: true });
writeFileSync(
  at('tests/fixtures', id, `ticket.${day}.html`),
  `<!--
  ${id} ticket page. TODO: save a real ticket page from the tool (${day}), strip personal data, keep
  the elements the adapter reads, and set fixture-url to the page's real URL.
-->
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="fixture-url" content="https://app.${id}.example/task/TODO-1">
<title>TODO</title>
</head>
<body></body>
</html>
`,
);

// 5. A test that fails until the fixture is real.
mkdirSync(at('tests/lib/sites'), { recursive: true });
writeFileSync(
  at('tests/lib/sites', `${id}.test.ts`),
  `import { describe, expect, it } from 'vitest';
import { ${id} } from '@/lib/sites/${id}';
import { loadFixture } from './load';

describe('${id} adapter', () => {
  it('reads the ticket title and key from its fixture', () => {
    const { doc, url } = loadFixture('${id}', 'ticket');
    const result = ${id}.read(doc, url);
    expect(result.ok, result.ok ? '' : \`missing: \${result.failure.missing.join(', ')}\`).toBe(true);
    if (!result.ok || result.page.type !== 'ticket') return;
    expect(result.page.title).not.toBe('');
    expect(result.page.key).not.toBe('');
  });
});
`,
);

console.log(`Added site "${id}":
  lib/sites/ids.ts              SITE_IDS now has '${id}' (set its real host in SITES.${id}.matches)
  lib/sites/ticket-adapters.ts  registers it with the tickets content script
  lib/sites/${id}.ts            the adapter: fill in the TODO selectors and URLs
  tests/fixtures/${id}/ticket.${day}.html   replace with a real saved page
  tests/lib/sites/${id}.test.ts fails until the fixture is real`);
