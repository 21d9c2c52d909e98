import { describe, expect, it } from 'vitest';
import { badgeFor } from '@/lib/background/judgePage';
import { makeRequest } from '../../factories';

const PROJECT = 'p1';
const ask = (verdict: 'in_scope' | 'out_of_scope', confidence: number, extra = {}) =>
  makeRequest({ projectId: PROJECT, verdict, confidence, askText: `ask ${verdict} ${confidence}`, ...extra });

describe('badgeFor', () => {
  it('shows the verdict of a sure ask without Check', () => {
    const badge = badgeFor('t1', [ask('out_of_scope', 0.92)], 'Acme');
    expect(badge.verdict).toBe('out_of_scope');
    expect(badge.check).toBeUndefined();
  });

  it('says Check when every ask behind the verdict is a near coin toss', () => {
    const badge = badgeFor('t1', [ask('out_of_scope', 0.55), ask('in_scope', 0.95)], 'Acme');
    expect(badge.verdict).toBe('out_of_scope');
    expect(badge.check).toBe(true);
    expect(badge.reason).toContain('unsure');
  });

  it('trusts an AM correction: a corrected ask is never Check', () => {
    const corrected = ask('in_scope', 0.52, {
      correction: { verdict: 'in_scope', scopeRef: 'd1', at: '2026-11-02T09:00:00.000Z' },
    });
    expect(badgeFor('t1', [corrected], 'Acme').check).toBeUndefined();
  });
});
