import { describe, expect, it } from 'vitest';
import { buildBrief, nextBriefWindow } from '@/lib/insights/brief';
import { safeHref } from '@/lib/links/safeHref';
import { escapeMarkdownLine, markdownLinkTarget } from '@/lib/markdown/escape';
import { makeChangeOrder, makeClient, makeFeedback, makeProject, makeRequest, makeWait } from '@/tests/factories';
import type { Brief } from '@/lib/db/schemas';
import { showDay as d } from '@/lib/dates/days';
import { showHours } from '@/lib/money';

const now = new Date(2026, 10, 28, 12);
const client = makeClient({ name: 'Acme Outdoor Co.' });
const project = makeProject({ clientId: client.id, name: 'Acme web' });
const projectId = project.id;
const since = '2026-11-20T10:00:00.000Z';
const line = { kind: 'time' as const, role: 'Dev', hours: 8, rateCents: 15_000, amountCents: 0, description: '' };
const approvedCo = makeChangeOrder({
  projectId,
  number: 3,
  title: 'Blog section',
  status: 'approved',
  lines: [line],
  scheduleImpactDays: 5,
  affectedDeliverables: ['d2 Templates'],
  history: [{ status: 'approved', at: '2026-11-24T09:00:00.000Z', note: '' }],
});
const oldCo = makeChangeOrder({
  projectId,
  number: 1,
  title: 'Old approval',
  status: 'approved',
  scheduleImpactDays: 2,
  history: [{ status: 'approved', at: '2026-10-01T09:00:00.000Z', note: '' }],
});

const input = {
  project,
  client,
  since,
  number: 2,
  audience: 'dev' as const,
  locale: 'en-US',
  now,
  feedback: [
    makeFeedback({
      projectId,
      kind: 'revision_request',
      note: 'Make the *logo* bigger <script>alert(1)</script>\n# not a heading',
      createdAt: '2026-11-21T10:00:00.000Z',
      sourceTitle: 'Re: home',
      sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
    }),
    makeFeedback({
      projectId,
      kind: 'question',
      note: 'When is staging ready?',
      createdAt: '2026-11-22T10:00:00.000Z',
    }),
    makeFeedback({ projectId, kind: 'praise', note: 'Old praise', createdAt: '2026-11-01T10:00:00.000Z' }),
    makeFeedback({ kind: 'praise', note: 'Other project', createdAt: '2026-11-22T10:00:00.000Z' }),
  ],
  changeOrders: [approvedCo, oldCo],
  requests: [
    makeRequest({
      projectId,
      askText: 'Add a blog [urgent]',
      askedAt: '2026-11-21T10:00:00.000Z',
      changeOrderId: approvedCo.id,
    }),
    makeRequest({ projectId, askText: 'Translate to French', askedAt: '2026-11-22T10:00:00.000Z' }),
    makeRequest({ projectId, askText: 'In scope thing', verdict: 'in_scope', askedAt: '2026-11-22T10:00:00.000Z' }),
  ],
  waits: [makeWait({ projectId, what: 'Hero photos', askedOn: '2026-11-23', dueBy: '2026-12-01' })],
};

describe('buildBrief', () => {
  const md = buildBrief(input);

  it('has the five sections in order, numbered and dated', () => {
    expect(md.startsWith('# Brief 2: Acme web for Acme Outdoor Co.\n')).toBe(true);
    expect(md).toContain(`For the dev team. Covers everything since ${d('2026-11-20')}; written ${d('2026-11-28')}.`);
    const order = [
      '## What the client wants',
      '## What was approved',
      '## What changed in scope',
      '## Open questions',
      '## Deadlines',
    ].map((h) => md.indexOf(h));
    expect(order.every((i, k) => i > 0 && (k === 0 || i > (order[k - 1] ?? 0)))).toBe(true);
  });

  it('includes only what is new since the last brief', () => {
    expect(md).toContain('### Revision requests');
    expect(md).not.toContain('Old praise');
    expect(md).not.toContain('Other project');
    expect(md).toContain(`- CO-003 Blog section: ${showHours(8)}, $1,200.00, +5 days (approved ${d('2026-11-24')})`);
    expect(md).not.toContain('Old approval');
    expect(md).toContain(`- “Add a blog \\[urgent\\]” (${d('2026-11-21')}): CO-003 approved`);
    expect(md).toContain(`- “Translate to French” (${d('2026-11-22')}): no change order yet: do not start`);
    expect(md).not.toContain('In scope thing');
  });

  it('escapes client text and keeps it on one line', () => {
    expect(md).toContain(
      `- Make the \\*logo\\* bigger \\<script\\>alert(1)\\</script\\> # not a heading (${d('2026-11-21')}) ([Re: home](https://mail.google.com/mail/u/0/#inbox/abc))`,
    );
    expect(md).not.toMatch(/^# not a heading/m);
  });

  it('lists open questions and deadlines', () => {
    expect(md).toContain(`- Client asks: When is staging ready? (${d('2026-11-22')})`);
    expect(md).toContain(
      `- Waiting on the client for: Hero photos (since ${d('2026-11-23')}, 5 days, due ${d('2026-12-01')})`,
    );
    expect(md).toContain(`- Project: ${d('2026-09-01')} to ${d('2027-01-31')}`);
    expect(md).toContain(`- Approved change orders shift the schedule by 7 days: end moves to ${d('2027-02-07')}`);
    expect(md).toContain(`- Client owes Hero photos by ${d('2026-12-01')}`);
  });

  it('says so when a section is empty', () => {
    const empty = buildBrief({
      ...input,
      feedback: [],
      changeOrders: [],
      requests: [],
      waits: [],
      since: null,
      number: 1,
    });
    expect(empty).toContain('Covers the project so far');
    expect(empty).toContain('_No new feedback from the client._');
    expect(empty).toContain('_No change orders approved in this period._');
    expect(empty).toContain('_No out-of-scope asks in this period._');
    expect(empty).toContain('_None._');
  });
});

describe('buildBrief with hostile stored values', () => {
  const payload = '<img src=x onerror=alert(1)>';
  const hostile = buildBrief({
    ...input,
    since: `[x](javascript:alert(1))`,
    project: { ...project, scope: { ...project.scope, startDate: payload, endDate: `<b>${payload}</b>` } },
    feedback: [
      makeFeedback({
        projectId,
        kind: 'revision_request',
        note: 'ok',
        createdAt: payload,
        sourceTitle: 'label](javascript:alert(1)) [x',
        sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/abc',
      }),
      makeFeedback({ projectId, kind: 'question', note: 'q', createdAt: `[click](javascript:alert(2))` }),
    ],
    requests: [makeRequest({ projectId, askText: 'Translate', askedAt: payload })],
    waits: [makeWait({ projectId, what: 'Photos', askedOn: '2026-11-23', dueBy: payload })],
  });

  it('escapes every interpolated value: dates, link labels, names', () => {
    // No raw HTML tag and no link whose target is not the escaped source URL.
    expect(hostile).not.toMatch(/(^|[^\\])<(img|b)\b/m);
    expect(hostile).not.toMatch(/(^|[^\\])\]\(javascript:/m);
    expect(hostile).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(hostile).toContain('([label\\](javascript:alert(1)) \\[x](https://mail.google.com/mail/u/0/#inbox/abc))');
  });
});

describe('brief numbering and escaping helpers', () => {
  it('the next brief starts at the latest brief', () => {
    const b = (number: number, createdAt: string, deletedAt: string | null = null) =>
      ({ number, createdAt, deletedAt }) as Brief;
    expect(nextBriefWindow([])).toEqual({ number: 1, since: null });
    expect(
      nextBriefWindow([
        b(1, '2026-11-01T00:00:00Z'),
        b(2, '2026-11-20T00:00:00Z'),
        b(3, '2026-11-25T00:00:00Z', '2026-11-26T00:00:00Z'),
      ]),
    ).toEqual({ number: 4, since: '2026-11-20T00:00:00Z' });
  });
  it('escapes list markers and links', () => {
    expect(escapeMarkdownLine('1. first')).toBe('1\\. first');
    expect(escapeMarkdownLine('- item')).toBe('\\- item');
    expect(escapeMarkdownLine('[x](javascript:alert(1))')).toBe('\\[x\\](javascript:alert(1))');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(markdownLinkTarget(safeHref('https://x.test/a b)(')!)).toBe('https://x.test/a%20b%29%28');
  });
});
