// Layouts users paste from the tools they sign in (retainer credit menus, purchase orders, task
// boards, RFP answers, Scrum SOWs, wiki pages) and SOWs in Japanese and Portuguese. The texts are
// small ones written for these tests.
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('parseSow on tool and language layouts', () => {
  it('reads a retainer credit menu as the deliverables and "×" lines outside the retainer as exclusions', () => {
    const s = parseSow(`BRIGHTFERN STUDIO — DESIGN RETAINER
Schedule B: Scope, Credits and Exclusions
Client: Oakleaf Bakery Ltd. (Leeds)

Menu of task types covered by this retainer
Task type | Credits | What's included
Menu board refresh | 3 | new prices and items on the existing boards
Instagram story set | 2 | five frames from the brand templates

Outside the retainer (quoted separately)
× Packaging design
× Photography`);
    expect(titles(s.deliverables)).toEqual(['Menu board refresh', 'Instagram story set']);
    expect(titles(s.exclusions)).toEqual(['Packaging design', 'Photography']);
  });

  it('reads "What we\'ll write" prose and keeps a "whether ..." clause with the exclusion it qualifies', () => {
    const s = parseSow(`Content programme

What we'll write
Over the quarter we'll deliver eight how-to guides. Finally, we'll turn each guide into two short videos.

What we won't do
We won't localise anything, whether into French or any other language.`);
    expect(titles(s.deliverables)).toEqual(['Deliver eight how-to guides', 'Turn each guide into two short videos']);
    expect(s.exclusions.map((x) => x.description)).toEqual([
      'localise anything, whether into French or any other language',
    ]);
  });
});

describe('parseSow on a letter of intent', () => {
  it("reads the work from the letter's prose and the exclusions from its P.S., not the letterhead", () => {
    const s = parseSow(`Northlight Design Ltd.
9 Quay Road, Cork | Company No. 448812
+353-21-555-0100 | hello@northlight.ie

Re: Letter of Intent – harbour festival graphics

Dear Aoife,

Thank you for the tour last week. We will design the festival's visual identity; lay out 12 street banners; and produce a printed programme of 16 pages. Work will begin on 4 May 2026 and our engagement ends with the festival on 20 June 2026.

Warm regards,

Niamh Walsh

P.S. To be clear: this does not include printing costs, photography, or the festival website — we can quote the website separately.`);
    expect(titles(s.deliverables)).toEqual([
      "Design the festival's visual identity",
      'Lay out 12 street banners',
      'Produce a printed programme of 16 pages',
    ]);
    expect(titles(s.exclusions)).toEqual(['Printing costs', 'Photography', 'Festival website']);
  });
});

describe('parseSow on a task board export', () => {
  it('reads sections as scope, "Phase 2 (separate SOW)" and "Won\'t do" as exclusions, and drops the tool\'s controls', () => {
    const s = parseSow(`Harbour Clinic – Booking Site
List   Board   Timeline   Calendar   Files
Project description: Scope as per SOW v1. Budget 120 hours @ USD 90/hr.

Task name\tAssignee\tDue date
▼ In scope
◯ Booking flow design\tAna\t12 May
◯ Intake form build\tTom\t30 May
  Add task…
▼ Phase 2 (separate SOW)
◯ Patient portal\t—\t—
▼ Won't do
◯ Insurance claims\t—\t—
▼ Client to provide
◯ Practitioner photos\tClinic\t1 May
+ Add section`);
    expect(titles(s.deliverables)).toEqual(['Booking flow design', 'Intake form build']);
    expect(titles(s.exclusions)).toEqual(['Patient portal', 'Insurance claims']);
    expect(s.budgetHours).toBe(120);
  });
});

describe('parseSow on a Japanese SOW', () => {
  it('reads full-width numbered headings, "・" items, 対象外 exclusions and the figures', () => {
    const s = parseSow(`業務範囲記述書
株式会社サンプル\u3000御中

１．成果物
(1) サイトマップ\u3000１式
(2) トップページデザイン（PC・スマートフォン）\u3000１ページ

２．修正対応
修正は3回までとします。4回目以降の修正は別途お見積りとなります。

３．対象外業務
・写真撮影
・サーバー保守

―\u30001 / 2\u3000―

４．費用
想定工数：60時間
単価：9,000円／時間（税別）`);
    expect(titles(s.deliverables)).toEqual(['サイトマップ', 'トップページデザイン']);
    expect(titles(s.exclusions)).toEqual(['写真撮影', 'サーバー保守']);
    expect([s.revisionRounds, s.budgetHours, s.hourlyRate, s.currency]).toEqual([3, 60, 9000, 'JPY']);
  });
});

describe('parseSow on Scrum, questionnaire and Portuguese layouts', () => {
  it('reads a Scrum SOW: backlog items with keys, "Not in backlog" exclusions, fields that are no work', () => {
    const s = parseSow(`NORTHWIND DATA LLP  |  Statement of Work – Agile engagement

1. Engagement model
Scrum, 3 sprints of 2 weeks each. The client nominates a Product Owner.

2. Capacity & commercials
Total capacity: 200 hours @ USD 120/hour.

3. Initial product backlog (scope)
PB-01  Event tracking plan
PB-02  Warehouse data model

4. Ceremonies
Sprint planning (2 h), daily stand-up (15 min), review and retrospective.

5. Acceptance & rework
One rework cycle per increment is included.

6. Not in backlog (out of scope)
• Attribution modelling
• Dashboard support after Sprint 3`);
    expect(titles(s.deliverables)).toEqual(['Event tracking plan', 'Warehouse data model']);
    expect(titles(s.exclusions)).toEqual(['Attribution modelling', 'Dashboard support after Sprint 3']);
    expect([s.revisionRounds, s.budgetHours, s.hourlyRate]).toEqual([1, 200, 120]);
  });

  it('reads an RFP questionnaire: each question heads the section its answer belongs to', () => {
    const s = parseSow(`[RFP No. 12] Supplier response — Scope questionnaire

Q1. Describe the deliverables you will provide.
Response: We will deliver (1) a campaign identity; (2) a landing page in two languages; and (3) 10 social media assets.

Q2. What is excluded from your offer?
Response: Printing of posters, media buying, and video production.

Q3. Please list three comparable references.
Response: Harbour Week 2025, City Run 2024 and Jazz Nights 2024.`);
    expect(titles(s.deliverables)).toEqual([
      'Campaign identity',
      'Landing page in two languages',
      '10 social media assets',
    ]);
    expect(titles(s.exclusions)).toEqual(['Printing of posters', 'Media buying', 'Video production']);
  });

  it('reads a Brazilian Portuguese proposal: Escopo, Não incluso, rodadas de alteração', () => {
    const s = parseSow(`PROPOSTA COMERCIAL — SITE INSTITUCIONAL

1. Objetivo
Renovar o site da empresa.

2. Escopo
• Layout de 5 páginas
• Desenvolvimento em WordPress

3. Alterações
Cada página admite até 3 rodadas de alteração.

4. Não incluso nesta proposta
• Hospedagem
• Redação de textos

5. Investimento
80 horas × R$ 150,00/hora.`);
    expect(titles(s.deliverables)).toEqual(['Layout de 5 páginas', 'Desenvolvimento em WordPress']);
    expect(titles(s.exclusions)).toEqual(['Hospedagem', 'Redação de textos']);
    expect([s.revisionRounds, s.budgetHours, s.hourlyRate, s.currency]).toEqual([3, 80, 150, 'BRL']);
  });
});

describe('parseSow on order forms, purchase orders and quotes', () => {
  it('reads a rate card order form: ticked lines with dot leaders, the stated exclusions, not the unticked priced options', () => {
    const s = parseSow(`HALFMOON STUDIO — RATE CARD & ORDER FORM

Tick the services you are booking.

STILLS
[x] Packshots on white — $40 per image ......... Qty 60 = $2 400
[ ] Ghost mannequin — $55 per image
[x] Flat-lay styling — $120 per image ......... Qty 10 = $1 200

CONDITIONS OF BOOKING
• One round of retouch amends per image is included.
• Not included on this job: hair & make-up, and usage licensing for billboards.
• 50% deposit on booking, balance on delivery.`);
    expect(titles(s.deliverables)).toEqual(['Packshots on white', 'Flat-lay styling']);
    expect(titles(s.exclusions)).toEqual(['Hair & make-up', 'Usage licensing']);
    expect(s.revisionRounds).toBe(1);
  });

  it("reads no hourly rate from a rate card's day-priced line items", () => {
    const s = parseSow(`RATE CARD & ORDER FORM
[x] Packshots on white — $40 per image
[x] Location shoot day — $1 600 per day
[ ] Drone add-on — $480 per day
[ ] Product video — $1 800 each

Not included: hair & make-up.`);
    expect(s.hourlyRate).toBeNull();
    expect(titles(s.deliverables)).toEqual(['Packshots on white', 'Location shoot day']);
  });

  it('reads a purchase order: its "Short text" names the service, header fields and vendor duties are no items', () => {
    const s = parseSow(`PURCHASE ORDER — SERVICES

PO Number: 4500001234          PO Date: 02.03.2026          Revision: 0
Vendor: NORTHWIND LTD (Vendor No. 1001)   RC 55501   TIN 1234-0001

Ln  Service No.      Short text                                  Qty  UoM  Unit price      Net value
10  SRV-WEB-AUD-01   Accessibility audit, main site                 1  EA   2,000.00        2,000.00
20  SRV-WEB-FIX-02   Remediation guidance                           1  EA   1,500.00        1,500.00

NOT COVERED BY THIS PO: code changes; content writing.
Vendor to submit a service entry sheet per line. Quote PO number on all invoices.`);
    expect(titles(s.deliverables)).toEqual(['Accessibility audit, main site', 'Remediation guidance']);
    expect(titles(s.exclusions)).toEqual(['Code changes', 'Content writing']);
  });

  it('keeps payment terms after an inline "Not included:" out of the exclusions', () => {
    const s = parseSow(`Deliverables
- Eight podcast episodes

Not included: music composition, and paid promotion.
Hosting fees (about USD 19/month) are paid by you directly.
50% deposit on acceptance, balance on delivery. Payment by bank transfer.`);
    expect(titles(s.exclusions)).toEqual(['Music composition', 'Paid promotion']);
  });
});

describe('parseSow on pasted documents', () => {
  it('titles user stories by their ask and reads an "is out of scope;" sentence under "Other"', () => {
    const s = parseSow(`MUST HAVE
M1 Route search – As a rider, I want to search routes by date, so that I can plan. (5 pts)

WON'T HAVE (this release)
W1 As a rider, I want a native iOS app.
W2 As a partner, I want a B2B agent portal.

Other
Integration with the accounting system is out of scope; the client exports sales manually.`);
    expect(titles(s.deliverables)).toEqual(['Route search']);
    expect(titles(s.exclusions)).toEqual(['Native iOS app', 'B2B agent portal', 'Integration']);
  });

  it("drops a word processor's comment anchors and resolved comment thread", () => {
    const s = parseSow(`Deliverables
1. Logo refresh
2. Brand guidelines[AB2]

Exclusions
1. Website design[CD3]

[AB2] Ana Berg (Studio), 2 Mar 2026: Should this include templates?
   Carl Dahl, 3 Mar 2026: No, keep it as is.
   ✓ Resolved
[CD3] Carl Dahl (Client), 4 Mar 2026: Can the landing page go in?
   ✓ Resolved`);
    expect(titles(s.deliverables)).toEqual(['Logo refresh', 'Brand guidelines']);
    expect(titles(s.exclusions)).toEqual(['Website design']);
  });

  it("reads a Notion database's rows without its view bar, title icon and footer", () => {
    const s = parseSow(`▶ Deliverables
Deliverables   ⊞ Table   ▦ Board   + Add view
Aa Name\tType\tDue
Research plan\tDoc\t20 Feb 2026
User interviews\tSessions\t13 Mar 2026
COUNT 2
+ New

▶ Not included
Quantitative survey`);
    expect(titles(s.deliverables)).toEqual(['Research plan', 'User interviews']);
    expect(titles(s.exclusions)).toEqual(['Quantitative survey']);
  });

  it('reads a spreadsheet quote: a row naming a later phase heads exclusions, labelled revision rounds count', () => {
    const s = parseSow(`Item\tDescription\tQty\tHours\tSubtotal (USD)
Campaign strategy\tthree audiences\t1\t16\t1,600
Static ad creatives\t4 sizes\t24\t36\t3,600
TOTAL HOURS\t\t\t52\t
\t\t\t\t
Revision rounds per creative batch:\t2\t\t\t
\t\t\t\t
PHASE 2 (not in this SOW)\t—\t—\t—\t—
Influencer seeding\t\t—\t—\t#N/A`);
    expect(titles(s.deliverables)).toEqual(['Campaign strategy', 'Static ad creatives']);
    expect(s.exclusions.map((x) => x.description)).toEqual(['Influencer seeding']);
    expect(s.revisionRounds).toBe(2);
  });

  it('reads an OCR scan: "l" for 1 in numbers, "0" for O in capitals, words broken at line ends', () => {
    const s = parseSow(`STATEMENT 0F WORK No. l2

2. Deliverables
2.l Creative concept for the An-
nual Report, in 2 directions.
2.2 Typesetting of up to l20 pages.

3. Corrections
Proofs include 3 rounds of correc-
tions.

4. Price
Estimated effort 3l0 hours x CZK l 450/hour.
                              - l -`);
    expect(titles(s.deliverables)).toEqual(['Creative concept', 'Typesetting of up to 120 pages']);
    expect(s.deliverables[0]!.description).toContain('Annual Report');
    expect([s.revisionRounds, s.budgetHours, s.hourlyRate]).toEqual([3, 310, 1450]);
  });

  it('reads work packages: numbered items under a "WP1 –" group, not the group; "X responsibilities" is the client\'s part', () => {
    const s = parseSow(`3. Work packages and deliverables
WP1 – Research
  D1.1 Desk review of campaign materials
  D1.2 Message testing report
WP2 – Creative
  D2.1 Key visual

4. Not covered by this contract
- Paid advertising

5. MCHI responsibilities
Medical content is provided and cleared by the health authority.

6. Review
The client may return two (2) rounds of comments on each draft.`);
    expect(titles(s.deliverables)).toEqual(['Desk review', 'Message testing report', 'Key visual']);
    expect(titles(s.exclusions)).toEqual(['Paid advertising']);
    expect(s.revisionRounds).toBe(2);
  });
});

describe('parseSow on a SOW with an addendum', () => {
  it('reads the scope as the addendum amends it, clause by clause', () => {
    const s = parseSow(`STATEMENT OF WORK No. 7
1. Term: 1 March 2026 – 29 May 2026.
3. Deliverables
3.1 Newsletter template.
3.2 Campaign calendar and 6 campaign emails (March–May).
3.3 Monthly report (3 reports).
4. Exclusions
4.1 CRM integration.
4.2 SMS marketing.
5. Fees: 100 hours × EUR 90 = EUR 9,000.

- - - - - - - - - - - - - - - - - - - - - - - -

ADDENDUM No. 1 to Statement of Work No. 7
(a) In Clause 3.2, "6 campaign emails (March–May)" is replaced with "9 campaign emails (March–June)".
(b) Clause 3.3 is replaced with: "Monthly report (4 reports)."
(c) A new Clause 3.4 is inserted: "One online training session for the marketing team."
(d) Clause 4.1 is deleted.
(e) A new Clause 4.3 is inserted: "Loyalty programme set-up."
(f) Clause 5 is replaced with: "Fees: 130 hours × EUR 90 = EUR 11,700."`);
    expect(s.deliverables.map((d) => d.description)).toEqual([
      'Newsletter template.',
      'Campaign calendar and 9 campaign emails (March–June).',
      'Monthly report (4 reports)',
      'One online training session for the marketing team',
    ]);
    expect(titles(s.exclusions)).toEqual(['SMS marketing', 'Loyalty programme set-up']);
    expect([s.budgetHours, s.hourlyRate]).toEqual([130, 90]);
  });
});

describe('parseSow on headings written as statements of a question', () => {
  it('"How we\'ll get the material" heads a section; "Anything beyond ten we\'ll raise" is no item', () => {
    const s = parseSow(`What we'll write
We'll write six case studies.

How we'll get the material
We'll run no more than eight interviews. Anything beyond eight we'll raise with you first.

What we won't do
We won't design the case studies.`);
    expect(titles(s.deliverables)).toEqual(['Write six case studies', 'Run no more than eight interviews']);
    expect(titles(s.exclusions)).toEqual(['Design the case studies']);
  });
});
