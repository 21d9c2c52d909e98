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
