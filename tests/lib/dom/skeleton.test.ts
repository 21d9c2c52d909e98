// The structure report of a page holds its shape and none of its text or personal attributes.
import { describe, expect, it } from 'vitest';
import { maskToken, structureReport } from '@/lib/dom/skeleton';
import { readText } from '@/lib/dom/readText';
import { jira } from '@/lib/sites/jira';
import { loadFixture, loadRealPage, without } from '../sites/load';

const wordsOf = (s: string): Set<string> => new Set(s.toLowerCase().match(/[a-z]{4,}/g) ?? []);

/** Words of the page text that reach the report other than as part of the page's own identifiers. */
function leakedWords(doc: Document, report: string): string[] {
  const vocabulary = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    const ids = [el.tagName, el.id, el.getAttribute('class'), el.getAttribute('data-testid'), el.getAttribute('role')];
    for (const w of wordsOf(ids.filter(Boolean).join(' '))) vocabulary.add(w);
  }
  for (const w of wordsOf(
    structureReport(doc.implementation.createHTMLDocument(''), { site: '', pageKind: '', missing: [] }),
  ))
    vocabulary.add(w);
  const inReport = wordsOf(report);
  return [...wordsOf(readText(doc.body))].filter((w) => inReport.has(w) && !vocabulary.has(w));
}

describe('structure report', () => {
  it('of a Jira issue whose summary selector broke: names the miss and holds none of the page text', () => {
    const { doc, url } = loadFixture('jira', 'issue');
    without(doc, 'h1');
    const r = jira.read(doc, url);
    const missing = r.ok ? [] : r.failure.missing;
    const report = structureReport(doc, { site: 'jira', pageKind: 'ticket', missing });
    expect(report).toContain('selectors that missed: jira.summary');
    expect(report).toContain('[data-testid=issue.views.field.rich-text.description]');
    expect(leakedWords(doc, report)).toEqual([]);
    for (const secret of ['Dana Whitfield', 'Marco Ruiz', 'stockists', 'ACME-142', '/browse/']) {
      expect(report).not.toContain(secret);
    }
  });

  it('of a real Trello board: keys masked, repeated cards counted, no card title', () => {
    const doc = loadRealPage('trello/board-trello-folds-test.2021-06.html');
    const report = structureReport(doc, { site: 'trello', pageKind: 'list', missing: ['trello.title'] });
    expect(report).toMatch(/a\.list-card\.js-member-droppable\.ui-droppable {2}x \d+/);
    for (const title of ['Beta Section', 'D_S1_0.1', 'Comment1', 'Släpp filer']) expect(report).not.toContain(title);
    expect(leakedWords(doc, report)).toEqual([]);
    expect(report.length).toBeLessThan(150_200);
  });

  it('masks keys, numbers, hex runs and e-mails in identifiers', () => {
    expect(maskToken('card-ACME-142')).toBe('card-KEY-0');
    expect(maskToken('comment-10231')).toBe('comment-0');
    expect(maskToken('avatar-5df59ffc0cb781829927')).toBe('avatar-HEX');
    expect(maskToken('dana@acmeoutdoor.com')).toBe('[email]');
  });
});
