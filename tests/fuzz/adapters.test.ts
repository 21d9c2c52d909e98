// Fuzz: every adapter on mutated fixtures (deleted, renamed, duplicated nodes, truncation, 1 MB
// text, deep trees, hostile unicode and markup). Nothing throws, nothing runs, and every read the
// adapters return is one the background accepts (after fitting to the limits), so no page vanishes.
import { afterAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { adapterFor } from '@/lib/sites/registry';
import { safeRead } from '@/lib/sites/util';
import { pageSchema } from '@/lib/messaging/protocol';
import { FIXTURES, fixtureFiles, loadFixtureFile, parseHtml } from '../lib/sites/load';
import { CASES, SEED, int, junk, pick, rng, type Rng } from './random';

const SITES = ['asana', 'basecamp', 'clickup', 'github', 'gmail', 'jira', 'linear', 'monday', 'trello'];
const files = SITES.flatMap((s) => fixtureFiles(s).map((f) => join(FIXTURES, s, f)));
const stats = { tried: 0, failed: 0, reads: 0 };
const pwned = () => (globalThis as { __pwned?: unknown }).__pwned;

function mutateDoc(r: Rng, doc: Document): void {
  const all = () => Array.from(doc.body?.querySelectorAll('*') ?? []);
  const steps = 1 + int(r, 4);
  for (let s = 0; s < steps; s++) {
    const els = all();
    if (els.length === 0) return;
    const el = pick(r, els);
    const k = r();
    if (k < 0.2) el.remove();
    else if (k < 0.35) el.setAttribute('class', junk(r, 12));
    else if (k < 0.45) {
      const renamed = doc.createElement(pick(r, ['div', 'span', 'section', 'p', 'x-thing']));
      renamed.append(...Array.from(el.childNodes));
      el.replaceWith(renamed);
    } else if (k < 0.6) el.after(el.cloneNode(true));
    else if (k < 0.75) el.textContent = junk(r, 200);
    else if (k < 0.85) el.insertAdjacentHTML('beforeend', junk(r, 60));
    else if (k < 0.9)
      el.setAttribute(pick(r, ['title', 'aria-label', 'href', 'data-testid', 'email', 'name']), junk(r, 30));
    else if (k < 0.95)
      el.textContent = 'Could you also add a blog? '.repeat(40_000); // ~1 MB of text
    else {
      // a deep tree
      let node: Element = el;
      for (let d = 0; d < 2000; d++) {
        const child = doc.createElement(d % 2 ? 'span' : 'div');
        node.append(child);
        node = child;
      }
      node.textContent = junk(r, 50);
    }
  }
}

describe('fuzz: site adapters on mutated pages', () => {
  afterAll(() => console.log(`fuzz adapters: tried ${stats.tried}, failed ${stats.failed}, reads ${stats.reads}`));

  it(`${CASES} mutated fixtures (seed ${SEED})`, { timeout: 600_000 }, () => {
    expect(files.length).toBeGreaterThan(10);
    const r = rng(SEED);
    const failures: string[] = [];
    for (let c = 0; c < CASES; c++) {
      const file = pick(r, files);
      const loaded = loadFixtureFile(file);
      let doc = loaded.doc;
      if (r() < 0.15) doc = parseHtml(loaded.html.slice(0, int(r, loaded.html.length))); // truncated markup
      mutateDoc(r, doc);
      stats.tried++;
      try {
        const adapter = adapterFor(loaded.url, loaded.selfHosted);
        if (!adapter) throw new Error('no adapter for the fixture URL');
        const result = safeRead(adapter, doc, loaded.url);
        if (result.ok) {
          stats.reads++;
          const parsed = pageSchema.safeParse(result.page);
          if (!parsed.success) throw new Error(`read refused by the schema: ${parsed.error.issues[0]?.message}`);
        }
        const items = adapter.listItems?.(doc, loaded.url) ?? [];
        for (const i of items)
          if (typeof i.key !== 'string' || typeof i.title !== 'string') throw new Error('bad item');
        if (pwned() !== undefined) throw new Error('a payload ran');
      } catch (err) {
        stats.failed++;
        failures.push(`case ${c} ${file.slice(FIXTURES.length + 1)}: ${err instanceof Error ? err.message : err}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
