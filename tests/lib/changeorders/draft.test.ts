import { describe, expect, it } from 'vitest';
import { changeOrder } from '@/lib/db/schemas';
import { addDays } from '@/lib/dates/days';
import { draftFromRequests, formatCoNumber, formatCoRef, titleFromAsk } from '@/lib/changeorders';
import { totals } from '@/lib/money';
import { AT, project, request } from '../../factories/changeOrderProject';

const opts = { number: 3, today: '2026-11-28', now: AT };

describe('draftFromRequests', () => {
  it('prefills every field from the ask, the SOW and the rate card', () => {
    const ask = request();
    const co = draftFromRequests(project(), [ask], opts);
    expect(() => changeOrder.parse(co)).not.toThrow();
    expect(formatCoNumber(co.number)).toBe('CO-003');
    expect(co.title).toBe('Add a blog section to the site');
    expect(co.askQuote).toBe(ask.askText);
    expect(co.sourceUrl).toBe(ask.source.url);
    expect(co.askedBy).toBe('Dana Whitfield <dana@acmeoutdoor.com>');
    expect(co.approver).toBe('Dana Whitfield');
    expect(co.reason).toBe('The SOW excludes "Blog": No blog or CMS content migration.');
    expect(co.requestIds).toEqual([ask.id]);
    expect(co.lines).toEqual([
      { kind: 'time', role: 'Designer', hours: 4, rateCents: 12500, amountCents: 0, description: '' },
    ]);
    expect(totals(co).totalCents).toBe(50000);
    expect(co).toMatchObject({ expensesCents: 0, currency: 'USD', scheduleImpactDays: 0, status: 'draft' });
    expect(co.discount.value).toBe(0);
    expect(co.expiresOn).toBe('2026-12-28');
    expect(co.history).toEqual([{ status: 'draft', at: AT, note: 'Drafted from 1 ask' }]);
  });

  it('covers several asks, cites revision and deliverable refs and lists affected deliverables', () => {
    const asks = [
      request({ scopeRef: 'revisions', matchedText: 'Homepage design: 2 rounds of revisions' }),
      request({ askText: 'Please add three more templates.', scopeRef: 'd2', matchedText: null }),
    ];
    const co = draftFromRequests(project(), asks, opts);
    expect(co.title).toBe('Add a blog section to the site (+1 more)');
    expect(co.reason.split('\n')).toEqual([
      'The SOW includes 2 revision rounds; this asks for more. (SOW: "Homepage design: 2 rounds of revisions")',
      'Goes beyond the contracted deliverable "Page templates".',
    ]);
    expect(co.affectedDeliverables).toEqual(['Homepage design', 'Page templates']);
    expect(co.lines[0]?.hours).toBe(8);
    expect(co.askQuote).toContain('\n\nPlease add three more templates.');
  });

  it('quotes the matched SOW text when it adds to the exclusion', () => {
    const ask = request({ matchedText: 'Out of scope: blogs, newsletters' });
    expect(draftFromRequests(project(), [ask], opts).reason).toBe(
      'The SOW excludes "Blog": No blog or CMS content migration. (SOW: "Out of scope: blogs, newsletters")',
    );
  });

  it("uses the AM's correction over the engine's scopeRef", () => {
    const ask = request({ scopeRef: 'd1', correction: { verdict: 'out_of_scope', scopeRef: 'new', at: AT } });
    expect(draftFromRequests(project(), [ask], opts).reason).toMatch(/^New work that the SOW does not cover/);
  });

  it('falls back to the SOW hourly rate, then to a fixed fee, and to USD', () => {
    const noCard = project({ rateCard: [] });
    expect(draftFromRequests(noCard, [request()], opts).lines[0]).toMatchObject({ role: 'Team', rateCents: 15000 });
    const nothing = project({ rateCard: [], scope: { ...project().scope, hourlyRate: null, currency: null } });
    const co = draftFromRequests(nothing, [request()], opts);
    expect(co.lines[0]?.kind).toBe('fixed');
    expect(co.currency).toBe('USD');
  });

  it('keeps JPY rates whole', () => {
    const yen = project({ rateCard: [], scope: { ...project().scope, hourlyRate: 12000, currency: 'JPY' } });
    expect(draftFromRequests(yen, [request()], opts).lines[0]?.rateCents).toBe(12000);
  });
});

describe('helpers', () => {
  it('names and dates', () => {
    expect(formatCoNumber(1)).toBe('CO-001');
    expect(formatCoNumber(42)).toBe('CO-042');
    expect(formatCoNumber(1234)).toBe('CO-1234');
    expect(formatCoRef({ number: 2, revision: 1 })).toBe('CO-002 rev 1');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
    expect(addDays('2028-02-15', 14)).toBe('2028-02-29');
  });

  it('titles from asks', () => {
    expect(titleFromAsk('Hi, could you please translate the site into German?')).toBe('Translate the site into German');
    expect(titleFromAsk("We'd like you to add a store locator. Thanks!")).toBe('Add a store locator');
    expect(titleFromAsk('')).toBe('Change request');
    expect(titleFromAsk('x '.repeat(100)).length).toBeLessThanOrEqual(80);
  });
});
