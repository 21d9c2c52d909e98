import { describe, expect, it } from 'vitest';
import { daysSince, today } from '@/lib/dates/days';
import { safeHref } from '@/lib/links/safeHref';

describe('format', () => {
  it('counts whole local days waited, never negative', () => {
    const now = new Date(2026, 10, 28, 9, 0);
    expect(today(now)).toBe('2026-11-28');
    expect(daysSince('2026-11-22', now)).toBe(6);
    expect(daysSince('2026-12-01', now)).toBe(0);
  });
  it('links only http(s) URLs', () => {
    expect(safeHref('https://mail.google.com/x')).toBe('https://mail.google.com/x');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref('not a url')).toBeNull();
  });
});
