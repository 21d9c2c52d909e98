// Layouts that read as nothing or as the wrong list before (first seen in the blind set n24): a
// schedule's lettered clause numbers, a fields line set with pipes, a one-column table, a rate with
// its tax note, a heading that holds the client's part and the exclusions, an option's exclusions.
import { describe, expect, it } from 'vitest';
import { parseSow } from '@/lib/scope';

const titles = (items: { title: string }[]) => items.map((i) => i.title);

describe('parseSow on schedules and tool pastes', () => {
  it('reads "B.2 Not covered" as the exclusions of a schedule numbered by letter', () => {
    const s = parseSow(`SCHEDULE B - SERVICES

B.1 Services
1. Content updates: edits to existing pages.
2. Hosting support: uptime monitoring.

B.2 Not covered
a) New page templates.
b) Paid search campaigns.`);
    expect(titles(s.deliverables)).toEqual(['Content updates', 'Hosting support']);
    expect(titles(s.exclusions)).toEqual(['New page templates', 'Paid search campaigns']);
  });

  it('does not take a "Start: ... | End: ..." line for the header of the table below it', () => {
    const s = parseSow(`Scope of work
Start: 1 May 2026 | End: 30 April 2027

| # | Service | Notes |
|---|---------|-------|
| 1 | Keyword research | Quarterly refresh |
| 2 | Link audit | Once |`);
    expect(titles(s.deliverables)).toEqual(['Keyword research', 'Link audit']);
  });

  it('reads a one-column table as a list, without its header or rule', () => {
    const s = parseSow(`Deliverables
- Brand audit
- Naming

Not in scope
| Item |
|------|
| Trademark searches |
| Packaging design |`);
    expect(titles(s.exclusions)).toEqual(['Trademark searches', 'Packaging design']);
  });

  it('reads a rate with a tax note before "per hour"', () => {
    expect(parseSow('Fees\n200 hours at NZD 150 + GST per hour.').hourlyRate).toBe(150);
    expect(parseSow('Fees\n80 hours at EUR 95 excl. VAT per hour.').hourlyRate).toBe(95);
  });

  it('finds exclusions stated among the client responsibilities', () => {
    const s = parseSow(`2. Deliverables
2.1 Annual report layout, up to 60 pages.

3. Client responsibilities and exclusions
3.1 The Client supplies all text and images.
3.2 Translation is not included.
3.3 Printing is not included.`);
    expect(s.exclusions).toHaveLength(2);
    expect(s.exclusions[0]!.description).toMatch(/^Translation/);
    expect(s.exclusions[1]!.description).toMatch(/^Printing/);
  });

  it("lists what an option excludes by naming another option's services in parentheses", () => {
    const s = parseSow(`Option A - Essentials [SELECTED]
- Monthly newsletter design
- Two social graphics per week

What Option A does not include
Anything listed only in Option B (video production, influencer outreach, paid social management).`);
    expect(titles(s.exclusions)).toEqual(['Video production', 'Influencer outreach', 'Paid social management']);
  });
});
