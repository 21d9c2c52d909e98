import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const SOW = `Statement of Work: Fern & Fig Bakery Website

Scope of Services
Oakline Digital will design and build a new WordPress website for Fern & Fig.

Deliverables
1. Discovery: one workshop and a sitemap.
2. Visual design of up to 8 page templates, desktop and mobile.
3. WordPress development of the 8 templates with an online ordering form.
4. Content migration of up to 60 existing recipes.

Assumptions
- Three rounds of revisions per design deliverable.
- Fern & Fig supplies all copy and photography.

Out of Scope
- Copywriting and photography.
- E-commerce, payments or delivery integrations.
- Hosting and maintenance after launch.

Timeline
5 April 2027 to 30 July 2027.

Fees
180 hours at CAD 140 per hour (CAD 25,200), invoiced monthly.`;

describe('parseSow', () => {
  const scope = parseSow(SOW);

  it('reads numbered deliverables with quantities', () => {
    expect(scope.deliverables.map((d) => d.title)).toEqual([
      'Discovery',
      'Visual design',
      'WordPress development',
      'Content migration',
    ]);
    expect(scope.deliverables.map((d) => d.quantity)).toEqual([1, 8, 8, 60]);
    expect(scope.deliverables[0]?.id).toBe('d1');
  });

  it('reads exclusion bullets', () => {
    expect(scope.exclusions).toHaveLength(3);
    expect(scope.exclusions[1]?.id).toBe('x2');
    expect(scope.exclusions[1]?.description).toMatch(/E-commerce/);
  });

  it('reads revision rounds, hours, rate, currency and dates', () => {
    expect(scope.revisionRounds).toBe(3);
    expect(scope.budgetHours).toBe(180);
    expect(scope.hourlyRate).toBe(140);
    expect(scope.currency).toBe('CAD');
    expect(scope.startDate).toBe('2027-04-05');
    expect(scope.endDate).toBe('2027-07-30');
  });

  it('returns an empty scope for empty or junk text', () => {
    expect(parseSow('').deliverables).toEqual([]);
    expect(parseSow('lorem ipsum').revisionRounds).toBeNull();
  });
});
