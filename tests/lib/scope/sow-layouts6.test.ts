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
