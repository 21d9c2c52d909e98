// Every selector an adapter uses is named, dated and sourced, and goes through the safe wrappers.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmail } from '@/lib/sites/gmail';
import { jira } from '@/lib/sites/jira';
import { trello } from '@/lib/sites/trello';
import { adapters } from '@/lib/sites/registry';
import { loadFixture } from './load';

const SITES_DIR = resolve(__dirname, '../../../lib/sites');
const SOURCES = new Set(['TOGGL', 'CLOCKIFY', 'TMETRIC', 'TIMECAMP', 'MOCO', 'GMAILJS', 'INBOXSDK', 'FLOWCRYPT', 'MAILVELOPE', 'RGH', 'GUD', 'WUHUP', 'JCES', 'EVICYPHER', 'ASANAEXP', 'SURVEY', 'UNNAMED', 'CAPTURE', 'NONE']); // prettier-ignore

/** A comma outside brackets, parentheses and quotes: two selectors joined into one. */
function hasTopLevelComma(css: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (const ch of css) {
    if (quote) quote = ch === quote ? null : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (ch === ',' && depth === 0) return true;
  }
  return false;
}

describe('adapter selectors', () => {
  it('are all named after their site, dated, sourced and single (no comma-joined lists)', () => {
    for (const a of adapters) {
      const fields = Object.values(a.fields);
      expect(fields.length, a.id).toBeGreaterThan(2);
      for (const f of fields) {
        expect(f.name.startsWith(`${a.id}.`), f.name).toBe(true);
        for (const s of f.selectors) {
          expect(s.seen, `${f.name} ${s.css}`).toMatch(/^20\d\d-(0[1-9]|1[0-2])(-\d\d)?$/);
          expect(SOURCES.has(s.source), `${f.name} ${s.css}: source ${s.source}`).toBe(true);
          expect(hasTopLevelComma(s.css), `${f.name}: ${s.css}`).toBe(false);
          expect(() => document.querySelector(s.css), `${f.name}: ${s.css}`).not.toThrow();
        }
      }
    }
  });

  it('are only queried through the safe wrappers of lib/dom/query (never raw querySelector / matches / closest)', () => {
    const raw = /\.(querySelector|querySelectorAll|matches|closest)\(/;
    const offenders = readdirSync(SITES_DIR)
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) =>
        readFileSync(resolve(SITES_DIR, f), 'utf8')
          .split('\n')
          .map((line, i) => ({ where: `lib/sites/${f}:${i + 1}`, line }))
          .filter(({ line }) => raw.test(line) && !line.trim().startsWith('//')),
      );
    expect(offenders).toEqual([]);
  });
});

describe('a title of only zero-width or bidi characters is no title', () => {
  const INVISIBLE = '\u200b\u200e\u202e\u2066\ufeff';

  it('jira reports its summary missing', () => {
    const { doc, url } = loadFixture('jira', 'issue');
    const h1 = doc.querySelector('h1');
    if (h1) h1.textContent = INVISIBLE;
    expect(jira.read(doc, url)).toEqual({
      ok: false,
      failure: { site: 'jira', pageKind: 'ticket', missing: ['jira.summary'] },
    });
  });

  it('gmail reports its subject missing', () => {
    const { doc, url } = loadFixture('gmail', 'thread-out-of-scope');
    const h2 = doc.querySelector('h2.hP');
    if (h2) h2.textContent = INVISIBLE;
    const r = gmail.read(doc, url);
    expect(r.ok ? null : r.failure.missing).toEqual(['gmail.subject']);
  });

  it('a ticket tool read through readTicket reports its title missing', () => {
    const { doc, url } = loadFixture('trello', 'card');
    for (const el of Array.from(doc.querySelectorAll('[data-testid="card-back-title-input"], #card-back-name'))) {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) el.value = INVISIBLE;
      el.textContent = INVISIBLE;
    }
    const r = trello.read(doc, url);
    expect(r.ok ? null : r.failure.missing).toEqual(['trello.title']);
  });
});
