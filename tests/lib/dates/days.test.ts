import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, lastWeeks, weekStart } from '@/lib/dates/days';
import { parseMessageDate } from '@/lib/dates/messageDate';

describe('parseMessageDate', () => {
  it.each([
    ['Tue, 3 Nov 2026, 14:05', '2026-11-03T14:05:00'],
    ['20 Aug 2025, 13:19', '2025-08-20T13:19:00'],
    ['Tue, Nov 3, 2026, 2:05 PM', '2026-11-03T14:05:00'],
    ['Nov 3, 2026 at 2:05\u202fPM', '2026-11-03T14:05:00'],
    ['Mon, 12 Jan 2026, 12:30 am', '2026-01-12T00:30:00'],
    ['Thu, 10 Sept 2026, 09:00 (6 days ago)', '2026-09-10T09:00:00'],
    ['3 November 2026', '2026-11-03T00:00:00'],
    ['Di., 3. Nov. 2026, 14:05', '2026-11-03T14:05:00'],
    ['mar. 3 nov. 2026, 14:05', '2026-11-03T14:05:00'],
    ['3 de diciembre de 2026, 9:15', '2026-12-03T09:15:00'],
    ['1. März 2026 um 08:00', '2026-03-01T08:00:00'],
  ])('reads %s', (text, iso) => {
    expect(parseMessageDate(text)?.iso).toBe(iso);
    expect(parseMessageDate(text)?.day).toBe(iso.slice(0, 10));
  });

  it('keeps ISO input and reads its day off the string', () => {
    expect(parseMessageDate('2026-11-03T23:30:00.000Z')).toEqual({
      iso: '2026-11-03T23:30:00.000Z',
      day: '2026-11-03',
    });
    expect(parseMessageDate('2026-11-03')).toEqual({ iso: '2026-11-03', day: '2026-11-03' });
  });

  it('refuses what it cannot read for sure', () => {
    for (const bad of [
      '',
      null,
      'yesterday',
      '03/11/2026',
      '31 Feb 2026, 10:00',
      '2026-13-01',
      '3 Nov 2026, 25:00',
      'Nov 2026',
    ])
      expect(parseMessageDate(bad)).toBeNull();
  });

  it('infers a missing year from now, never in the future', () => {
    const now = new Date(2026, 0, 15, 12);
    expect(parseMessageDate('Jan 3, 2:05 PM', now)?.day).toBe('2026-01-03');
    expect(parseMessageDate('20 Dec, 13:19', now)?.day).toBe('2025-12-20');
    expect(parseMessageDate('20 Dec, 13:19')).toBeNull();
  });
});

describe('day arithmetic', () => {
  it('matches Date.UTC across leap years and eras', () => {
    for (const day of ['1970-01-01', '2000-02-29', '2024-03-01', '1969-12-31', '2100-03-01', '2026-11-28'])
      expect(dayNumber(day)).toBe(Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / 86_400_000);
  });
  it('counts days across month, year and DST changes', () => {
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
    expect(daysBetween('2025-12-30', '2026-01-02')).toBe(3);
    expect(addDays('2027-01-31', 30)).toBe('2027-03-02');
  });
  it('starts weeks on Monday', () => {
    expect(weekStart('2026-11-28')).toBe('2026-11-23'); // Saturday
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // Monday
    expect(weekStart('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(lastWeeks('2026-11-28', 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });
});
