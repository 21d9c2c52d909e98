// The numeric targets, measured on the shared dev corpus and on our own made-up project.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readMessages, readProjects } from '@/lib/scope/corpus';
import { evaluate, predictAll } from '@/lib/scope/evaluate';
import { scoreParser } from '@/lib/scope/sow-eval';

const devDir = path.resolve(__dirname, '../../../shared/corpus/dev');
const fixtures = path.resolve(__dirname, 'fixtures');

describe.runIf(existsSync(devDir))('dev corpus targets', () => {
  const projects = readProjects(path.join(devDir, 'projects.json'));
  const report = evaluate(predictAll(projects, readMessages(path.join(devDir, 'messages.jsonl'))));

  it('meets the scope targets', () => {
    expect(report.perLabel.out_of_scope!.f1).toBeGreaterThanOrEqual(0.9);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(report.scopeRefAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('meets the signal targets', () => {
    expect(report.upsell.f1).toBeGreaterThanOrEqual(0.75);
    expect(report.sentimentAccuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('parses the dev SOWs: >= 90% of items, exact rounds, hours, rate and currency', () => {
    const scores = scoreParser(projects);
    const found = scores.reduce((a, s) => a + s.itemsFound, 0);
    const total = scores.reduce((a, s) => a + s.itemsTotal, 0);
    expect(found / total).toBeGreaterThanOrEqual(0.9);
    for (const s of scores)
      expect(s.exact).toEqual({ revisionRounds: true, budgetHours: true, hourlyRate: true, currency: true });
  });
});

// These projects were written for these tests. The email and college ones were scored before any
// rule was adjusted for them (out_of_scope F1 0.875 and 1.000 then).
describe.each([
  ['PR press office', 'pr-project.json', 'pr-messages.jsonl'],
  ['email marketing retainer', 'email-project.json', 'email-messages.jsonl'],
  ['college website', 'web-project.json', 'web-messages.jsonl'],
])('made-up project: %s', (_name, projectsFile, messagesFile) => {
  const report = evaluate(
    predictAll(readProjects(path.join(fixtures, projectsFile)), readMessages(path.join(fixtures, messagesFile))),
  );
  it('judges scope on messages the rules were not written from', () => {
    expect(report.n).toBeGreaterThanOrEqual(10);
    expect(report.perLabel.out_of_scope!.f1).toBeGreaterThanOrEqual(0.8);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.75);
  });
});
