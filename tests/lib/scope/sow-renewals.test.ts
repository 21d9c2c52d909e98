// Layouts of a renewed SOW (the second year of a retainer), in texts written for these tests: a table
// comparing the year's allowances with last year's, "No longer included" and "Also excluded" lists,
// a "Changes from last year: no longer included" heading, numbered clauses after a clause of
// sub-numbered items, "X covers up to N" prose, and a yearly budget of hours.
import { describe, expect, it } from 'vitest';
import { parseSow, parseSowDetailed } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('a table comparing this year with last year', () => {
  const sow = `HARBOUR LANE STUDIO: BAKERY RETAINER, SECOND YEAR
Term: 1 March 2027 to 29 February 2028

Allowances this year and last year

| Service | 2026 | 2027 |
|---|---|---|
| Product photos | 20 per month | 30 per month |
| Recipe videos | 2 per month | — |
| Newsletter | not included | 1 per month (new) |
| Shelf talkers | included | discontinued |
| Quarterly report | included | included |

Fees
NZD 3,000 per month (25 hours at NZD 120 per hour).`;

  it('reads the current column: what it keeps are deliverables, what it drops are exclusions', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Product photos', 'Newsletter', 'Quarterly report']);
    expect(titles(s.exclusions)).toEqual(['Recipe videos', 'Shelf talkers']);
  });

  it("takes the quantity from this year's cell, not last year's", () => {
    const s = parseSow(sow);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([30, 1, null]);
    expect(s.deliverables[0]!.description).toContain('30 per month');
    expect(s.deliverables[0]!.description).not.toContain('20 per month');
  });

  it('leaves a table whose first column is a year alone (a timeline, not a comparison)', () => {
    const timeline = `Deliverables\n| Year 1 | Year 2 | Year 3 |\n|---|---|---|\n| Audit | Rebuild | Support |`;
    expect(parseSow(timeline).exclusions).toEqual([]);
  });
});

describe('lists of what the renewal drops', () => {
  const sow = `Renewal schedule, Year 2
Term: 1 May 2027 to 30 April 2028

Included
1. Plugin updates: monthly.
2. Support: up to 10 hours per month.

No longer included (part of Year 1)
- Hosting: now managed by the client's IT team.
- Landing pages: one a quarter in Year 1.

Also excluded
- Translation.
- Paid search.

Fees
EUR 1,100 per month (10 hours at EUR 110 per hour; 120 hours per year).`;

  it('reads "No longer included" and "Also excluded" as exclusions', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Plugin updates', 'Support']);
    expect(titles(s.exclusions)).toEqual(['Hosting', 'Landing pages', 'Translation', 'Paid search']);
  });

  it("reads a year's retainer budget stated by the year", () => {
    expect(parseSow(sow)).toMatchObject({ budgetHours: 120, hourlyRate: 110, currency: 'EUR' });
  });

  it('reads "Discontinued services" and "Changes from Year 1: no longer included" as exclusions', () => {
    for (const heading of ['Discontinued services', 'B. Changes from Year 1: no longer included', 'Services removed']) {
      const s = parseSow(`Deliverables\n- Monthly blog post\n\n${heading}\n- Podcast editing\n- Event photography`);
      expect(titles(s.exclusions)).toEqual(['Podcast editing', 'Event photography']);
      expect(titles(s.deliverables)).toEqual(['Monthly blog post']);
    }
  });
});

describe('numbered clauses', () => {
  const sow = `STATEMENT OF WORK: SECOND YEAR
Fenwick Tools / Oakridge Copy

1. Background. This SOW renews the copywriting retainer.

2. Services and allowances. Oakridge will provide:
2.1 Product descriptions: up to 40 per month.
2.2 Email copy: up to 4 campaigns per month.

3. Fees. 20 hours per month at USD 90 per hour.

4. Term and changes. 1 June 2027 to 31 May 2028. Extra work needs a change order.`;

  it('reads the sub-numbered items of the services clause, not the clauses after it', () => {
    expect(titles(parseSow(sow).deliverables)).toEqual(['Product descriptions', 'Email copy']);
  });
});

describe('a service that "covers up to" a number of things, in prose', () => {
  const sow = `Statement of Work, Year 2

Copy refresh covers up to 5 category page rewrites per month, each with a meta title and description. Each rewrite includes 2 rounds of revisions.

The following are not included: photography; paid search.`;

  it('reads it as a deliverable titled by what it covers', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Up to 5 category page rewrites']);
    expect(s.deliverables[0]!.quantity).toBe(5);
    expect(titles(s.exclusions)).toEqual(['Photography', 'Paid search']);
  });
});

describe('a board exported as CSV, its groups as headings', () => {
  const sow = `Kestrel Bikes - Content Board Q1 2027
Agreed scope
Name,Owner,Status,Qty (Jan-Mar),Due,Notes
Blog posts,Mia T.,Working on it,6,2027-03-31,"Long-form, 1,500 words, SEO brief included"
Newsletter,Mia T.,Not started,3,2027-03-31,One per month to the owners list
Product page copy,Sam R.,Stuck,,2027-02-28,For the spring range only

Out of scope
Name,Owner,Status,Qty (Jan-Mar),Due,Notes
Photography,,,,,Client supplies product shots
Paid social,,,,,

Parking lot
Name,Owner,Status,Qty (Jan-Mar),Due,Notes
Podcast,,Stuck,,,Idea from the founder - not in fee

Commercials
Name,Owner,Status,Qty (Jan-Mar),Due,Notes
Total hours (Jan-Mar),Mia T.,Done,120,,Signed 2 December
Blended hourly rate,,Done,,,"EUR 95 excl. VAT"`;

  it('reads the groups: agreed rows are deliverables, out-of-scope rows exclusions, parked ideas neither', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Blog posts', 'Newsletter', 'Product page copy']);
    expect(titles(s.exclusions)).toEqual(['Photography', 'Paid social']);
    expect(s.deliverables[0]!.quantity).toBe(6);
  });

  it('reads the figures from the commercials rows', () => {
    expect(parseSow(sow)).toMatchObject({ budgetHours: 120, hourlyRate: 95, currency: 'EUR' });
  });

  it('leaves a line of figures in thousands alone', () => {
    const s = parseSow(
      'Deliverables\n- Display campaign for the whole region: 1,250,000 impressions across 3,400,000 households',
    );
    expect(titles(s.deliverables)).toEqual(['Display campaign for the whole region']);
  });
});

describe('what the client procures separately, and third-party costs "not ours"', () => {
  const sow = `Fieldhouse Events Ltd
4 Mill Lane, Bristol BS1 4XY

SCOPE OF WORK — Stand design for a trade fair
Quote No.: FE-114        Date: 2027/01/12

1. Our services
1-1. Stand concept: 2 design routes with renderings.
1-2. Graphics: up to 6 panels.

2. The Client will procure separately:
・Floor space from the organiser
・Furniture hire

3. Third-party costs (not ours):
・Panel printing
・Power connection

Items under 2 and 3 are not part of our fee.

4. Fee
80 hours × GBP 90 = GBP 7,200.`;

  it('reads both lists as exclusions and the "1-1." items as deliverables', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Stand concept', 'Graphics']);
    expect(titles(s.exclusions)).toEqual([
      'Floor space from the organiser',
      'Furniture hire',
      'Panel printing',
      'Power connection',
    ]);
  });

  it('keeps a fee heading whose brackets exclude tax a fee heading', () => {
    const s = parseSow(`Deliverables\n- Logo\n\nFees (fixed, VAT excluded)\n- 40 hours at GBP 80 per hour`);
    expect(s.exclusions).toEqual([]);
    expect(s.hourlyRate).toBe(80);
  });
});

describe('a scope exported from a project tool as YAML', () => {
  const sow = `# exported from the tracker · project: ORBIT
project:
  name: "Orbit Pantry – loyalty app"
  currency: AUD
  rate_per_hour: 160
  budget_hours: 300
  revision_rounds: 3        # per milestone
scope:
  in:
    - key: ORB-1
      title: Loyalty card screens
      detail: >-
        Sign-up, points balance and rewards,
        up to 8 screens.
      qty: 8
    - key: ORB-2
      title: Points API
      detail: "Earn and burn endpoints for the POS."
      qty: null
  out:
    - title: POS hardware
      note: "client's supplier"
    - title: App store copy
  assumptions:
    - "Client supplies the brand kit"
notes: |
  Any change goes through a change request.`;

  it('reads "in" records as deliverables, "out" ones as exclusions, not the project or the assumptions', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Loyalty card screens', 'Points API']);
    expect(s.deliverables[0]!.description).toContain('up to 8 screens');
    expect(titles(s.exclusions)).toEqual(['POS hardware', 'App store copy']);
  });

  it('reads the figures from their keys', () => {
    expect(parseSow(sow)).toMatchObject({ revisionRounds: 3, budgetHours: 300, hourlyRate: 160, currency: 'AUD' });
  });

  it('keeps offsets: each item points at its title in the pasted text', () => {
    const d = parseSowDetailed(sow).items[0]!;
    expect(sow.slice(d.source.start, d.source.start + 20)).toBe('Loyalty card screens');
  });
});

describe('a web page table copied one cell per line', () => {
  const sow = `Bramble Studio — Proposal

Scope of work

Item
Description
Qty
Pattern library
Buttons, forms and cards in Figma
1
Landing pages
Desktop and mobile layouts
3
Icon set
Line icons for the product
24

Not included
Item
Why
Copywriting
The client's team writes all copy
Illustration
Quoted separately if needed

Revisions
Two rounds per deliverable.`;

  it('reads each group of lines as a row, under its heading', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Pattern library', 'Landing pages', 'Icon set']);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([1, 3, 24]);
    expect(titles(s.exclusions)).toEqual(['Copywriting', 'Illustration']);
  });

  it('leaves a list of short lines without column names alone', () => {
    const s = parseSow(`Deliverables\n\nLogo\nBusiness cards\nLetterhead\nEmail signature`);
    expect(titles(s.deliverables)).toEqual(['Logo', 'Business cards', 'Letterhead', 'Email signature']);
  });
});
