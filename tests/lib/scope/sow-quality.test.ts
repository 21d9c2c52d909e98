// The SOW parser against every gold scope there is: the corpus sets' SOWs and s2-s12 (SOWs only). Most
// are no longer blind, so the floors guard what the parser has learned (a change that breaks a
// layout fails here); how it does on SOWs it never saw is the first looks in docs/engine-results.md.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listSets } from '@/lib/scope/corpora';
import { readProjects } from '@/lib/scope/corpus';
import { scoreParser, summarise } from '@/lib/scope/sow-eval';

const SETS = [
  ...listSets({
    shared: path.resolve(import.meta.dirname, '../../../../shared/corpus'),
    repo: path.resolve(import.meta.dirname, '../../fixtures/corpus'),
  }),
  { name: 's2', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s2') },
  { name: 's3', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s3') },
  { name: 's4', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s4') },
  { name: 's5', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s5') },
  { name: 's6', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s6') },
  { name: 's7', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s7') },
  { name: 's8', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s8') },
  { name: 's9', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s9') },
  { name: 's10', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s10') },
  { name: 's11', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s11') },
  { name: 's12', dir: path.resolve(import.meta.dirname, '../../fixtures/sow/s12') },
];
// Sets read at their first look and fixed since, not yet at the per-set floors: they count in the
// whole. None now (s9 was, at 84.2% of items at its first look).
const BELOW_FLOORS: typeof SETS = [];

describe('the SOW parser on every gold scope', () => {
  const all = [...SETS, ...BELOW_FLOORS].flatMap((s) => scoreParser(readProjects(path.join(s.dir, 'projects.json'))));

  it.each(SETS)('reads most of $name (items and figures at 85% or better, no SOW empty)', ({ dir }) => {
    const summary = summarise(scoreParser(readProjects(path.join(dir, 'projects.json'))));
    expect(summary.recovered).toBeGreaterThanOrEqual(0.85);
    expect(summary.exact).toBeGreaterThanOrEqual(0.85);
    expect(summary.zeroItems).toBe(0);
  });

  it('recovers 95% of all items and 95% of all figures, with few spurious items', () => {
    const summary = summarise(all);
    expect(summary.recovered).toBeGreaterThanOrEqual(0.95);
    expect(summary.exact).toBeGreaterThanOrEqual(0.95);
    expect(summary.spurious / all.length).toBeLessThan(1.5);
  });
});
