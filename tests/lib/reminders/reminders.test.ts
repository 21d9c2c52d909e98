import { describe, expect, it } from 'vitest';
import { badgeText, dueToday, dueWithAskCount, followUpDue, snoozeUntil } from '@/lib/reminders/today';
import { homeRows, sortHome } from '@/lib/reminders/home';
import { isMonday, weeklySummary } from '@/lib/reminders/weekly';
import { makeChangeOrder, makeClient, makeFeedback, makeProject, makeRequest, makeWait } from '../../factories';

const today = '2026-12-07'; // a Monday
const acme = makeClient({ name: 'Acme' });
const globex = makeClient({ name: 'Globex' });
const pA = makeProject({ clientId: acme.id });
const pG = makeProject({ clientId: globex.id });
const line = { kind: 'fixed' as const, role: '', hours: 0, rateCents: 0, amountCents: 50_000, description: 'Banner' };
const sentCo = makeChangeOrder({
  projectId: pA.id,
  status: 'sent',
  currency: 'USD',
  lines: [line],
  history: [{ status: 'sent', at: '2026-11-30T10:00:00.000Z', note: '' }],
});
const waits = [
  makeWait({ projectId: pA.id, clientId: acme.id, askedOn: '2026-12-01', dueBy: null, sourceUrl: 'https://x/w1' }),
  makeWait({ projectId: pG.id, clientId: globex.id, askedOn: '2026-12-06', dueBy: null }), // not due yet
  makeWait({
    projectId: pG.id,
    clientId: globex.id,
    askedOn: '2026-11-01',
    dueBy: '2026-11-05',
    snoozedUntil: '2026-12-10',
  }),
];
const requests = [
  makeRequest({ projectId: pG.id, verdict: 'out_of_scope', askedAt: '2026-12-05T10:00:00.000Z' }),
  makeRequest({ projectId: pG.id, verdict: 'in_scope' }),
  makeRequest({ projectId: pA.id, verdict: 'out_of_scope', absorbed: { valueCents: 0, note: '', at: today } }),
];

describe('dueToday', () => {
  it('counts overdue waits, sent orders to chase and unhandled out-of-scope asks; snoozed ones wait', () => {
    const due = dueToday({ waits, changeOrders: [sentCo], requests, today });
    expect(due.map((d) => d.kind)).toEqual(['wait', 'changeOrder', 'ask']);
    expect(followUpDue(sentCo)).toBe('2026-12-05');
    expect(dueToday({ waits, changeOrders: [sentCo], requests, today: '2026-12-03' }).map((d) => d.kind)).toEqual([
      'ask',
    ]);
    const wakes = dueToday({ waits, changeOrders: [], requests: [], today: '2026-12-10' });
    expect(wakes).toHaveLength(3); // the snooze is over and the second wait is due too
  });

  it('counts the same with the asks as a count (the counters) as with the asks themselves', () => {
    const { chase, count } = dueWithAskCount({ waits, changeOrders: [sentCo], dueAsks: 1, today });
    expect(chase.map((d) => d.kind)).toEqual(['wait', 'changeOrder']);
    expect(count).toBe(dueToday({ waits, changeOrders: [sentCo], requests, today }).length);
  });

  it('formats the badge and snooze days', () => {
    expect([badgeText(0), badgeText(7), badgeText(120)]).toEqual(['', '7', '99+']);
    expect(snoozeUntil(today, 1)).toBe('2026-12-08');
  });
});

describe('Home rows and the Monday summary', () => {
  const feedback = [
    makeFeedback({ clientId: globex.id, sentiment: 'positive', createdAt: '2026-11-01T00:00:00.000Z' }),
    makeFeedback({ clientId: globex.id, sentiment: 'negative', createdAt: '2026-12-01T00:00:00.000Z' }),
  ];
  const rows = homeRows({
    clients: [acme, globex],
    projects: [pA, pG],
    requests,
    changeOrders: [sentCo],
    waits,
    feedback,
    today,
  });

  it('sums per client and sorts what needs attention first', () => {
    const a = rows.find((r) => r.clientId === acme.id)!;
    const g = rows.find((r) => r.clientId === globex.id)!;
    expect(a).toMatchObject({ openAsks: 0, pending: { USD: 50_000 }, overdueWaits: 1, url: 'https://x/w1' });
    expect(g).toMatchObject({ openAsks: 1, pending: {}, overdueWaits: 0, lastSentiment: 'negative' });
    expect(sortHome(rows, 'pending').map((r) => r.clientName)).toEqual(['Acme', 'Globex']);
    expect(sortHome(rows, 'openAsks').map((r) => r.clientName)).toEqual(['Globex', 'Acme']);
    expect(sortHome(rows, 'sentiment').map((r) => r.clientName)).toEqual(['Globex', 'Acme']);
  });

  it('writes a Markdown summary', () => {
    expect(isMonday(today)).toBe(true);
    expect(isMonday('2026-12-08')).toBe(false);
    const md = weeklySummary(rows, today);
    expect(md).toContain('1 out-of-scope ask to handle, 1 overdue wait.');
    expect(md).toContain('- **Acme**: $500.00 pending in change orders, 1 overdue wait');
    expect(weeklySummary([], today)).toContain('Nothing open');
  });
});
