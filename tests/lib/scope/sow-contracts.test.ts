// Contract-style SOWs, in texts written for these tests: a Word list's tab after each number, a
// schedule's numbered groups over their decimal items, a counted item over its lettered parts, a
// clause that ends by opening the list of exclusions, a clause that only points to the schedule,
// "commences on ... and ends on ..." terms, and thousands in an item's title.
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';
import { cleanPaste } from '@/lib/scope/sow/paste';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

const SOW = [
  'STATEMENT OF WORK No. 2',
  'under the Master Services Agreement dated 4 December 2025 between Kea Digital Ltd and Rimu Dental Ltd',
  '',
  '1.\tTerm',
  '1.1.\tThis SOW commences on 9 February 2026 and ends on 29 May 2026.',
  '2.\tServices',
  '2.1.\tKea will provide the Services described in Schedule 1.',
  '2.2.\tServices not described in Schedule 1 are out of scope. Without limiting this clause, the following are excluded:',
  'a.\tintegration with the practice booking system;',
  'b.\tcopywriting for more than 12 pages; and',
  'c.\tpaid search management.',
  '3.\tFees',
  '3.1.\tTime is charged at NZD 160 per hour; the estimate is 180 hours.',
  '',
  'Schedule 1 – Services',
  '1.\tDiscovery',
  '1.1.\tOne stakeholder workshop.',
  '1.2.\tSitemap and content plan.',
  '2.\tBuild',
  '2.1.\tUp to 4 page templates:',
  'a.\thome page;',
  'b.\tservice page;',
  'c.\tpractitioner profile;',
  'd.\tcontact page.',
  '2.2.\tImport of up to 1,200 patient reviews.',
  '3.\tReporting',
  '3.1.\tA monthly analytics dashboard.',
].join('\n');

describe('a statement of work under a master agreement', () => {
  const scope = parseSow(SOW);

  it('reads the lettered list a clause opens as the exclusions', () => {
    expect(titles(scope.exclusions)).toEqual(['Integration', 'Copywriting', 'Paid search management']);
  });

  it('reads the schedule: groups give their items a context, a counted item keeps its parts', () => {
    expect(titles(scope.deliverables)).toEqual([
      'One stakeholder workshop',
      'Sitemap and content plan',
      'Up to 4 page templates',
      'Import of up to 1,200 patient reviews',
      'Monthly analytics dashboard',
    ]);
    const templates = scope.deliverables.find((d) => d.title === 'Up to 4 page templates')!;
    expect(templates.quantity).toBe(4);
    expect(templates.description).toContain('practitioner profile');
    expect(scope.deliverables[0]!.description).toBe('Discovery: One stakeholder workshop.');
    expect(scope.deliverables.find((d) => d.title.startsWith('Import'))!.quantity).toBe(1200);
  });

  it('reads the term the SOW states, not the date of the master agreement', () => {
    expect([scope.startDate, scope.endDate]).toEqual(['2026-02-09', '2026-05-29']);
  });

  it('still reads the figures', () => {
    expect([scope.hourlyRate, scope.budgetHours, scope.currency]).toEqual([160, 180, 'NZD']);
  });
});

describe("a Word list's tab after the number", () => {
  it('becomes spaces, the text keeping its length', () => {
    const text = '1.\tDiscovery\n2.1.\tWorkshop\na.\trouting;\nName\tRole\tRate';
    const clean = cleanPaste(text);
    expect(clean.length).toBe(text.length);
    expect(clean.split('\n')).toEqual(['1. Discovery', '2.1. Workshop', 'a. routing;', 'Name\tRole\tRate']);
  });

  it('leaves a table row whose first cell is a number alone', () => {
    expect(cleanPaste('1.\tHome page\t£2,000')).toBe('1.\tHome page\t£2,000');
  });
});

describe('numbered lists that are not groups', () => {
  it('keeps whole-numbered items with no decimal items under them', () => {
    const s = parseSow('Deliverables\n1. Brand strategy\n2. Logo suite\n3. Guidelines');
    expect(titles(s.deliverables)).toEqual(['Brand strategy', 'Logo suite', 'Guidelines']);
  });

  it('keeps the lettered parts of an item that states no count', () => {
    const s = parseSow('Deliverables\n1. Email templates:\n  a. welcome email\n  b. order confirmation\n2. Set-up');
    expect(titles(s.deliverables)).toEqual(['Welcome email', 'Order confirmation', 'Set-up']);
  });

  it('keeps a numbered clause that opens its own section a heading ("3. Revisions" after "2.")', () => {
    const s = parseSow(
      '2. Deliverables\n2.1 Annual report layout, up to 60 pages.\n2.2 Infographics.\n3. Revisions\n3.1 Two rounds of changes.\n4. Exclusions\n4.1 Printing is not included.',
    );
    expect(titles(s.deliverables)).toEqual(['Annual report layout', 'Infographics']);
    expect(s.revisionRounds).toBe(2);
  });
});

describe('a clause that opens the list of exclusions', () => {
  it.each([
    'The following are specifically excluded:',
    'The Services do not include:',
    'For clarity, these items are out of scope:',
  ])('"%s"', (opener) => {
    const s = parseSow(
      `Services\n- Media relations\n- Press releases\n\n${opener}\n- Crisis communications\n- Award entries`,
    );
    expect(titles(s.deliverables)).toEqual(['Media relations', 'Press releases']);
    expect(titles(s.exclusions)).toEqual(['Crisis communications', 'Award entries']);
  });
});

describe('contract headings', () => {
  it.each([
    ['Services Excluded', 'exclusions'],
    ['Items not quoted', 'exclusions'],
    ['Description of Services', 'deliverables'],
    ['Project Timetable', 'timeline'],
  ])('"%s" heads the %s', (heading, kind) => {
    const s = parseSow(`Overview\nA short project.\n\n${heading}\n- Item one\n- Item two`);
    const list = kind === 'exclusions' ? s.exclusions : s.deliverables;
    if (kind === 'timeline') expect(titles(s.deliverables)).not.toContain('Item one');
    else expect(titles(list)).toEqual(['Item one', 'Item two']);
  });

  it('"Deliverable Acceptance" is how work is signed off, no list of deliverables', () => {
    const s = parseSow(
      'Deliverables\n- Brand book\n- Logo files\n\nDeliverable Acceptance\n- The client has 5 business days to accept each deliverable.',
    );
    expect(titles(s.deliverables)).toEqual(['Brand book', 'Logo files']);
  });

  it('a slide numbered "7 / 12" is still read by its words', () => {
    const s = parseSow(
      'Slide 6 / 12 — What you get\n- Six reels\n\nSlide 7 / 12 — What is not included\n- Paid boosting',
    );
    expect(titles(s.exclusions)).toEqual(['Paid boosting']);
  });
});
