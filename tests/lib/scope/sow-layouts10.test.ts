// Layouts of the s10 set, in texts written for these tests: chat exports (iOS and Android stamps),
// a Confluence page (wiki table, action items), an invoicing tool's quote, a deck's numbered steps,
// bilingual headings, and the clauses of bigger clients' paperwork (Out of Scope Services, "not
// responsible under this SOW for", the client's rounds, numbered notes, options not exercised).
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('a chat export', () => {
  it('reads an iOS recap: the numbered items, the exclusions, not the chat around them', () => {
    const s = parseSow(`[14/04/2026, 10:12] Tolu (Studio): quick recap of what we agreed
[14/04/2026, 10:12] Tolu (Studio): 1. Product shoot – 30 SKUs, white background
[14/04/2026, 10:13] Tolu (Studio): 2. Lifestyle shoot – 1 day at your store
[14/04/2026, 10:15] Mrs Okonkwo (Client): Ok. What about retouching?
[14/04/2026, 10:16] Tolu (Studio): Also not included: makeup artist, printing
[14/04/2026, 10:17] Mrs Okonkwo (Client): Fine`);
    expect(titles(s.deliverables)).toEqual(['Product shoot', 'Lifestyle shoot']);
    expect(titles(s.exclusions)).toEqual(['Makeup artist', 'Printing']);
  });

  it("reads an Android group chat message by message: the client's question after the list is no item", () => {
    const s = parseSow(`12/03/2026 09:07 - Renata (Studio): SCOPE
1) Website copy, 14 pages
2) 6 blog articles
12/03/2026 09:08 - Renata (Studio): NOT included: photography, website build
12/03/2026 09:31 - Marcelo: Can we do 8 articles instead of 6?
12/03/2026 09:53 - Marcelo: When do you start?
12/03/2026 09:41 - Renata (Studio): <Media omitted>`);
    expect(titles(s.deliverables)).toEqual(['Website copy', '6 blog articles']);
    expect(titles(s.exclusions)).toEqual(['Photography', 'Website build']);
  });
});

describe('pages and quotes from tools', () => {
  it("a Confluence wiki table's doubled-bar header, and its action items no deliverables", () => {
    const s = parseSow(`Overview
The team will be trained.

Workshops
|| # || Workshop || Format || Sessions ||
| 1 | Meta Ads fundamentals | full day | 2 |
| 2 | GA4 reporting basics | half day | 2 |

Action items
[x] Pelita to confirm batch dates
[ ] Farah to send survey link`);
    expect(titles(s.deliverables)).toEqual(['Meta Ads fundamentals', 'GA4 reporting basics']);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([2, 2]);
    expect(titles(s.exclusions)).toEqual([]);
  });

  it('an invoicing tool\'s "Concept | Units | Price" lines are the scope, with their units', () => {
    const s = parseSow(`PRESUPUESTO / QUOTE
Concept\tUnits\tPrice\tDisc.\tSubtotal
Brand discovery session\t1\t180,00 €\t0%\t180,00 €
Logo concepts – initial proposals\t3\t260,00 €\t0%\t780,00 €
TOTAL\t\t\t\t960,00 €

Notes
No incluye / Not included: printing, sign fabrication, photography.`);
    expect(titles(s.deliverables)).toEqual(['Brand discovery session', 'Logo concepts – initial proposals']);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([1, 3]);
    expect(titles(s.exclusions)).toEqual(['Printing', 'Sign fabrication', 'Photography']);
  });

  it("a deck's numbered steps under Approach are the work, not the findings beside them", () => {
    const s = parseSow(`[Slide 2 of 6]
What we heard
- Parents abandon the enrolment flow
- Directors field calls

[Slide 3 of 6]
Approach
① Kickoff + research plan
② Recruitment
③ 12 moderated usability sessions

[Slide 4 of 6]
Pricing
Fixed fee RM 24,600`);
    expect(titles(s.deliverables)).toEqual([
      'Kickoff + research plan',
      'Recruitment',
      '12 moderated usability sessions',
    ]);
    expect(s.currency).toBe('MYR');
  });
});

describe("bigger clients' clauses", () => {
  it('"2.3 Out of Scope Services. The following are ... not included:" over (a)-(c)', () => {
    const s = parseSow(`2. SERVICES AND DELIVERABLES
2.1 The Supplier shall provide the following Services and Deliverables:
(a) Discovery: requirements workshops;
(b) Data Migration of up to 85,000 member records;
2.2 The Society may request up to two (2) rounds of amendments to the Solution Design Document.
2.3 Out of Scope Services. The following are Out of Scope Services and are not included in the Charges:
(a) integration with the core banking system;
(b) marketing automation;
(c) data cleansing or de-duplication.`);
    expect(titles(s.deliverables)).toEqual(['Discovery', 'Data Migration']);
    expect(titles(s.exclusions)).toEqual(['Integration', 'Marketing automation', 'Data cleansing or de-duplication']);
    expect(s.revisionRounds).toBe(2);
  });

  it('"X is not responsible under this SOW for a, for b, or for c" excludes each, and is no deliverable', () => {
    const s = parseSow(`2. Services
2.1 Translation of the app UI strings.
2.2 Translation of Help Centre articles.
2.4 Corrib is not responsible under this SOW for desktop publishing of the PDFs, for legal translation, or for voice-over of the videos.`);
    expect(titles(s.deliverables)).toEqual([
      'Translation of the app UI strings',
      'Translation of Help Centre articles',
    ]);
    expect(titles(s.exclusions)).toEqual(['Desktop publishing', 'Legal translation', 'Voice-over of the videos']);
  });

  it('a numbered note that excludes ends at the next note; options not exercised are neither', () => {
    const s = parseSow(`Section 2 - Part A: Firm-Price Deliverables
Item\tDescription\tQty\tUnit Price\tExtended
A1\tWCAG audit of the website\t1 lot\t$18,400.00\t$18,400.00
A2\tAudit of PDF forms\t25\t$96.00\t$2,400.00
Subtotal Part A\t\t\t\t$20,800.00

Section 4 - Part C: Optional Items (evaluated; not exercised at award)
C1\tAnnual monitoring subscription\t$6,900.00
C2\tRemediation of 150 more PDFs\t$27,600.00

Section 5 - Notes
5.2 Excluded from the Contract Price: remediation of third-party applications; captioning of the video archive.
5.3 The City will provide a staging environment.`);
    expect(titles(s.deliverables)).toEqual(['WCAG audit of the website', 'Audit of PDF forms']);
    expect(titles(s.exclusions)).toEqual([
      'Remediation of third-party applications',
      'Captioning of the video archive',
    ]);
  });

  it('an RFQ\'s "(i) ...; (ii) ..." exclusions sentence beside a column-aligned effort table', () => {
    const s = parseSow(`3. SCOPE OF WORK
a) Prepare an inception report.
b) Write a facilitator guide.

4. EXCLUSIONS
The following are not part of this assignment: (i) hosting of the LMS; (ii) printing of the guides.

5. LEVEL OF EFFORT (indicative, for evaluation)
Team Leader                 38 days
E-learning Developer        55 days`);
    expect(titles(s.exclusions)).toEqual(['Hosting of the LMS', 'Printing of the guides']);
  });
});

describe('a short "Not included:" line', () => {
  it.each([
    ['Not included: photography, website', ['Photography', 'Website']],
    ['NOT INCLUDED: printing, postage', ['Printing', 'Postage']],
  ])('"%s" is a heading with its list, not a heading alone', (line, expected) => {
    expect(titles(parseSow(`Deliverables\n- Logo design\n\n${line}`).exclusions)).toEqual(expected);
  });
});

describe('exclusions among the assumptions, beside an out-of-scope list', () => {
  const s = parseSow(`SERVICES
1. Paid Search Management. Google Ads campaigns.
2. Monthly Reporting. A monthly report.

ASSUMPTIONS
- Media spend is paid by Client directly to the platforms and is not included in the Fees.
- Amazon Ads and other marketplace advertising are out of scope.
- Brand tracking waves after this study do not form part of this Work Order.
- Client will grant access within five (5) business days.

OUT-OF-SCOPE SERVICES
In addition to the above, the following are excluded: SEO, TikTok advertising.`);

  it('reads the ones whose subject the SOW rules out, not who pays nor what the client does', () => {
    expect(titles(s.exclusions)).toEqual([
      'SEO',
      'TikTok advertising',
      'Amazon Ads and other marketplace advertising',
      'Brand tracking waves after this study',
    ]);
  });
});
