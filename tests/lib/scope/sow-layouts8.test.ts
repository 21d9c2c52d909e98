// Layouts of the s8 set, in texts written for these tests: house-style exclusion headings ("What we
// haven't included", "Still excluded", "Not part of this package", "Extra services at our hourly
// rate"), "Inclusions" as the deliverables, a letter's "1 | Heading" sections, cross-mark lists,
// priced options the client did not select, a contract's numbered clauses after the package, and day
// rates with no day length stated (no hours, no hourly rate).
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('house-style exclusion headings', () => {
  const withHeading = (heading: string) => `Deliverables
- Logo suite: primary and stacked marks
- Colour palette

${heading}
Signage production
Merchandise design

Fees
GBP 3,000 fixed.`;

  it.each([
    "What we haven't included",
    'Still excluded',
    'Not part of this package',
    'Not in this renewal',
    'Extra services at our hourly rate',
  ])('reads the lines under "%s" as the exclusions', (heading) => {
    expect(titles(parseSow(withHeading(heading)).exclusions)).toEqual(['Signage production', 'Merchandise design']);
  });

  it('reads the lines under "Package inclusions" as the deliverables', () => {
    const s = parseSow(withHeading('Not covered').replace('Deliverables', 'Package inclusions'));
    expect(titles(s.deliverables)).toEqual(['Logo suite', 'Colour palette']);
  });

  it('reads a cross-mark list as exclusions, without the mark', () => {
    const s = parseSow(`What you get
- Two banner sets

Not in this plan
✕ Print adaptations
✕ Animated banners`);
    expect(titles(s.exclusions)).toEqual(['Print adaptations', 'Animated banners']);
  });
});

describe('a letter with "1 | Heading" sections', () => {
  const sow = `Studio Nord GmbH · Hafenstraße 4 · 20359 Hamburg

Hamburg, 2 May 2026
Offer no. 14 – Statement of Work

1 | Background
The shop's checkout loses customers on mobile.

2 | Scope of services
2.1 Checkout audit
2.2 8 x remote interviews
2.3 Findings deck

3 | Not part of this offer
- Implementation of changes
- A/B testing

4 | Fees
Effort: 10 consultant days at a day rate of EUR 1,000 = EUR 10,000 net.`;

  it('reads each barred heading as a section heading, not as an item', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Checkout audit', '8 x remote interviews', 'Findings deck']);
    expect(titles(s.exclusions)).toEqual(['Implementation of changes', 'A/B testing']);
  });

  it('takes no hours or hourly rate from a day rate when the SOW states no day length', () => {
    expect(parseSow(sow)).toMatchObject({ budgetHours: null, hourlyRate: null, currency: 'EUR' });
  });

  it('converts the days when it does state one', () => {
    const stated = sow.replace('= EUR 10,000 net.', '= EUR 10,000 net. A day is 8 hours.');
    expect(parseSow(stated)).toMatchObject({ budgetHours: 80, hourlyRate: 125 });
  });
});

describe('a package with unselected options and a contract after it', () => {
  const sow = `SERVICES SELECTED
Social Media Care – Basic .......... $900.00 / month
Includes:
· 10 feed posts per month
· Monthly report

Add-on: Pinterest management ........ $300.00 / month   [not selected]

Subtotal: CA$2,700.00
Total: CA$3,105.00

CONTRACT
1. Scope. The studio will provide the services selected above. This package does not include paid ads, video shoots or influencer fees.
2. Approvals. Posts not approved by the 25th go out as drafted.
3. Cancellation. Either party may cancel with 30 days' notice.`;

  it('reads neither the unselected option nor the subtotal nor the clauses as items', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['10 feed posts', 'Monthly report']);
    expect(titles(s.exclusions)).toEqual(['Paid ads', 'Video shoots', 'Influencer fees']);
  });
});

describe('one short paragraph per item under its title line', () => {
  const sow = `Retainer inclusions

Media pitching
Ongoing pitching to trade and consumer titles. Coverage is not guaranteed.

Newsletters
Up to three newsletters per month, written and sent to your list.

Reporting
A monthly coverage report and a 30-minute call.

Extra services at our hourly rate
- Award entries
- Event staffing

Fees
$4,000 per month.`;

  it('reads each paragraph as one item titled by its line, "Reporting" among them', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Media pitching', 'Newsletters', 'Reporting']);
    expect(s.deliverables[1]).toMatchObject({ quantity: 3 });
    expect(titles(s.exclusions)).toEqual(['Award entries', 'Event staffing']);
  });

  it('leaves a section about how the work runs under a title like "How we work" alone', () => {
    const terms = sow.replace(
      'Reporting\nA monthly',
      'How we work\nTwo rounds of revisions on each piece, then a monthly',
    );
    expect(titles(parseSow(terms).deliverables)).toEqual(['Media pitching', 'Newsletters']);
  });
});

describe('a numbered list under its own heading, then "Also included"', () => {
  it('reads the numbered list as included too', () => {
    const s = parseSow(`Programme (4 workshops, each 3 hours)
1. Brand basics – positioning, voice
2. Paid social – audiences, testing
3. Email – automation, segmentation

Also included
– Workbook per workshop
– Two follow-up calls

Not included
Coaching beyond the calls listed above
Recordings of the workshops`);
    expect(titles(s.deliverables)).toEqual(['Brand basics', 'Paid social', 'Email', 'Workbook', 'Two follow-up calls']);
    expect(titles(s.exclusions)).toEqual(['Coaching beyond the calls listed above', 'Recordings of the workshops']);
  });
});

describe('unbulleted exclusion lines and rounds stated as "Included:"', () => {
  const sow = `Deliverables
Annual report: a 24-page booklet
Infographics: up to 4

Amends
Included: two rounds of amends on the full document. A further round is charged at our day rate.

What we haven't included
Copywriting, editing or proofreading
Photography or image licensing
Print and delivery costs`;

  it('reads each line as one exclusion, commas and all', () => {
    expect(titles(parseSow(sow).exclusions)).toEqual([
      'Copywriting',
      'Photography or image licensing',
      'Print and delivery costs',
    ]);
    expect(parseSow(sow).exclusions[0]!.description).toBe('Copywriting, editing or proofreading');
  });

  it('reads "Included: two rounds ..." under Amends as the rounds, not as a deliverable', () => {
    const s = parseSow(sow);
    expect(titles(s.deliverables)).toEqual(['Annual report', 'Infographics']);
    expect(s.revisionRounds).toBe(2);
  });
});

describe('figures as small SOWs state them', () => {
  it('reads "Up to 2 times" under a Revisions heading as two rounds', () => {
    expect(
      parseSow('Deliverables\n- Booth design\n\n3. Revisions\nUp to 2 times for each design item.').revisionRounds,
    ).toBe(2);
  });

  it('reads a review stated as "once" as one round, but not "reviewed once a month"', () => {
    const once =
      'Deliverables\n- Pipeline design\n\nCHANGES\nThe pipeline design is reviewed with you once and updated after that review.';
    expect(parseSow(once).revisionRounds).toBe(1);
    expect(parseSow(once.replace('with you once and', 'once a month and')).revisionRounds).toBeNull();
  });

  it('reads "N hours over the 12-month term" as the total, a monthly fee after it notwithstanding', () => {
    const sow =
      'Services\n- Support hours\n\nHOURS AND FEES\n10 hours per month, 120 hours over the 12-month term, at USD 50 per hour = USD 500 per month.';
    expect(parseSow(sow)).toMatchObject({ budgetHours: 120, hourlyRate: 50 });
  });

  it('reads a phase table’s Total row when its label sits in the second column', () => {
    const sow = `Scope
| Phase | Deliverable | Effort (hrs) | Amount (INR) |
|---|---|---|---|
| 1 | Design – 20 screens | 100 | 1,80,000 |
| 2 | Build – Flutter app | 300 | 5,40,000 |
| | Total | 400 | 7,20,000 |

All effort is charged at INR 1,800 per hour.`;
    expect(parseSow(sow)).toMatchObject({ budgetHours: 400, hourlyRate: 1800 });
  });
});

describe('an exclusion stated in another section’s prose', () => {
  const sow = `Deliverables
- 40 product images

USAGE
Unlimited digital usage for the life of the products. Billboard and print usage are not included in this licence.

NOT INCLUDED
- Models
- Shipping of products`;

  it('reads the sentence whose subject is ruled out beside the exclusions list', () => {
    expect(titles(parseSow(sow).exclusions)).toEqual(['Models', 'Shipping of products', 'Billboard and print usage']);
  });

  it('reads "is also not part of this proposal" as excluding', () => {
    const s = parseSow(
      'We will migrate the shop to Shopify and build 12 templates.\n\nThis does not include product texts, new photography or translation. Marketing after launch is also not part of this proposal.',
    );
    expect(titles(s.exclusions)).toContain('Marketing after launch');
  });
});

describe('deliverables grouped by the period they fall in', () => {
  it('reads "ACROSS THE TERM" after "WHAT YOU GET EACH MONTH" as more deliverables, not the timeline', () => {
    const s = parseSow(`WHAT YOU GET EACH MONTH
Blog articles – 3 per month
Newsletter – one per month

ACROSS THE TERM
Planning workshops – 2 over the term
Gated guides – 2 PDF guides

TERM
Six months from 2 March 2026.`);
    expect(titles(s.deliverables)).toEqual(['Blog articles', 'Newsletter', 'Planning workshops', 'Gated guides']);
  });
});
