import { describe, expect, it } from 'vitest';
import { classify, type Correction } from '@/lib/scope';
import { similarity } from '@/lib/scope/corrections';
import { BRAND_SCOPE } from './helpers';

const ask = { subject: 'Tins', body: 'Could you adapt the tea labels for the new 250 g tin size?' };

describe('learning from corrections', () => {
  it('an ask similar to a corrected one follows the correction', () => {
    const before = classify(ask, BRAND_SCOPE);
    expect(before.verdict).toBe('in_scope');
    const corrections: Correction[] = [
      { askText: 'Can you adapt the labels to the 250 g tin size as well?', verdict: 'out_of_scope', scopeRef: 'new' },
    ];
    const after = classify(ask, BRAND_SCOPE, { corrections });
    expect(after.verdict).toBe('out_of_scope');
    expect(after.scopeRef).toBe('new');
    expect(after.reason).toMatch(/correction/);
  });

  it('a dissimilar ask is not affected', () => {
    const corrections: Correction[] = [
      { askText: 'Please build a store locator map', verdict: 'in_scope', scopeRef: 'd1' },
    ];
    const r = classify({ subject: '', body: 'Could you also redesign our website?' }, BRAND_SCOPE, { corrections });
    expect(r.verdict).toBe('out_of_scope');
    expect(r.scopeRef).toBe('x1');
  });

  it('similarity is high for rephrasings and low for unrelated asks', () => {
    expect(
      similarity('adapt the labels to the 250 g tins', 'Could you adapt the tea labels for 250 g tin?'),
    ).toBeGreaterThan(0.5);
    expect(similarity('store locator map', 'translate the labels into German')).toBeLessThan(0.2);
  });
});
