import { describe, expect, it } from 'vitest';
import { clientResponsiveness, replyDays } from '@/lib/insights/responsiveness';
import { median, percentile } from '@/lib/insights/stats';
import { fakeId, makeWait } from '@/tests/factories';

describe('median and 90th percentile (linear interpolation, type 7)', () => {
  it('odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
  });
  it('90th percentile interpolates between closest ranks', () => {
    expect(percentile([1, 2, 3, 4], 90)).toBe(3.7); // h = 3 * 0.9 = 2.7 -> 3 + 0.7 * (4 - 3)
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10); // h = 9 exactly
    expect(percentile([0, 10], 90)).toBe(9);
    expect(percentile([2, 2, 2], 90)).toBe(2);
  });
});

describe('clientResponsiveness', () => {
  const now = new Date(2026, 10, 28, 12); // Saturday; this week starts Monday 2026-11-23
  const acme = fakeId();
  const beta = fakeId();
  const closed = (clientId: string, askedOn: string, closedAt: string, auto = true) =>
    makeWait({ clientId, askedOn, closedAt, auto });

  it('reply time is closedAt - askedOn in whole days', () => {
    expect(replyDays(closed(acme, '2026-11-03', '2026-11-05T08:30:00'))).toBe(2);
    expect(replyDays(makeWait({ askedOn: '2026-11-03' }))).toBeNull();
  });

  it('per client median, p90 and an 8-week trend by reply week', () => {
    const waits = [
      closed(acme, '2026-11-02', '2026-11-03T10:00:00'), // 1 day, week of 11-02
      closed(acme, '2026-11-02', '2026-11-05T10:00:00'), // 3 days, week of 11-02
      closed(acme, '2026-11-16', '2026-11-20T10:00:00'), // 4 days, week of 11-16
      closed(acme, '2026-11-20', '2026-11-30T10:00:00'), // 10 days, after the window: counted overall only
      closed(acme, '2026-11-20', '2026-11-21T10:00:00', false), // manual: left out
      makeWait({ clientId: acme, askedOn: '2026-11-01' }), // open: left out
      closed(beta, '2026-09-01', '2026-09-08T10:00:00'), // 7 days, before the window
    ];
    const [a, b] = clientResponsiveness(waits, { now });
    expect(a).toMatchObject({ clientId: acme, replies: 4, medianDays: 3.5, p90Days: 8.2 });
    expect(a?.trend.map((p) => p.weekStart)).toEqual([
      '2026-10-05',
      '2026-10-12',
      '2026-10-19',
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    expect(a?.trend[4]).toEqual({ weekStart: '2026-11-02', count: 2, medianDays: 2 });
    expect(a?.trend[6]).toEqual({ weekStart: '2026-11-16', count: 1, medianDays: 4 });
    expect(a?.trend[5]).toEqual({ weekStart: '2026-11-09', count: 0, medianDays: null });
    expect(b).toMatchObject({ clientId: beta, replies: 1, medianDays: 7, p90Days: 7 });
    expect(b?.trend.every((p) => p.count === 0)).toBe(true);
  });

  it('manual waits count when asked to', () => {
    const r = clientResponsiveness([closed(acme, '2026-11-20', '2026-11-21T10:00:00', false)], {
      now,
      includeManual: true,
    });
    expect(r[0]?.replies).toBe(1);
  });
});
