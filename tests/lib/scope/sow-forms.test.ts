// The SOW layouts people really sign, one per test: each was a zero-item or wrong parse before the
// parser read sections and items by their form.
import { describe, expect, it } from 'vitest';
import { parseSow, parseSowDetailed } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('parseSow on real-world layouts', () => {
  it('reads a heading without a colon and numbered "1. Title: text" items', () => {
    const s = parseSow(`Services and deliverables
1. Discovery workshop: a half-day session with the marketing team.
2. Brand strategy: positioning, values and tone of voice.
3. Logo design: three initial concepts, one refined.

What is not included
Printing; photography; and website development.`);
    expect(titles(s.deliverables)).toEqual(['Discovery workshop', 'Brand strategy', 'Logo design']);
    expect(titles(s.exclusions)).toEqual(['Printing', 'Photography', 'Website development']);
  });

  it('splits an inline "Not included: a; b; and c." list into separate exclusions', () => {
    const s = parseSow(`Deliverables
- Six blog articles per month
- Keyword research

Not included: paid advertising; link building; video production; and translation into other languages.`);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'paid advertising',
      'link building',
      'video production',
      'translation into other languages',
    ]);
    expect(s.deliverables).toHaveLength(2);
  });

  it('keeps client responsibilities and assumptions apart from exclusions', () => {
    const r = parseSowDetailed(`Deliverables
1. Landing page design
2. Landing page build

Client responsibilities
- Provide all copy and imagery by 1 March.
- Supply hosting credentials.

Assumptions
- Two (2) rounds of amends per deliverable.

Exclusions
- Hosting`);
    expect(titles(r.scope.exclusions)).toEqual(['Hosting']);
    expect(r.scope.deliverables).toHaveLength(2);
    expect(r.scope.revisionRounds).toBe(2);
    expect(r.notes.filter((n) => n.kind === 'client')).toHaveLength(2);
  });

  it('does not take "Two (2) rounds of amends" in a deliverables list for a deliverable', () => {
    const s = parseSow(`Deliverables
- Brochure design, 12 pages
- Two (2) rounds of amends
- Print-ready PDF`);
    expect(titles(s.deliverables)).toEqual(['Brochure design', 'Print-ready PDF']);
    expect(s.revisionRounds).toBe(2);
  });

  it('reads a table pasted as pipe-separated and as tab-separated text, with quantities', () => {
    const pipe = parseSow(`Deliverables
| # | Deliverable | Qty | Notes |
|---|---|---|---|
| 1 | Social templates | 12 | Instagram and LinkedIn |
| 2 | Explainer video | 1 | 60 seconds |`);
    expect(titles(pipe.deliverables)).toEqual(['Social templates', 'Explainer video']);
    expect(pipe.deliverables.map((d) => d.quantity)).toEqual([12, 1]);
    const tab = parseSow(
      'Deliverables\nItem\tDescription\tQuantity\nBanner ads\tHTML5, three sizes\tup to 30\nEmail template\tResponsive\t1',
    );
    expect(titles(tab.deliverables)).toEqual(['Banner ads', 'Email template']);
    expect(tab.deliverables.map((d) => d.quantity)).toEqual([30, 1]);
  });

  it('reads a prose-only SOW', () => {
    const s =
      parseSow(`Brightline will design a new visual identity for Hollow Oak Cider. Brightline will also produce packaging artwork for up to 4 bottle labels.
The fee does not include printing, photography or trademark searches.
The fee is EUR 9,600 for 80 hours at EUR 120 per hour, from 1 March 2027 until 30 June 2027.`);
    expect(titles(s.deliverables)).toEqual(['Design a new visual identity', 'Produce packaging artwork']);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([null, 4]);
    expect(s.exclusions.map((x) => x.description)).toEqual(['printing', 'photography', 'trademark searches']);
    expect([s.budgetHours, s.hourlyRate, s.currency]).toEqual([80, 120, 'EUR']);
    expect([s.startDate, s.endDate]).toEqual(['2027-03-01', '2027-06-30']);
  });

  it('reads lettered and sub-numbered lists and clause-numbered headings', () => {
    const s = parseSow(`3. SCOPE OF WORK
3.1 Media plan for the spring flight.
3.2 Campaign management on Meta and TikTok.

4. EXCLUSIONS
(a) Creative production;
(b) Influencer fees.`);
    expect(s.deliverables).toHaveLength(2);
    expect(s.exclusions).toHaveLength(2);
  });

  it('reads figures in their many forms', () => {
    const cases: [string, Partial<ReturnType<typeof parseSow>>][] = [
      [
        'Fees\n95 days (760 hours) at GBP 720 per day, equivalent to GBP 90 per hour.',
        { budgetHours: 760, hourlyRate: 90, currency: 'GBP' },
      ],
      ['Fees\n40 days at CHF 1,200 per day (8-hour day).', { budgetHours: 320, hourlyRate: 150, currency: 'CHF' }],
      [
        'Fees\nCAD 4,500/month (30 h × CAD 150/h); 180 hours over the term.',
        { budgetHours: 180, hourlyRate: 150, currency: 'CAD' },
      ],
      ['Fees\n320 h × EUR 95 = EUR 30,400.', { budgetHours: 320, hourlyRate: 95, currency: 'EUR' }],
      ['Budget\nA$ 12,000 fixed fee, estimated at 100 hours.', { budgetHours: 100, currency: 'AUD' }],
      ['Revisions: 3 rounds per deliverable.', { revisionRounds: 3 }],
      ['Lists are final on delivery: no revision rounds.', { revisionRounds: 0 }],
      [
        '"Review Cycle" means one consolidated set of comments.\nTwo Review Cycles per submission.',
        { revisionRounds: 2 },
      ],
      ['16 interviews in two rounds of eight.', { revisionRounds: null }],
    ];
    for (const [text, want] of cases) expect(parseSow(text)).toMatchObject(want);
  });

  it('reads numbered "Title: text" items under phase headings, with no deliverables heading', () => {
    const s = parseSow(`Overview
We will build one new site for the six clinics.

Phase 1 – Discovery (June 15 – July 10)
1. Discovery and sitemap: stakeholder workshop and a content audit.

Phase 2 – Build (July 13 – August 21)
2. Location pages: 6 pages, one per clinic.
3. Launch QA, 301 redirects from the legacy domains and go-live.`);
    expect(titles(s.deliverables)).toEqual(['Discovery and sitemap', 'Location pages', 'Launch QA']);
    expect(s.deliverables[2]!.quantity).toBeNull(); // 301 is a status code, not a count
  });

  it('reads exclusions stated in prose among the assumptions', () => {
    const s = parseSow(`What we will deliver
1. Gala identity: three concepts.
2. Livestream of the programme.

Assumptions
Each deliverable includes two rounds of revisions. For clarity, the following sit outside this engagement: venue coordination; printing and mailing; event photography; and any recap video.`);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'venue coordination',
      'printing and mailing',
      'event photography',
      'any recap video',
    ]);
  });

  it('reads "eight (8) hero ASINs" as a quantity, not as an enumeration', () => {
    const s = parseSow(`Deliverables.
1. Premium A+ Content for eight (8) hero ASINs, each with a comparison chart module.
2. Basic A+ Content for up to twenty (20) secondary ASINs, built from two (2) reusable layouts.`);
    expect(titles(s.deliverables)).toEqual(['Premium A+ Content', 'Basic A+ Content']);
    expect(s.deliverables[1]!.quantity).toBe(20);
  });

  it('a catch-all "anything not listed is out of scope" line is not a deliverable', () => {
    const s = parseSow(`Deliverables
1) Logo: three directions.
2) Guidelines: a 30-page PDF.

Fees: 280 hours at USD 150/hour.

Anything not listed above is out of scope and will be quoted separately.`);
    expect(titles(s.deliverables)).toEqual(['Logo', 'Guidelines']);
  });

  it('reads a retainer: hours bank, services covered, service levels and "Excludes:"', () => {
    const s = parseSow(`1. Hours bank
1.1 The retainer provides 40 hours per month (480 hours over the term) at NZD 150 per hour.
1.2 Unused hours do not roll over to the following month.

2. Services covered by the hours bank
2.1 Bug fixing and incident response for the app.
2.2 Monitoring and monthly health report.

3. Service levels
P1 (app unavailable): response within 1 hour.

Excludes: link building, paid search and translation.`);
    expect(titles(s.deliverables)).toEqual([
      'Bug fixing and incident response',
      'Monitoring and monthly health report',
    ]);
    expect(titles(s.exclusions)).toEqual(['Link building', 'Paid search', 'Translation']);
    expect(s).toMatchObject({ budgetHours: 480, hourlyRate: 150, currency: 'NZD' });
  });

  it('reads hours written in words with the digits in brackets, and a Markdown fee bullet', () => {
    expect(parseSow('Fees. Two hundred twenty (220) hours at US$140 per hour.')).toMatchObject({ budgetHours: 220 });
    expect(parseSow('## Fees\n- 240 hours at USD $165/hour\n- Total: USD $39,600')).toMatchObject({
      budgetHours: 240,
      hourlyRate: 165,
    });
    expect(parseSow('Fees: 10-20 hours of support at USD 100 per hour.').budgetHours).not.toBe(20);
  });

  it('a title line is no section, and "The deliverables are:" opens the list that follows', () => {
    const s = parseSow(`SCOPE OF WORK – CGI for the 2027 collection
Date: 2 March 2026

The Supplier will produce photorealistic images of the collection. The deliverables are:

1. 3D modelling: models of up to 25 products.
2. Packshots: 75 cut-out images on white background.

Excluded from this scope: animations and videos; AR models.`);
    expect(titles(s.deliverables)).toEqual(['3D modelling', 'Packshots']);
    expect(titles(s.exclusions)).toEqual(['Animations and videos', 'AR models']);
  });

  it('a rate card prices the work: its roles are no deliverables, its days give the hours', () => {
    const s = parseSow(`Deliverables
1. Discovery: two workshops.
2. Exclusions: CAD or 3D model generation; hosting.

Role\tDays\tDay rate (EUR)\tTotal (EUR)
Project management\t12\t1.040\t12.480
Development\t40\t1.040\t41.600
Total\t52\t\t54.080`);
    expect(titles(s.deliverables)).not.toContain('Project management');
    expect(titles(s.deliverables)).not.toContain('Role');
    expect(s.budgetHours).toBe(416);
    expect(s.currency).toBe('EUR'); // "CAD" in a sentence is computer-aided design
  });

  it('reads the currency beside the amount: "CAD $145/hour" is Canadian', () => {
    expect(parseSow('Fees\n380 hours at CAD $145/hour = CAD $55,100.').currency).toBe('CAD');
  });

  it('reads contract layouts: "3.9 Exclusions: a; b", "§ 4 Services not included", "Delimitation of services"', () => {
    const clause = parseSow(`3. Scope of Services
3.1 Product catalogue. Load up to 600 SKUs.
3.2 Pricing. Price rules for three price books.
3.9 Exclusions: integration with SAP ECC; Salesforce Billing; migration of historical quotes.

2. Term and Fees
2.2 480 hours at USD 175 per hour (USD 84,000).`);
    expect(clause.exclusions).toHaveLength(3);
    expect(clause.budgetHours).toBe(480); // not "2 480" read across the clause number
    const paragraph = parseSow(`§ 3 Deliverables
1. Template design and front-end for 6 page types
2. Five microsites on staging and production

§ 4 Services not included
- Versions in languages other than German
- Hosting and maintenance after acceptance`);
    expect(titles(paragraph.exclusions)).toEqual([
      'Versions in languages other than German',
      'Hosting and maintenance after acceptance',
    ]);
    expect(paragraph.deliverables).toHaveLength(2);
    const delimitation = parseSow(`2. Services
2.1 Ghostwriting of posts.

4. Delimitation of services
The following services are not part of this agreement:
- paid LinkedIn campaigns;
- video production and filming.`);
    expect(delimitation.exclusions).toHaveLength(2);
  });

  it('reads "We will not ..." sentences, "A)" items and "Position 1 – ..." offers', () => {
    const wont = parseSow(`What we will do
1. Concept. Two creative territories.

What we will not do
We will not manage printing or installation of the campaign.
We will not organise photo or video shoots.`);
    expect(wont.exclusions.map((x) => x.description)).toEqual([
      'manage printing or installation of the campaign',
      'organise photo or video shoots',
    ]);
    const lettered = parseSow(`The supplier delivers the following services:

A) Concept and UX: user journeys and wireframes.
B) App development: cross-platform app for iOS and Android.`);
    expect(titles(lettered.deliverables)).toEqual(['Concept and UX', 'App development']);
    const offer = parseSow(`Quotation
Position 1 – Concept and layout design: cover, grid and typography. 40 h – EUR 4.600,00
Position 2 – Online version: responsive HTML report. 80 h – EUR 9.200,00

Total: 120 h – EUR 13.800,00 excl. VAT`);
    expect(titles(offer.deliverables)).toEqual(['Concept and layout design', 'Online version']);
    expect(offer.budgetHours).toBe(120);
  });

  it('keeps where each item came from, for the review screen', () => {
    const text = 'Deliverables\n- Logo design\n\nOut of scope\n- Printing';
    const r = parseSowDetailed(text);
    for (const item of r.items) expect(text.slice(item.source.start, item.source.end)).toContain(item.title);
  });

  it('reads emoji headings, a question heading and an add-on price list as exclusions', () => {
    const s = parseSow(`# Care plan for Fernhill Bakery

## ✅ What you get
- Two newsletters per month
- Weekly stock photo refresh

## 🚫 What's not covered?
- Paid ads

ADD-ON SERVICES (billed separately, not part of the plan)
- Packaging design: from $400
- Video reels: $150 per reel`);
    expect(titles(s.deliverables)).toEqual(['Two newsletters', 'Weekly stock photo refresh']);
    expect(titles(s.exclusions)).toEqual(['Paid ads', 'Packaging design', 'Video reels']);
  });

  it('an order form: ticked boxes are bought, unticked ones are not, whatever the heading', () => {
    const s = parseSow(`ORDER FORM: SITE CARE

CHOOSE YOUR SERVICES (☑ = ordered · ☐ = not ordered)
☑ Plugin updates: monthly, with a test after each.
☐ Copywriting for new pages: $90 per page
☑ Uptime monitoring with alerts to the client.

Optional extras
☐ Logo refresh: quoted
☑ Quarterly accessibility check.`);
    expect(titles(s.deliverables)).toEqual(['Plugin updates', 'Uptime monitoring', 'Quarterly accessibility check']);
    expect(titles(s.exclusions)).toEqual(['Copywriting for new pages', 'Logo refresh']);
  });

  it('a package comparison: the chosen package is bought, the other packages are not', () => {
    const s = parseSow(`SEARCH ADS PACKAGES
Chosen package: PLUS

BASIC: $900/month
• One search campaign
• Monthly report

PLUS: $1,800/month (your package)
• Three search campaigns
• Monthly report with a call

PREMIUM: $3,500/month
• Everything in Plus
• Shopping campaigns
• Landing page tests

TERMS
• Ad spend is paid by the client.`);
    expect(titles(s.deliverables)).toEqual(['Three search campaigns', 'Monthly report']);
    expect(titles(s.exclusions)).toEqual([
      'One search campaign',
      'Monthly report',
      'Shopping campaigns',
      'Landing page tests',
    ]);
  });

  it('a total stated for the term wins over the monthly hours the fees section prices', () => {
    const s = parseSow(`Services
- Support: 10 hours per month (60 hours over the term), for fixes and small changes.

Pricing
$1,300 per month (10 hours at $130/hour).

Term: six months from 1 May 2026.`);
    expect(s.budgetHours).toBe(60);
    expect(s.hourlyRate).toBe(130);
  });

  it('a one-paragraph proposal in the first person: what "we" deliver, and each thing "we will not" do', () => {
    const s = parseSow(
      'Studio North will run a four-week brand sprint for Hollow Ltd for a fixed fee of SEK 120,000. The sprint opens with a one-day strategy workshop, after which we deliver a short positioning document. For naming, we present a longlist of 30 names. For the visual identity we design a logo and a colour palette, refined through up to two rounds of feedback. The sprint closes with brand guidelines of about 20 pages. We will not design the website, will not write marketing copy, and will not produce merchandise or signage.',
    );
    expect(titles(s.deliverables)).toEqual([
      'One-day strategy workshop',
      'Present a longlist',
      'Design a logo and a colour palette',
      'Brand guidelines',
    ]);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'design the website',
      'write marketing copy',
      'produce merchandise or signage',
    ]);
    expect(s.revisionRounds).toBe(2);
  });

  it('an optional second phase "not included in this fee" lists exclusions', () => {
    const s = parseSow(`Phase 1 — Rebuild
1. Sitemap and wireframes for 8 templates.
2. Webflow build with CMS collections.

Phase 2 — optional, not included in this fee
- German and French localisation
- Interactive ROI calculator`);
    expect(titles(s.deliverables)).toEqual(['Sitemap and wireframes', 'Webflow build']);
    expect(titles(s.exclusions)).toEqual(['German and French localisation', 'Interactive ROI calculator']);
  });

  it('reads real, rupee, shekel and rand amounts', () => {
    const figures = (t: string) => {
      const s = parseSow(t);
      return [s.currency, s.hourlyRate];
    };
    expect(figures('Fixed price: R$ 384.000 (estimated 1.600 hours at a blended R$ 240/h).')).toEqual(['BRL', 240]);
    expect(figures('60 person-days at a day rate of ₹28,000 (8-hour day, i.e. ₹3,500/h; 480 hours).')).toEqual([
      'INR',
      3500,
    ]);
    expect(figures('Fees. 180 hours at ₪520 per hour (₪93,600 plus VAT).')).toEqual(['ILS', 520]);
    expect(figures('A fixed R418,000 excluding VAT, 440 hours at a blended rate of R950 per hour.')).toEqual([
      'ZAR',
      950,
    ]);
    // Numbered requirements are not rand.
    expect(parseSow('Requirements R1-R10 apply. Fee: EUR 9,000.').currency).toBe('EUR');
  });

  it('counts iterations a revisions heading or label introduces, not a clause number', () => {
    expect(parseSow('2. Revisions. Clauses (b) and (c) include up to three iterations.').revisionRounds).toBe(3);
    expect(parseSow('Dashboard feedback: up to 2 iterations per dashboard.').revisionRounds).toBe(2);
    expect(parseSow('Six two-week sprint iterations, 1 June to 21 August.').revisionRounds).toBeNull();
    expect(parseSow('3. Revisions\n3.1 Each deliverable includes two (2) rounds of revisions.').revisionRounds).toBe(2);
    expect(parseSow('- Two rounds of copy/design changes per landing page').revisionRounds).toBe(2);
  });

  it('headings asked as questions open the sections they ask about', () => {
    const s = parseSow(`What will Orchard deliver?
Orchard will provide a CRM discovery workshop and a data model. We'll also build up to ten (10) sales sequences.

What's not included?
Anything not expressly listed above is out of scope. Marketing automation; custom-coded integrations.

How many rounds of changes?
Each configured area gets one round of changes after review.

What will it cost?
200 hours at £120/hour.

What do we need from Ormsby?
A named project owner and HubSpot licences.`);
    expect(s.deliverables.length).toBeGreaterThan(0);
    expect(s.deliverables.some((d) => /HubSpot licences|project owner/.test(d.description))).toBe(false);
    expect(titles(s.exclusions)).toEqual(['Marketing automation', 'Custom-coded integrations']);
    expect([s.revisionRounds, s.budgetHours, s.hourlyRate, s.currency]).toEqual([1, 200, 120, 'GBP']);
  });

  it('records of "Deliverable: / Description: / Qty:" lines are one item each', () => {
    const s = parseSow(`PART 1 – DELIVERABLES

Deliverable: Stand concept
Description: Two initial concept directions as 3D visuals
Qty: 2 concepts

Deliverable: Graphics artwork
Description: Print-ready artwork for wall graphics
Qty: up to 14 graphic panels

PART 2 – REVISIONS
Design changes: 2 rounds after concept selection.`);
    expect(s.deliverables.map((d) => [d.title, d.quantity])).toEqual([
      ['Stand concept', 2],
      ['Graphics artwork', 14],
    ]);
    expect(s.revisionRounds).toBe(2);
  });

  it('a letter under a capitals title, roman-numeral headings, a deliverables summary that restates the scope', () => {
    const letter = parseSow(`SCOPE OF WORK – SEO SUPPORT (Q1 FY 2026-27)

Dear Mr. Raghavan,

As discussed in our call, PFB the scope of work.

Scope of work :
Technical SEO audit of the website; keyword research for 3 product categories.

We will not do the following under this SOW :
link building or guest posting; Google Ads.

Regards,
Pooja`);
    expect(titles(letter.deliverables)).toEqual(['Technical SEO audit', 'Keyword research']);
    expect(titles(letter.exclusions)).toEqual(['Link building or guest posting', 'Google Ads']);
    const roman = parseSow(`II. Services
1. Image film of 3 minutes

IV. Not part of this offer
– Professional speakers
– Individually composed music`);
    expect(titles(roman.exclusions)).toEqual(['Professional speakers', 'Individually composed music']);
    const summary = parseSow(`2. SCOPE OF WORK
2.1.1 Discovery workshop (remote, 2 days).
2.1.2 Flutter app with sign-up and checkout.

3. DELIVERABLES SUMMARY
Sr.\tDeliverable\tFormat
1\tRequirement Freeze Document\tPDF`);
    expect(titles(summary.deliverables)).toEqual(['Discovery workshop', 'Flutter app']);
  });

  it('reads an "Item | Deliverable | Qty" table by its words column, not its numbers', () => {
    const s = parseSow(`Fieldhouse will design in-store point-of-sale for the summer promotion.

Item | Deliverable                               | Qty | Notes
1    | Shelf wobblers                            | 4   | One per flavour
2    | Chiller door clings                       | 2   | Two sizes
3    | Store placement guide (PDF)               | 1   | Up to 8 pages

Not included:
- Packaging design of any kind`);
    expect(titles(s.deliverables)).toEqual(['Shelf wobblers', 'Chiller door clings', 'Store placement guide (PDF)']);
    expect(s.deliverables.map((d) => d.quantity)).toEqual([4, 2, 1]);
  });

  it('reads a SOW written as an email: "we\'ll produce", "What this doesn\'t include", a signature', () => {
    const s = parseSow(`From: Marco Silva <marco@parallax.example>
Subject: The Larkin – confirming scope and fee

Hi Priya,

We'll start by building the 3D model of The Larkin from the Revit model. We'll also produce one 90-second aerial flythrough in 4K (16:9 MP4).

What this doesn't include: VR or interactive 3D tours; voice-over or custom music; and drone photography. Rework after you've signed off the model is also outside this fee. We'll quote it if it comes up.

Fee: 340 hours at CAD 140/hour.

Cheers,
Marco

Marco Silva | Producer | Parallax Atelier`);
    expect(s.deliverables).toHaveLength(2);
    expect(s.deliverables[1]!.description).toContain('flythrough');
    // "16:9 MP4" is an aspect ratio, not nine of anything.
    expect(s.deliverables[1]!.quantity).toBeNull();
    expect(titles(s.exclusions)).toEqual([
      'VR or interactive 3D tours',
      'Voice-over or custom music',
      'Drone photography',
      expect.stringMatching(/^Rework/),
    ]);
    expect(s.currency).toBe('CAD');
  });

  it('reads "a, b (e.g. c, d), or e and f" as one list whose last item keeps its "and"', () => {
    const s = parseSow(`Deliverables
1. Shopify theme

The fee does not cover copywriting, a wholesale portal, courier integrations (e.g. Sendy, Glovo), or ongoing SEO and ads management.

Fee: 300 hours at KES 6,500 per hour.`);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'copywriting',
      'a wholesale portal',
      'courier integrations (e.g. Sendy, Glovo)',
      'ongoing SEO and ads management',
    ]);
    expect(s.currency).toBe('KES');
    expect(s.hourlyRate).toBe(6500);
  });

  it('reads "Excludes X" lines under an exclusions heading, and a "Reporting:" line among the deliverables', () => {
    const s = parseSow(`DELIVERABLES
Campaign strategy: 1 x strategy deck
Campaign build: Meta Ads Manager setup
Reporting: fortnightly performance snapshot (x6) + end-of-campaign report

Revisions: 2 rounds per creative set

EXCLUSIONS
Excludes media spend – paid by the client directly, billed separately and not run through our accounts
Excludes influencer/UGC creator fees
Excludes Google/YouTube ads`);
    expect(titles(s.deliverables)).toEqual(['Campaign strategy', 'Campaign build', 'Reporting']);
    expect(titles(s.exclusions)).toEqual(['Media spend', 'Influencer/UGC creator fees', 'Google/YouTube ads']);
  });

  it('reads a two-column "In scope / Out of scope" table, row by row into both lists', () => {
    const s = parseSow(`Scope
In scope\tOut of scope
Audit of 25 representative pages\tRemediation (code fixes) of any issues found
Issue log with severity and fix recommendation\tPDF and document accessibility
Executive summary report\t

Notes
The issue log includes one round of comments.`);
    expect(titles(s.deliverables)).toEqual([
      'Audit of 25 representative pages',
      'Issue log',
      'Executive summary report',
    ]);
    expect(titles(s.exclusions)).toEqual(['Remediation', 'PDF and document accessibility']);
  });

  it('reads German headings, "X will not handle a, b or c", exclusions inside a deliverable and "$ ... MXN"', () => {
    const de = parseSow(`2 Leistungen
2.1 Layout concept and master pages.
2.2 Cover design.

4 Nicht enthalten
Printing, paper and distribution costs; new product photography.

6 Honorar
Fixed price CHF 58'400.- based on 365 hours at CHF 160.-/h.`);
    expect(titles(de.deliverables)).toEqual(['Layout concept and master pages', 'Cover design']);
    expect(de.exclusions.map((x) => x.description)).toEqual([
      'Printing, paper and distribution costs',
      'new product photography',
    ]);
    const event = parseSow(`Deliverables
1. Event concept and run of show.
2. Stage and sound production. Excluded: generator backup, drone filming and live streaming.

General exclusions
Eko Live will not handle guest travel, hotel accommodation or speaker fees.

Fee
Location day: $42,000 MXN x 3 = $126,000 MXN`);
    expect(titles(event.exclusions)).toEqual([
      'Guest travel',
      'Hotel accommodation',
      'Speaker fees',
      'Generator backup',
      'Drone filming',
      'Live streaming',
    ]);
    expect(event.currency).toBe('MXN');
  });

  it('reads "X shall deliver:", "The following are excluded: (i) a; (ii) b", a round of testing as work', () => {
    const s = parseSow(`Fieldnote will deliver:
(a) Eight (8) remote user interviews (60 minutes each) with dispatchers.
(b) One round of usability testing: five (5) moderated sessions on the prototype.
(c) Formats: each version finished in 16:9, 1:1 and 9:16.

Haulbase may give no more than two rounds of consolidated feedback.

4. Schedule B – Exclusions
The following are excluded: (i) media planning and buying; (ii) talent usage beyond twelve (12) months; (iii) stills photography.

3. Review and corrections
3.1 The Client's reviewers may return one (1) consolidated round of linguistic corrections per video.`);
    expect(titles(s.deliverables)).toEqual([
      'Eight remote user interviews',
      'One round of usability testing',
      'Formats',
    ]);
    expect(titles(s.exclusions)).toEqual([
      'Media planning and buying',
      'Talent usage beyond twelve months',
      'Stills photography',
    ]);
    // "Review and corrections" is the revisions section: its one round wins over a count elsewhere.
    expect(s.revisionRounds).toBe(1);
  });

  it('reads hours as labels and banks, "à" for at, capped revision times, an "Est. hours" rate card, days estimated', () => {
    const label = parseSow(
      `Revisions: 2 rounds per creative set\nHours: 90\nRate: A$165/hr (ex GST)\nTotal: A$14,850 + GST`,
    );
    expect(label.budgetHours).toBe(90);
    const bank = parseSow(
      'Engagement : a 60-hour block to be utilised over the period\nRate : INR 3,200 per hour + GST',
    );
    expect(bank.budgetHours).toBe(60);
    const german = parseSow(
      'Per dashboard 2 feedback loops are included.\nEffort: 160 hours à 135,00 EUR = 21.600,00 EUR net.',
    );
    expect(german.hourlyRate).toBe(135);
    expect(parseSow('3. Revision\nClient can request revision up to 2 times for each delivery.').revisionRounds).toBe(
      2,
    );
    // "meets 4 times" is how often, not a cap on revisions.
    expect(parseSow('We meet 4 times to review progress.').revisionRounds).toBeNull();
    expect(parseSow('Each creative batch includes 2 rounds of adjustments.').revisionRounds).toBe(2);
    const card = parseSow(`Rate card
Role\tRate (SGD/hour)\tEst. hours
Project manager\t180\t40
Developer\t145\t100
Total\t\t140`);
    expect(card.budgetHours).toBe(140);
    const days = parseSow(
      'Effort is estimated at 20 consultant days. A consultant day is 7.5 hours. Day rate DKK 9.300.',
    );
    expect(days.budgetHours).toBe(150);
  });

  it('reads a spreadsheet pasted as CSV by its Included column, and a Jira epic by its Status column', () => {
    const csv = parseSow(`Scope (copied from Google Sheets)
"Ref","Item","Details","Qty","Included","Notes"
"C1","Instagram feed posts","Static or carousel",24,"YES","8 per month"
"C2","Instagram Reels","15-30 s, edited, with captions",9,"YES",""
"C8","Paid media (Meta Ads)","Campaign setup","","NO","in-house team runs ads"
"","","","","",""
"Rate","R$ 165,00 per hour","","","",""`);
    expect(csv.deliverables.map((d) => [d.title, d.quantity])).toEqual([
      ['Instagram feed posts', 24],
      ['Instagram Reels', 9],
    ]);
    expect(titles(csv.exclusions)).toEqual(['Paid media (Meta Ads)']);
    const epic = parseSow(`EPIC TAV-112 · Customer portal
Key | Type | Summary | Points | Status
TAV-113 | Story | As a customer, I can log in with a one-time SMS code so that I don't need a password | 5 | TO DO
TAV-119 | Task | Staging and production environments | 3 | TO DO
TAV-121 | Story | As a customer, I can ask a chatbot questions | – | WON'T DO`);
    expect(titles(epic.deliverables)).toEqual([
      'Log in with a one-time SMS code',
      'Staging and production environments',
    ]);
    expect(titles(epic.exclusions)).toEqual(['Ask a chatbot questions']);
  });

  it('reads a quote: priced line items under "Pricing", ticked add-ons bought, unticked ones not, no totals', () => {
    const s = parseSow(`Podcast proposal

Pricing Table
Name | Description | Price | QTY | Subtotal
Episode production | Recording, editing and mastering | $1,150.00 | 10 | $11,500.00
Season trailer | 90-second trailer | $600.00 | 1 | $600.00

Optional add-ons — tick to include
[x] Cover art | Podcast cover artwork | $750.00 | 1 | $750.00
[ ] Video episodes | Multi-camera video version | $900.00 | 10 | —

      Subtotal   $13,000.00
      Total      $13,000.00`);
    expect(s.deliverables.map((d) => [d.title, d.quantity])).toEqual([
      ['Episode production', 10],
      ['Season trailer', 1],
      ['Cover art', null],
    ]);
    expect(titles(s.exclusions)).toEqual(['Video episodes']);
  });

  it('reads a Notion outline (unmarked items indented under phases) and an MSA schedule ("The Services exclude:")', () => {
    const notion = parseSow(`🚀 App Redesign SOW
Status  Signed ✅     Owner  Wei Ling Tan     Tags  UX

‣ Phase 1 · Discovery
    Stakeholder interviews — up to 6 people
    Competitor teardown of 5 apps
‣ Phase 4 · Handover
    4 weeks of Slack support for design questions after handover

⚠️ Not in this SOW
    Dark mode
    Marketing website`);
    expect(titles(notion.deliverables)).toEqual([
      'Stakeholder interviews',
      'Competitor teardown',
      '4 weeks of Slack support',
    ]);
    expect(titles(notion.exclusions)).toEqual(['Dark mode', 'Marketing website']);
    const msa = parseSow(`SCHEDULE 4 – SERVICES SCHEDULE No. 2 ("PROJECT LANTERN")
to the Master Services Agreement between the Client and the Supplier

Part B – Deliverables
The Supplier shall deliver:
B1 one 3-hour naming workshop with the Steering Committee;
B2 a Naming Brief, following the workshop;

Part C – Exclusions
The Services exclude:
C1 the purchase of domain names or social handles;
C2 consumer research or focus groups.`);
    expect(titles(msa.deliverables)).toEqual(['One 3-hour naming workshop', 'Naming Brief']);
    expect(titles(msa.exclusions)).toEqual([
      'Purchase of domain names or social handles',
      'Consumer research or focus groups',
    ]);
  });

  it('reads MoSCoW lists, "Deliverable 1 — Title" items with their assumptions apart, "Not required" rows, bilingual lines', () => {
    const moscow = parseSow(`Website scope (MoSCoW)

MUST
M1  Webflow build of 8 page templates

COULD
C1  Lottie animations in the home page hero, up to 3

WON'T
W1  Customer login area or dashboard`);
    expect(titles(moscow.deliverables)).toEqual(['Webflow build', 'Lottie animations in the home page hero']);
    expect(titles(moscow.exclusions)).toEqual(['Customer login area or dashboard']);
    const items = parseSow(`Statement of Work

Deliverable 1 — Product discovery
Two on-site workshops to define loyalty mechanics.
   Assumption: the marketing head signs off the rules.
   Dependency: sample transaction data from the POS.

Deliverable 2 — Hypercare
4 weeks of post-launch bug fixing.

Not part of this SOW
• App marketing`);
    expect(titles(items.deliverables)).toEqual(['Product discovery', 'Hypercare']);
    expect(titles(items.exclusions)).toEqual(['App marketing']);
    const tender = parseSow(`2 Lot 1 requirements
Req. | Requirement | Contractor's response (binding)
R03 | Build | Drupal 10 build of the 14 templates
R11 | Hosting | Not required — the site is hosted under the Council's contract`);
    expect(titles(tender.deliverables)).toEqual(['Build']);
    expect(titles(tender.exclusions)).toEqual(['Hosting']);
    const bilingual = parseSow(`Deliverables 交付項目
• 1 campaign key visual (KV)
  主視覺設計一款

Not included 不包括
• KOL fees and product seeding costs
  KOL費用及產品試用成本
• Paid media / post boosting
  付費媒體／帖文推廣`);
    expect(titles(bilingual.exclusions)).toEqual(['KOL fees and product seeding costs', 'Paid media / post boosting']);
  });

  it('reads tables named by their header ("Ref<TAB>Exclusion", "| # | Item |") and "Title: text" paragraphs with no heading', () => {
    const tabbed = parseSow(`SCOPE OF WORK: Lifecycle Programme
Agency: Sable & Thread Ltd

Ref\tDeliverable\tDescription\tVolume
D1\tWelcome journey\tJourney Builder programme\t4 emails

Revisions\t2 rounds per email design

Ref\tExclusion
X1\tSMS, WhatsApp or other messaging channels
X2\tLoyalty programme design`);
    expect(titles(tabbed.deliverables)).toEqual(['Welcome journey']);
    expect(titles(tabbed.exclusions)).toEqual([
      'SMS, WhatsApp or other messaging channels',
      'Loyalty programme design',
    ]);
    expect(tabbed.revisionRounds).toBe(2);
    const markdown = parseSow(`Out of scope
| # | Item |
|---|---|
| X1 | Business account onboarding |`);
    expect(titles(markdown.exclusions)).toEqual(['Business account onboarding']);
    const paragraphs = parseSow(`Statement of Work: 2026 Show Season
Agency: Tallgrass Events

Purpose: Design, build and run the exhibit presence at two farm shows.

Booth design: One modular island booth design, reusable at both shows.

Lead capture: Badge-scanning app licences for up to 6 staff per show.

Client responsibilities: the client supplies product samples and booth staff.`);
    expect(titles(paragraphs.deliverables)).toEqual(['Booth design', 'Lead capture']);
  });

  it('reads a Word paste with tracked changes as the accepted text, items marked where they were pasted', () => {
    const pasted = `Deliverables
– Label design for [deleted: 8] [inserted: 6] beers
– 1 multipack carton [Comment [JN1]: agreed to keep the 4-pack out.]
– [deleted: Christmas gift box design]

Out of scope
– [inserted: Christmas gift box (will be quoted separately)]

Revisions
[deleted: Three] [inserted: Two] rounds of revisions per deliverable.`;
    const { scope, items } = parseSowDetailed(pasted);
    expect(scope.deliverables.map((d) => [d.title, d.quantity])).toEqual([
      ['Label design', 6],
      ['1 multipack carton', 1],
    ]);
    expect(titles(scope.exclusions)).toEqual(['Christmas gift box']);
    expect(scope.revisionRounds).toBe(2);
    const box = items.find((i) => i.title === 'Christmas gift box')!;
    expect(pasted.slice(box.source.start, box.source.start + 18)).toBe('Christmas gift box');
  });

  it('reads a slide deck pasted as an outline: "[Slide 5] Not in scope", speaker notes no part of an item', () => {
    const s = parseSow(`[Slide 4] Scope ② UA creatives
• 24 video ads of 15–30 s
• 30 static banners
Speaker notes: 24 = concepts; × 3 ratios = 72 files.

[Slide 5] Not in scope
• Influencer and streamer campaigns`);
    expect(titles(s.deliverables)).toEqual(['24 video ads', '30 static banners']);
    expect(titles(s.exclusions)).toEqual(['Influencer and streamer campaigns']);
  });

  it('reads a spreadsheet cost sheet pasted as tabs: merged group cells, empty rows, nil lines remarked out', () => {
    const s = parseSow(
      [
        'Harbour Events – booth estimate\t\t\t\t',
        'Group\tItem\tQty\tAmount EUR\tComment',
        'Design\tBooth layout and renders\t1\t4 000\t2 revision rounds incl.',
        '\tPrinted wall panels\t3\t1 800\t',
        '\t\t\t\t',
        'Build\tCarpentry and assembly\t1\t6 500\t',
        '\tFurniture hire\t0\t0\tNot incl. – hired by client',
        'TOTAL\t\t\t12 300\t',
        '\t\t\t\t',
        'Notes:\t1) Prices excl. VAT.\t\t\t',
        '\t2) Shipping of the booth is excluded.\t\t\t',
      ].join('\n'),
    );
    expect(titles(s.deliverables)).toEqual([
      'Booth layout and renders',
      'Printed wall panels',
      'Carpentry and assembly',
    ]);
    expect(titles(s.exclusions)).toEqual(['Furniture hire', 'Shipping of the booth is excluded']);
  });

  it('reads an Airtable CSV export: an unquoted header, Parked and Rejected rows out of scope', () => {
    const s = parseSow(`Scope board export
Name,Area,Status,Hours,Notes
"Checkout redesign",UX,Approved,40,"Up to 8 screens"
"Loyalty programme",UX,Parked,,"Later"
"Native app build",Dev,Rejected,,"In-house"
"Usability test round",Research,Approved,16,
,,,,`);
    expect(titles(s.deliverables)).toEqual(['Checkout redesign', 'Usability test round']);
    expect(titles(s.exclusions)).toEqual(['Loyalty programme', 'Native app build']);
  });

  it("reads exclusions stated only in a quotation's footnotes (*1) and Notes lines", () => {
    const s = parseSow(`QUOTATION
No. | Item | Q'ty | Unit price | Amount
1 | Bottle label design *1 | 2 | 100,000 | 200,000
2 | Gift box design | 1 | 150,000 | 150,000
  | Total | | | 350,000

*1 Die-cut tooling is not included.

Notes:
- Printing is not included in this quotation.`);
    expect(titles(s.deliverables)).toEqual(['Bottle label design', 'Gift box design']);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'Die-cut tooling is not included.',
      'Printing is not included in this quotation.',
    ]);
  });

  it('reads a Spanish purchase order: line items under "Ítem | Descripción | Cant.", exclusions in the Observaciones', () => {
    const s = parseSow(`ORDEN DE COMPRA No. 4411
Moneda: CLP

Ítem | Descripción | Cant. | Valor unitario | Valor total
1 | Rediseño del sitio web corporativo | 1 | $ 9.000.000 | $ 9.000.000
2 | Sesión fotográfica de producto | 2 | $ 1.500.000 | $ 3.000.000

TOTAL: $ 12.000.000

Observaciones:
- Incluye dos rondas de ajustes.
- No incluye: hosting, redacción de textos, ni campañas pagadas.`);
    expect(titles(s.deliverables)).toEqual(['Rediseño del sitio web corporativo', 'Sesión fotográfica de producto']);
    expect(s.exclusions.map((x) => x.description)).toEqual(['hosting', 'redacción de textos', 'campañas pagadas']);
    expect(s.currency).toBe('CLP');
  });

  it('reads a bare "$" as the dollar the SOW names: "all amounts in Canadian dollars", "Total (AUD)"', () => {
    const fees = (named: string) =>
      parseSow(
        `Deliverables\n- Audit report\n\nPricing (${named})\nBlended hourly rate ........ $145.00\nTotal ........ $14,500.00`,
      );
    expect(fees('all amounts in Canadian dollars').currency).toBe('CAD');
    expect(fees('AUD').currency).toBe('AUD');
    expect(fees('excl. tax').currency).toBe('USD');
    expect(fees('excl. tax').hourlyRate).toBe(145);
  });

  it('reads hours, rates and rounds as French, German and Swedish SOWs state them', () => {
    const fr = parseSow(
      `Prestations\n- Plan de contenu\n\nRévisions : 2 allers-retours sur le plan.\nHonoraires : 40 heures à CHF 150.–/h.`,
    );
    expect([fr.revisionRounds, fr.budgetHours, fr.hourlyRate]).toEqual([2, 40, 150]);
    const de = parseSow(
      `Leistungen\n- Interviewleitfaden\n\n1 Korrekturschleife pro Dokument.\nAufwand: 60 Stunden à EUR 120,00.`,
    );
    expect([de.revisionRounds, de.budgetHours, de.hourlyRate]).toEqual([1, 60, 120]);
    const sv = parseSow(`Deliverables\n- Press kit\n\nBudget: 200 timmar × 1 100 SEK = 220 000 SEK.`);
    expect([sv.budgetHours, sv.hourlyRate]).toEqual([200, 1100]);
    expect(parseSow(`Deliverables\n- Label design\n\n*1 Revisions are up to 3 times.`).revisionRounds).toBe(3);
  });

  it('reads only the current version of a scope that keeps its superseded versions', () => {
    const s = parseSow(`Scope appendix

=== v1 === [SUPERSEDED]
1. Newsletter template
Budget: 80 hours at EUR 100 per hour.

=== v2 === CURRENT
1. Newsletter template
2. Welcome flow
Budget: 120 hours at EUR 100 per hour.`);
    expect(titles(s.deliverables)).toEqual(['Newsletter template', 'Welcome flow']);
    expect(s.budgetHours).toBe(120);
  });

  it('reads an email thread where the reply agrees the scope by number: dropped items out, an added one in', () => {
    const s = parseSow(`From: Maeve <maeve@example.ie>
Subject: RE: proposal

Great, agreed: 1-3 as proposed, 4 is dropped, and 5 is added: a cutdown for the AGM.

--
Maeve Byrne | Producer | Example Films

-----Original Message-----
> Here's what we propose:
> 1. Script and storyboard.
> 2. One shoot day.
> 3. A 60-second film.
> 4. Six social cutdowns.
>
> Not included: music licensing; media buying.`);
    expect(titles(s.deliverables)).toEqual(['Script and storyboard', 'One shoot day', '60-second film', 'Cutdown']);
    expect(titles(s.exclusions)).toEqual(['Music licensing', 'Media buying', 'Six social cutdowns']);
  });

  it("reads no item from a document's furniture: slide labels, letterhead, acceptance, tax and fee lines", () => {
    const s = parseSow(`Slide 3
Deliverables
- Brand guidelines (40 pages)
- Packaging artwork for 3 SKUs
- Slide 4
- Harbour & Pine Studio Ltd — Reg. 0912 — hello@example.com
- Monthly fee (excl. VAT) — 4 500 — 7 200
- GST (10%)
- Accepted by Nia Tamsin, Example Foods Pty Ltd, 3 March 2026

Not included
- Printing
- Integration with Acme Ltd
- Speaker notes`);
    expect(titles(s.deliverables)).toEqual(['Brand guidelines', 'Packaging artwork']);
    expect(s.exclusions.map((x) => x.description)).toEqual(['Printing', 'Integration with Acme Ltd']);
  });

  it('never throws on junk and caps huge input', () => {
    expect(parseSow('|||\n\t\t\n(a)\n1.\n-').deliverables.length).toBeLessThan(3);
    expect(() => parseSow('Deliverables\n' + '- item\n'.repeat(50_000))).not.toThrow();
  });
});
