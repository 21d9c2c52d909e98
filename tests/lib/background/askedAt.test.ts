// Dates read off pages are stored as the schema accepts them: Jira's "+0000" zones and Gmail's
// zone-less wall clock are dates; relative or unreadable text becomes null instead of failing the
// whole page's save (which once left Jira issues without a badge).
import { describe, expect, it } from 'vitest';
import { partsOf } from '@/lib/background/judgePage';
import { schemas } from '@/lib/db/schemas';
import type { Ticket } from '@/lib/sites/types';

const ticket = (dates: (string | null)[]): Ticket =>
  ({
    type: 'ticket',
    site: 'jira',
    key: 'ACME-1',
    url: 'https://x.atlassian.net/browse/ACME-1',
    title: 'Store locator',
    description: 'Please add a store locator.',
    reporter: null,
    comments: dates.map((date, i) => ({ author: 'Dana', body: `comment ${i}`, date })),
  }) as unknown as Ticket;

describe('askedAt of page parts', () => {
  it('keeps ISO dates with any zone form, and drops what is not a date', () => {
    const parts = partsOf(ticket(['2026-11-20T10:00:00.000+0000', '2026-11-03T14:05:00', '2 days ago', null]), []);
    expect(parts.map((p) => p.askedAt)).toEqual([
      null,
      '2026-11-20T10:00:00.000+0000',
      '2026-11-03T14:05:00',
      null,
      null,
    ]);
  });

  it('is accepted by the stored schema in each form, and a non-date is refused', () => {
    const field = schemas.requests.shape.askedAt;
    for (const ok of ['2026-11-20T10:00:00.000+0000', '2026-11-03T14:05:00', '2026-11-03T14:05:00.000Z', null])
      expect(field.safeParse(ok).success, String(ok)).toBe(true);
    for (const bad of ['2 days ago', 'zzzz', '2026-13-45T99:99:00'])
      expect(field.safeParse(bad).success, bad).toBe(false);
  });
});
