// weights.json is versioned: a file of another shape (an older engine's) fails loudly instead of
// judging with models that are missing or read differently.
import { describe, expect, it } from 'vitest';
import { checkWeights, weights, WEIGHTS_VERSION, type Weights } from '@/lib/scope/weights';

const WEIGHTS = weights();

describe('weights file', () => {
  it('is the version the engine reads, with every model', () => {
    expect(WEIGHTS.version).toBe(WEIGHTS_VERSION);
    for (const k of ['ask', 'request', 'match', 'scope', 'scopeAsk'] as const)
      expect(Object.keys(WEIGHTS[k].w).length, k).toBeGreaterThan(0);
  });

  it('refuses another version, and a file without the per-ask scope model', () => {
    expect(() => checkWeights({ ...WEIGHTS, version: 2 })).toThrow(/version 2.*npm run scope -- train/);
    const { scopeAsk: _, ...older } = WEIGHTS;
    expect(() => checkWeights(older as Weights)).toThrow(/"scopeAsk"/);
    expect(checkWeights(WEIGHTS)).toBe(WEIGHTS);
  });
});
