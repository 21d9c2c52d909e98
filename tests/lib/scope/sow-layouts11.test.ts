// Layouts of the s11 set, in texts written for these tests: options ticked or not beside the scope,
// "X & fees" headings, signature blanks, local currency signs, lower-case house headings with "we
// don't" prose, renewals that remove an item, "1- Services" numbering, letterhead addresses and
// "Client:" lines under a title that reads as a heading, "Methodology and deliverables", a scope
// with a table and an "Also included" list, and a table headed "Tier".
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('options beside the scope', () => {
  it('an unticked option after a "Not included" comma list leaves the list the exclusions', () => {
    const s = parseSow(`Scope
Packshots: up to 120 SKUs on white.

Not included
Location shoots, video, ghost mannequin editing, styling.

Option (tick if wanted)
[ ] 360° spin photography, SEK 95 per SKU`);
    expect(titles(s.exclusions)).toEqual(['Location shoots', 'Video', 'Ghost mannequin editing', 'Styling']);
  });

  it('a ticked option is bought beside "What we\'ll make", not instead of it', () => {
    const s = parseSow(`What we'll make
1. Script — a 60-second script.
2. Storyboard — illustrated frames.

Excluded
Live-action filming.

Phases & fees
Phase 1 — Script & storyboard: CA$6,800 — Feb 23 to Mar 20, 2026
Phase 2 — Animation: CA$14,200 — Mar 23 to Apr 24, 2026

Options
[x] 6-second bumper ads — CA$1,600 — selected
[ ] Animated GIF pack — CA$1,200

Accepted for Gestia Logiciels inc.
Name: ____________  Signature: ____________  Date: ______`);
    expect(titles(s.deliverables)).toEqual(['Script', 'Storyboard', '6-second bumper ads']);
    expect(titles(s.exclusions)).toEqual(['Live-action filming']);
  });
});

describe('local currency signs', () => {
  it.each([
    ['Total fee GH₵ 186,500', 'GHS'],
    ['Amended total: NT$ 495,000', 'TWD'],
    ['25 hours at LKR 9,500 per hour', 'LKR'],
    ['Fee: Rs. 540,000, Lahore office', 'PKR'],
    ['Fee: Rs. 540,000 for the Pune team', 'INR'],
    ['Monthly fee ₱85,000', 'PHP'],
  ])('"%s" is %s', (fees, currency) => {
    expect(parseSow(`Deliverables\n- Workshops\n\nFees\n${fees}`).currency).toBe(currency);
  });
});

describe('exclusions in house words', () => {
  it('"what\'s not in it" over "we don\'t ..." prose', () => {
    const s = parseSow(`what you get
- employee research: 10 interviews

what's not in it
We don't do photography or video shoots, we don't build or change the careers site and we don't place job ads.

fees
12 days at €1,040 per day`);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'photography or video shoots',
      'build or change the careers site',
      'place job ads',
    ]);
  });

  it('a renewal\'s "- The monthly livestream is removed from scope" beside its exclusions list', () => {
    const s = parseSow(`Background:
The scope is the same as in Period 1 except for these changes:
- TikTok comment moderation added
- The monthly "Player Spotlight" livestream is removed from scope (the client's team will run it)

Scope of Services:
1. Discord moderation, 7 days a week.

Not included:
- Paid ads`);
    expect(titles(s.exclusions)).toContain('Paid ads');
    expect(s.exclusions.some((x) => x.title.includes('Player Spotlight'))).toBe(true);
  });

  it('reads each excluding sentence on its own, one of them numbered', () => {
    const s = parseSow(`2. Changes
2.1 Feed posts increase from 12 to 16 per month.
2.3 The monthly product photoshoot is removed from scope.

3. Scope as amended
a) Content plan
b) Feed posts

The following remain outside the scope: paid social advertising, influencer partnerships.`);
    expect(titles(s.exclusions)).toEqual([
      'Monthly product photoshoot',
      'Paid social advertising',
      'Influencer partnerships',
    ]);
  });
});

describe('headings and furniture', () => {
  it('"1- Services", "2- Included", "3- Not included" number their headings with a hyphen', () => {
    const s = parseSow(`1- Services
We recruit and manage the stand team.

2- Included
- One training session
- Uniforms

3- Not included
- Stand build

4- Fees
EGP 450 per staff hour`);
    expect(titles(s.deliverables)).toEqual(['One training session', 'Uniforms']);
    expect(titles(s.exclusions)).toEqual(['Stand build']);
  });

  it('a title in capitals under the letterhead, and the client and address under it, are no items', () => {
    const s = parseSow(`Prairie Signal Audio LLC
400 1st Ave N, Suite 520, Minneapolis, MN 55401

PODCAST PRODUCTION AGREEMENT & SCOPE OF SERVICES

Client: Great Lakes Manufacturing Alliance
1100 Superior Ave E, Cleveland, OH 44114

SERVICES
Episodes: four (4) episodes per month.
Editing & mixing: full edit and mastering.`);
    expect(titles(s.deliverables)).toEqual(['Episodes', 'Editing & mixing']);
  });

  it('"3. METHODOLOGY AND DELIVERABLES" heads the deliverables, not the objectives above it', () => {
    const s = parseSow(`2. OBJECTIVES
•  Size the category
•  Identify buyer segments

3. METHODOLOGY AND DELIVERABLES
3.1  Desk research – a short review.
3.2  Focus groups – four (4) online groups.`);
    expect(titles(s.deliverables)).toEqual(['Desk research', 'Focus groups']);
  });

  it('a scope with a creators table, then "Also included": both, the table by its header', () => {
    const s = parseSow(`Scope
We will plan and run the whole campaign.

Tier\tCreators\tContent per creator
Micro-influencers (10k–80k followers)\t10\t1 reel + 3 stories
Macro-influencers (300k+ followers)\t2\t1 TikTok video

Also included:
- Creator shortlist of 25 profiles
- Creative brief`);
    const d = s.deliverables;
    expect(titles(d)).toEqual([
      'Micro-influencers (10k–80k followers)',
      'Macro-influencers (300k+ followers)',
      'Creator shortlist',
      'Creative brief',
    ]);
    expect(d.slice(0, 2).map((x) => x.quantity)).toEqual([10, 2]);
  });
});
