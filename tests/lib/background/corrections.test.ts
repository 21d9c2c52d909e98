// Corrections reach the scope engine only with a real verdict: a "maybe" or a __proto__-shaped
// correction (from a hostile backup or a bug) never comes back as the verdict of an ask.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validCorrections } from '@/lib/asks/verdict';
import { judgePage } from '@/lib/background/judgePage';
import { judgeTitles } from '@/lib/background/listJudge';
import { parseSow } from '@/lib/scope';
import type { Correction } from '@/lib/scope/types';
import { makeProject } from '@/tests/factories';

const sow = readFileSync(path.resolve(import.meta.dirname, '../../../scripts/sample-sow.md'), 'utf8');
const project = makeProject({ clientId: crypto.randomUUID(), scope: parseSow(sow) });
const askText = 'Could you also write the product descriptions for the 40 new products we are adding?';
const hostile = [
  { askText, verdict: 'maybe', scopeRef: null },
  JSON.parse(`{"askText": ${JSON.stringify(askText)}, "__proto__": {"verdict": "pwned"}, "scopeRef": null}`),
  { askText, verdict: { toString: () => 'in_scope' }, scopeRef: null },
  { askText, verdict: 'in_scope', scopeRef: 42 },
  null,
  'in_scope',
] as unknown as Correction[];

describe('corrections at the engine boundary', () => {
  it('keeps only well-formed corrections', () => {
    expect(validCorrections(hostile)).toEqual([]);
    expect(validCorrections([{ askText: 'x', verdict: 'in_scope', scopeRef: 'd1' }])).toEqual([
      { askText: 'x', verdict: 'in_scope', scopeRef: 'd1' },
    ]);
  });

  it('a page judged with hostile corrections gets only real verdicts', async () => {
    const judged = await judgePage({
      page: {
        type: 'ticket',
        site: 'jira',
        key: 'ACME-1',
        title: 'Product descriptions',
        description: askText,
        comments: [],
        reporter: null,
        containerId: 'ACME',
        url: 'https://acme.atlassian.net/browse/ACME-1',
      },
      project,
      agencyDomains: [],
      clientDomains: [],
      existing: [],
      corrections: hostile,
      now: '2026-11-28T10:00:00.000Z',
    });
    expect(judged.length).toBeGreaterThan(0);
    for (const r of judged) expect(['out_of_scope', 'in_scope']).toContain(r.verdict);
    const badges = await judgeTitles([{ key: 'ACME-2', title: askText }], project, hostile);
    for (const b of badges) expect(['out_of_scope', 'in_scope', 'no_request', 'unknown']).toContain(b.verdict);
  });
});
