// Layouts of the s9 set, in texts written for these tests: a programme's numbered list with no dates
// in it (the deliverables, under a heading that usually means a schedule), a PDF's running footer
// inside a list, a package named on a "PACKAGE:" line over its lines, and "x 120" counts after the
// thing counted.
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('a programme of numbered items with no dates', () => {
  const text = `Training Proposal

Programme
1) Discovery survey – a short online survey of all staff.
2) Workshops – three half-day workshops for up to 15 people.
3) Handbook – a printed handbook for every participant.
The programme does not include one-to-one coaching, venue hire, or translation of the handbook.

Investment
Total: EUR 9,000.`;

  it('reads the numbered items as the deliverables', () => {
    expect(titles(parseSow(text).deliverables)).toEqual(['Discovery survey', 'Workshops', 'Handbook']);
  });

  it('reads the sentence after the list as the exclusions', () => {
    expect(parseSow(text).exclusions.map((x) => x.description)).toEqual([
      'one-to-one coaching',
      'venue hire',
      'translation of the handbook',
    ]);
  });

  it('keeps a dated programme as the schedule', () => {
    const dated = `Deliverables
- Handbook

Programme
1) Survey – week 1
2) Workshops – 3 March
3) Review – 20 March`;
    expect(titles(parseSow(dated).deliverables)).toEqual(['Handbook']);
  });
});

describe('a PDF paste with running footers', () => {
  it('drops the footer inside a "Title: description" list', () => {
    const s = parseSow(`Deliverables
Sales deck: a 12-slide presentation.
Sell sheets: four single-page sheets.

Acme Studio | SOW AC-12 | Page 1 of 2

Fees
40 hours at AUD 150 per hour.`);
    expect(titles(s.deliverables)).toEqual(['Sales deck', 'Sell sheets']);
  });
});

describe('a package named on a "PACKAGE:" line', () => {
  const text = `Studio North
Proposal for: Acme Ltd

PACKAGE: Essentials

Packshots x 60 (20 SKUs x 3 angles), clipped
Lifestyle scenes x 8, styled in studio
Colour correction of all images

Not included: models, video.

INVESTMENT
Package total: HK$ 20,000`;

  it('reads the lines under it as the deliverables, with counts after the noun', () => {
    const s = parseSow(text);
    expect(titles(s.deliverables)).toEqual(['Packshots', 'Lifestyle scenes', 'Colour correction']);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([60, 8, null]);
    expect(titles(s.exclusions)).toEqual(['Models', 'Video']);
  });

  it('does not read a size as a count', () => {
    const s = parseSow(`Deliverables\n- Stand graphics for the 3m x 3m stand\n- Banners at 2400 x 900`);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([null, null]);
  });
});

describe('exclusion lists in house styles', () => {
  it('reads "Additional services available on request" as the exclusions', () => {
    const s = parseSow(`Scope
Explainer video - one 60-second animation.
Cutdowns - 2 x 15-second cutdowns.

Investment
Explainer video ........ PLN 30,000
Total fixed fee: PLN 36,000

Additional services available on request, quoted separately:
- Voice-over in other languages
- Live-action filming`);
    expect(titles(s.exclusions)).toEqual(['Voice-over in other languages', 'Live-action filming']);
  });

  it('reads a schedule\'s lettered "A4. What is not included" as a heading, not an item', () => {
    const s = parseSow(`SCHEDULE A – SCOPE OF SERVICES
A1. Staffing
  a. Brand ambassadors – 4 ambassadors for the booth
  b. Team lead – 1 on-site team lead
A2. What is not included
  - Travel and lodging
  - Booth build
A3. Fees
All staff are billed at $50.00 per hour.`);
    expect(titles(s.deliverables)).not.toContain('What is not included');
    expect(titles(s.exclusions)).toEqual(['Travel and lodging', 'Booth build']);
  });

  it('ends an exclusions paragraph at "Your Investment", its fee table no exclusions', () => {
    const s = parseSow(`Scope of work
• Media plan — a channel plan for six months.
• Reporting — one report per month.

Not part of this proposal
Creative production, TikTok campaigns, and website changes.

Your Investment
Item | Monthly | Term
Management fee | R20,000 | 6 months`);
    expect(titles(s.exclusions)).toEqual(['Creative production', 'TikTok campaigns', 'Website changes']);
  });
});

describe("a freelancer's first-person exclusion", () => {
  it('reads "I don\'t do X as part of this, but I can ..." as an exclusion, without the offer', () => {
    const s = parseSow(`The work
- Website copy for 4 pages
- 2 launch emails
Two rounds of edits are included. I don't do keyword research as part of this, but I can recommend someone.

Cost
20 hours at £70 an hour.`);
    expect(s.exclusions.map((x) => x.title)).toEqual(['Keyword research']);
  });
});
