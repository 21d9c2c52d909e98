import { describe, expect, it } from 'vitest';
import {
  contributions,
  fit,
  fitNoisyOr,
  logitWithWords,
  probability,
  type Bag,
  type Example,
} from '@/lib/scope/learn/logistic';

describe('logistic regression', () => {
  it('learns a separable rule and is deterministic', () => {
    const examples: Example[] = [];
    for (let i = 0; i < 40; i++) {
      examples.push({ f: { please: 1, noise: i % 2 }, y: 1 }, { f: { thanks: 1, noise: i % 2 }, y: 0 });
    }
    const model = fit(examples, { l2: 0.001, epochs: 300 });
    expect(probability(model, { please: 1 })).toBeGreaterThan(0.9);
    expect(probability(model, { thanks: 1 })).toBeLessThan(0.1);
    expect(Math.abs(model.w.noise ?? 0)).toBeLessThan(0.5);
    expect(fit(examples, { l2: 0.001, epochs: 300 })).toEqual(model);
  });

  it('names the features that moved a prediction, strongest first', () => {
    const model = { bias: 0, w: { a: 2, b: -3, c: 0.5 } };
    expect(contributions(model, { a: 1, b: 1, c: 1 }).map((c) => c.feature)).toEqual(['b', 'a', 'c']);
  });

  it('adds lexical keys looked up by name, with or without values', () => {
    const model = { bias: 1, w: { x: 1, 'w:please': 2 } };
    expect(logitWithWords(model, { x: 1 }, ['w:please', 'w:unknown'])).toBe(4);
    expect(logitWithWords(model, {}, new Map([['w:please', 0.5]]))).toBe(2);
  });
});

describe('noisy-OR multiple-instance training', () => {
  it('finds which instance carries a bag label it was never told about', () => {
    // Positive bags hold one "ask" among fillers; negative bags hold only fillers.
    const bags: Bag[] = [];
    for (let i = 0; i < 60; i++) {
      bags.push({ items: [{ filler: 1 }, { ask: 1 }, { filler: 1, other: 1 }], y: 1 });
      bags.push({ items: [{ filler: 1 }, { filler: 1, other: 1 }], y: 0 });
    }
    const model = fitNoisyOr(bags, { l2: 0.001, epochs: 400 });
    expect(probability(model, { ask: 1 })).toBeGreaterThan(0.8);
    expect(probability(model, { filler: 1 })).toBeLessThan(0.2);
  });
});
