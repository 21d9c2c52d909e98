// Counting in a message against a contracted quantity: totals, additions on top of what is used,
// positions, and the numbers that are no counts (dates, times, money, shares).
import { describe, expect, it } from 'vitest';
import { countAgainst, countFacts, quantityExceeded } from '@/lib/scope/counts';
import { indexScope } from '@/lib/scope/scope-index';

const against = (text: string, q: number) => countAgainst(countFacts(text), q);

describe('countAgainst', () => {
  it('adds what is asked to what is used', () => {
    expect(against("We're at 15 flows per the tracker. Could Ravi add 5 more?", 15)).toEqual({
      over: "We're at 15 ... 5 more",
    });
    expect(against('We have 9 infographics so far. Could you add two more?', 12)).toBe('within');
    expect(against("We've used all 12 infographics. The committee wants four more.", 12)).toEqual({
      over: 'used all 12 ... four more',
    });
  });

  it('reads totals, "instead of" and positions', () => {
    expect(against('Please add 4 more sessions with people over 60. So in total 16 sessions.', 12)).toEqual({
      over: 'in total 16',
    });
    expect(against('That brings us to 11.', 12)).toBe('within');
    expect(against('Could we get 5 clips from this one instead of the usual 3?', 3)).toEqual({
      over: '5 clips from this one instead of the usual 3',
    });
    expect(against('Please port it as guide #11.', 10)).toEqual({ over: '#11' });
    expect(against('A 13th show launches in March and needs cover art.', 12)).toEqual({ over: '13th show' });
    expect(against('Editing clip 23 of 40 into an ad-ready cut.', 40)).toBe('within');
  });

  it('does not count dates, times, money or shares', () => {
    for (const text of [
      'Can we meet on the 26th of May at 10am?',
      'The boost costs 1,500 EUR and 18% of our clients are retired.',
      'Please send it by 12 March 2026.',
      'We have 3 weeks left.',
    ])
      expect(against(text, 10), text).toBeNull();
  });

  it('leaves quantities of one to the other evidence, and far-off numbers alone', () => {
    expect(against('This would be the second film.', 1)).toBeNull();
    expect(against('In total 4,000 residents took part.', 12)).toBeNull();
  });
});

describe('numbered items ("Email 9: ...")', () => {
  const emails = new Set(['email']);
  it('a numbered item beyond the contracted count goes beyond it, when its words name what is counted', () => {
    expect(countAgainst(countFacts('Email 9: re-engage trial accounts'), 8, emails)).toEqual({ over: 'Email 9' });
    expect(countAgainst(countFacts('Onboarding email 9 in the sequence'), 8, emails)).toEqual({
      over: 'Onboarding email 9',
    });
    expect(countAgainst(countFacts('Email 5: fix the subject line'), 8, emails)).toBe('within');
  });

  it('a number after a word that names something else counts nothing', () => {
    expect(countAgainst(countFacts('Safari 17: the layout breaks'), 8, emails)).toBeNull();
    expect(countAgainst(countFacts('Sept 22\nCould we use a slot that day?'), 6, emails)).toBeNull();
    expect(countAgainst(countFacts('Week 9: send the emails'), 8, emails)).toBeNull();
    // Without the deliverable's counted words, a numbered item is no evidence either way.
    expect(countAgainst(countFacts('Email 9: re-engage trial accounts'), 8)).toBeNull();
  });
});

describe('quantityExceeded: an item numbered after its name ("attendee email #5")', () => {
  const index = indexScope({
    deliverables: [
      { id: 'd1', title: 'Attendee emails', description: 'Up to four attendee emails.', quantity: 4 },
      { id: 'd2', title: 'Wireframes', description: 'Wireframes of up to 10 screens.', quantity: 10 },
    ],
    exclusions: [],
    revisionRounds: 2,
    budgetHours: null,
    hourlyRate: null,
    currency: 'EUR',
    startDate: null,
    endDate: null,
  });
  const hit = (text: string) => {
    const h = quantityExceeded(text, index);
    return h && { id: h.item.id, evidence: h.evidence };
  };

  it('goes beyond the count when the number follows a word that names what is counted', () => {
    expect(hit('Attendee email #5 - last-chance reminder')).toEqual({ id: 'd1', evidence: 'email #5' });
    expect(hit('Team seat add-on screens (11-13)')).toEqual({ id: 'd2', evidence: 'screens 11-13' });
    expect(hit('Screens 11 & 12: billing settings')).toEqual({ id: 'd2', evidence: 'Screens 11 & 12' });
  });

  it('stays within the count, and reads no sizes, times or other nouns', () => {
    expect(hit('Attendee email #3 - agenda')).toBeNull();
    expect(hit('Screen 9: fix the spacing')).toBeNull();
    expect(hit('Email banner 600 px wide')).toBeNull();
    expect(hit('Send email 5 minutes before doors open')).toBeNull();
    expect(hit('Level 12 signage for the email kiosk')).toBeNull();
  });
});
