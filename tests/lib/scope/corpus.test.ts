import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages, readProjects } from '@/lib/scope/corpus';

const dir = mkdtempSync(path.join(tmpdir(), 'scope-corpus-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

describe('reading a corpus', () => {
  it('parses the SOW text of a project that has no structured scope', () => {
    const sow =
      'Deliverables\n1. Logo design.\n2. Brand guidelines.\n\nAssumptions\n- Two rounds of revisions.\n\nOut of Scope\n- Printing.\n\nFees\n40 hours at USD 120 per hour.';
    const [p] = readProjects(file('p.json', JSON.stringify([{ id: 'p1', sowText: sow }])));
    expect(p!.scope.deliverables.length).toBe(2);
    expect(p!.scope.exclusions.length).toBe(1);
    expect(p!.scope.revisionRounds).toBe(2);
  });

  it('refuses a projects file that is not an array, with the file named', () => {
    const f = file('bad.json', '{"id": "p1"}');
    expect(() => readProjects(f)).toThrow(`${f}: expected a JSON array of projects`);
  });

  it('skips and reports lines that are not messages, keeping the rest', () => {
    const warnings: string[] = [];
    const f = file('m.jsonl', '{"id":"m1","projectId":"p1","subject":"s","body":"b"}\n{broken\n{"no":"id"}\n');
    const messages = readMessages(f, (w) => warnings.push(w));
    expect(messages.map((m) => m.id)).toEqual(['m1']);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain(':2: skipped, not JSON');
    expect(warnings[1]).toContain(':3: skipped');
  });
});
