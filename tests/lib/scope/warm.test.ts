// The engine's tables built in steps (lib/scope/warm): each builder yields between pieces of work,
// builds the same table as building it at once, keeps it, and skips a table already built.
import { describe, expect, it } from 'vitest';
import { compileLexicon, lexiconOf } from '@/lib/scope/lexicon';
import { buildWeights, weightsOf, type Logistic } from '@/lib/scope/learn/logistic';
import { warmEngine } from '@/lib/scope/warm';
import { weights } from '@/lib/scope/weights';
import { classify } from '@/lib/scope';
import { cardInput } from '@/lib/scope/analyse';

const WEIGHTS = weights();

/** A model of `n` keys: single words, pairs, a prefix's own keys and non-lexical features. */
function model(n: number): Logistic {
  const w: Record<string, number> = {};
  for (let i = 0; i < n; i++) {
    const kind = i % 4;
    const key =
      kind === 0 ? `w:word${i}` : kind === 1 ? `b:word${i - 1} word${i}` : kind === 2 ? `sw:word${i}` : `f_${i}`;
    w[key] = i / n;
  }
  return { bias: 0, w };
}

const count = (g: Generator<void, void, undefined>) => {
  let n = 0;
  for (const _ of g) n++;
  return n;
};

describe('compileLexicon', () => {
  it('yields between pieces of keys and keeps the lexicon lexiconOf then returns', () => {
    const m = model(6000);
    expect(count(compileLexicon(m))).toBe(11); // 500 keys a piece: 12 pieces, 11 yields between
    const lexicon = lexiconOf(m);
    expect(lexicon.single.filter(Boolean)).toHaveLength(1500);
    expect(lexicon.pairEntries).toHaveLength(1500);
    expect(lexicon.singleWeights.filter((x) => !Number.isNaN(x))).toHaveLength(1500);
    expect(
      lexiconOf(m, 's')
        .single.filter(Boolean)
        .map((e) => e!.key),
    ).toEqual(Object.keys(m.w).filter((k) => k.startsWith('sw:')));
    // Built already: no work, no yield, the same object.
    expect(count(compileLexicon(m))).toBe(0);
    expect(lexiconOf(m)).toBe(lexicon);
  });

  it('leaves a lexicon made meanwhile by lexiconOf as it is', () => {
    const m = model(4000);
    const steps = compileLexicon(m);
    steps.next();
    const made = lexiconOf(m);
    for (const _ of steps);
    expect(lexiconOf(m)).toBe(made);
  });
});

describe('buildWeights', () => {
  it("yields every few thousand keys and keeps the model's weights as a map", () => {
    const m = model(9000);
    expect(count(buildWeights(m))).toBe(2);
    expect(weightsOf(m)).toEqual(new Map(Object.entries(m.w)));
    expect(count(buildWeights(m))).toBe(0);
  });
});

describe('warmEngine', () => {
  it('builds every model table a judgment reads, yielding between parts; a second warm-up adds only what the first left out', () => {
    const first = count(warmEngine());
    expect(first).toBeGreaterThan(40);
    for (const m of [WEIGHTS.ask, WEIGHTS.request, WEIGHTS.match, WEIGHTS.scope, WEIGHTS.scopeAsk, WEIGHTS.cardNote])
      expect(count(buildWeights(m))).toBe(0);
    expect(count(compileLexicon(WEIGHTS.ask))).toBe(0);
    expect(count(compileLexicon(WEIGHTS.scopeAsk, 's'))).toBe(0);
    // The titles' vocabulary (one yield per language, twice) was left out the first time.
    const titles = count(warmEngine({ titles: true }));
    const again = count(warmEngine({ titles: true }));
    expect(titles).toBeGreaterThan(again);
    expect(first).toBeGreaterThan(again);
  });

  it('changes no judgment', () => {
    const scope = {
      deliverables: [{ id: 'd1', title: 'Website', description: 'Five pages', quantity: 5 }],
      exclusions: [{ id: 'x1', title: 'Logo design', description: 'No logo work' }],
      revisionRounds: 2,
      budgetHours: null,
      hourlyRate: null,
      currency: null,
      startDate: null,
      endDate: null,
    };
    const before = classify(cardInput('Design a new logo for the launch'), scope, { workItem: true });
    for (const _ of warmEngine({ titles: true }));
    expect(classify(cardInput('Design a new logo for the launch'), scope, { workItem: true })).toEqual(before);
  });
});
