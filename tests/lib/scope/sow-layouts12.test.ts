// Layouts of the s12 set, in texts written for these tests: a production budget under "Not
// included", options quoted and not taken up, arrow bullets under "What you'll receive", "Quote
// excludes", an email reply in French with the quoted message below, and signatories' names.
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('a film quote', () => {
  const s = parseSow(`What you get
Hero film: one 60-second brand film.
6-second bumpers: two (2) for YouTube pre-roll.

Not included
Talent buyout beyond 12 months and broadcast versions are not included in this scope.

Production budget (day rates, ex VAT)
Director — £1,100/day x 4 days — £4,400
Editor — £550/day x 8 days — £4,400
Total — £8,800 + VAT

Options we quoted (not taken up)
Drone footage — £950
Audio-described version — £1,200`);

  it('reads the budget as fees and the options as neither bought nor excluded', () => {
    expect(titles(s.deliverables)).toEqual(['Hero film', '6-second bumpers']);
    expect(titles(s.exclusions)).toEqual(['Talent buyout beyond 12 months and broadcast versions']);
  });
});

describe("a photographer's quote", () => {
  it('reads arrow bullets under "What you\'ll receive" and the "Quote excludes" list', () => {
    const s = parseSow(`WHAT YOU'LL RECEIVE
→ Lifestyle campaign images — 25 final retouched images
→ E-commerce packshots — 120 images on white

QUOTE EXCLUDES
× Props above the props budget
× Travel outside the metro`);
    expect(titles(s.deliverables)).toEqual(['Lifestyle campaign images', 'E-commerce packshots']);
    expect(titles(s.exclusions)).toEqual(['Props above the props budget', 'Travel outside the metro']);
  });
});

describe('an email reply', () => {
  it('reads "What is not in our mission:", and neither the sign-off nor the quoted message', () => {
    const s = parseSow(`Dear Ingrid,

Concretely, we will deliver:
- a French press kit;
- two press releases.

What is not in our mission: influencer relations and media in Belgium and Switzerland.

Bien à vous,
Camille Vasseur
Directrice conseil | Maison Céleste

> Le 16 juil. 2026 à 18:22, Ingrid Solberg a écrit :
> Hi Camille, we have signed the quote (attached). Could you confirm in writing what exactly
> is included, month by month if possible?
> Best, Ingrid`);
    expect(titles(s.deliverables)).toEqual(['French press kit', 'Two press releases']);
    // "a and b" with no comma stays one item ("design and build" would otherwise split).
    expect(titles(s.exclusions)).toEqual(['Influencer relations and media in Belgium and Switzerland']);
  });

  it("reads no signatory's name and role as an item", () => {
    const s = parseSow(`Revised scope
- Monthly maintenance releases
- Crash monitoring
- Wayfinding, Head office signage

Approved by
Jasmine Tan, Head of Digital Products
Marcus Lim, Director`);
    expect(titles(s.deliverables)).toEqual(['Monthly maintenance releases', 'Crash monitoring', 'Wayfinding']);
  });
});
