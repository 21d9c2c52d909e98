// Fuzz: random and mutated messages against every schema and dispatch (right and wrong senders),
// random text into classify and parseSow, broken backup files into parseBackup. Nothing throws,
// no handler ever sees a payload its schema refuses or a sender its type does not allow.
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch, type Handlers, type Sender } from '@/lib/messaging/receive';
import { messageSenders, requestSchemas, type MessageType } from '@/lib/messaging/protocol';
import { classify, parseSow } from '@/lib/scope';
import { parseBackup } from '@/lib/db/backup';
import { CASES, HOSTILE, SEED, anyValue, int, junk, mutate, pick, rng } from './random';

const stats: Record<string, { tried: number; failed: number }> = {};
const count = (target: string, ok: boolean) => {
  const s = (stats[target] ??= { tried: 0, failed: 0 });
  s.tried++;
  if (!ok) s.failed++;
};

const TYPES = Object.keys(requestSchemas) as MessageType[];
const VALID: Partial<Record<MessageType, unknown>> = {
  'page:read': {
    page: {
      type: 'ticket',
      site: 'jira',
      key: 'ACME-1',
      title: 'Blog',
      description: 'Could you add a blog?',
      comments: [{ author: 'Dana', date: null, body: 'Also French' }],
      reporter: 'Dana',
      containerId: 'ACME',
      url: 'https://acme.atlassian.net/browse/ACME-1',
    },
  },
  'page:failure': {
    url: 'https://acme.atlassian.net/browse/ACME-1',
    failure: { site: 'jira', pageKind: 'ticket', missing: ['title'] },
  },
  'list:items': {
    site: 'jira',
    url: 'https://acme.atlassian.net/jira/board',
    items: [{ key: 'ACME-1', title: 'Blog' }],
  },
  'panel:state': { tabId: 3 },
  'request:correct': { requestId: crypto.randomUUID(), verdict: 'in_scope', scopeRef: null },
};
const SENDERS: Sender[] = [
  { tabId: 4, url: 'https://acme.atlassian.net/browse/ACME-1', fromContentScript: true },
  { tabId: null, url: 'chrome-extension://id/sidepanel.html', fromContentScript: false },
];

afterAll(() => {
  for (const [target, s] of Object.entries(stats)) console.log(`fuzz ${target}: tried ${s.tried}, failed ${s.failed}`);
});

describe('fuzz: messages, engine inputs, backups', () => {
  it(`dispatch: ${CASES * 4} random and mutated envelopes`, { timeout: 600_000 }, async () => {
    const r = rng(SEED);
    const problems: string[] = [];
    const seen: { last: { type: MessageType; payload: unknown; sender: Sender } | null } = { last: null };
    const handlers: Handlers = Object.fromEntries(
      TYPES.map((t) => [
        t,
        (payload: unknown, sender: Sender) => {
          seen.last = { type: t, payload, sender };
          return {} as never;
        },
      ]),
    );
    for (let c = 0; c < CASES * 4; c++) {
      const type = r() < 0.9 ? pick(r, TYPES) : junk(r, 10);
      const base = VALID[type as MessageType] ?? anyValue(r);
      const payload = r() < 0.7 ? mutate(r, base) : anyValue(r);
      const envelope = r() < 0.95 ? { type, payload } : anyValue(r);
      const sender = pick(r, SENDERS);
      seen.last = null;
      let ok = true;
      try {
        const reply = await dispatch(handlers, envelope, sender);
        if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') throw new Error('no reply');
        const s = seen.last as { type: MessageType; payload: unknown; sender: Sender } | null;
        if (s) {
          if (!requestSchemas[s.type].safeParse(s.payload).success)
            throw new Error(`${s.type}: invalid payload accepted`);
          if ((messageSenders[s.type] === 'content') !== s.sender.fromContentScript)
            throw new Error(`${s.type}: wrong sender accepted`);
        }
      } catch (err) {
        ok = false;
        problems.push(`case ${c}: ${err instanceof Error ? err.message : err}`);
      }
      count('dispatch', ok);
    }
    expect(problems).toEqual([]);
  });

  it(`classify and parseSow: ${CASES} random texts each`, { timeout: 600_000 }, () => {
    const r = rng(SEED + 1);
    const problems: string[] = [];
    const sow = parseSow('## Deliverables\n1. Homepage design\n2. Up to 12 page templates\n## Exclusions\n- Blog\n');
    const words = [
      'Could you',
      'also',
      'add',
      'a blog',
      'translate',
      'French',
      '?',
      '\n',
      'Thanks',
      '1.',
      '#',
      '$5,000',
    ];
    for (let c = 0; c < CASES; c++) {
      const text = Array.from({ length: int(r, 60) }, () =>
        r() < 0.6 ? pick(r, words) : r() < 0.1 ? pick(r, HOSTILE) : junk(r, 15),
      ).join(' ');
      let ok = true;
      try {
        const scope = parseSow(text);
        if (!Array.isArray(scope.deliverables)) throw new Error('parseSow: no deliverables list');
        const result = classify(
          { subject: junk(r, 30), body: text, channel: pick(r, ['email', 'ticket'] as const) },
          r() < 0.5 ? sow : scope,
        );
        for (const a of result.asks)
          if (!['out_of_scope', 'in_scope', 'no_request'].includes(a.verdict)) throw new Error(`verdict ${a.verdict}`);
      } catch (err) {
        ok = false;
        problems.push(`case ${c}: ${err instanceof Error ? err.message : err}`);
      }
      count('classify/parseSow', ok);
    }
    expect(problems).toEqual([]);
  });

  it(`parseBackup: ${CASES * 2} broken backup files`, { timeout: 600_000 }, () => {
    const r = rng(SEED + 2);
    const problems: string[] = [];
    const base = {
      format: 'scopekeeper-backup',
      version: 1,
      exportedAt: '2026-11-28T10:00:00.000Z',
      stores: {
        clients: [
          {
            id: crypto.randomUUID(),
            name: 'Acme',
            domains: ['acme.com'],
            notes: '',
            createdAt: 'x',
            updatedAt: 'zzzz',
            deletedAt: null,
          },
        ],
        projects: [],
      },
    };
    for (let c = 0; c < CASES * 2; c++) {
      const input = r() < 0.8 ? mutate(r, mutate(r, base)) : anyValue(r);
      let ok = true;
      try {
        // As read from a file: through JSON text, sometimes cut short.
        let text: string;
        try {
          text = JSON.stringify(input) ?? 'null';
        } catch {
          text = '{';
        }
        if (r() < 0.1) text = text.slice(0, int(r, text.length));
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          json = text;
        }
        const result = parseBackup(json);
        if (typeof result.ok !== 'boolean') throw new Error('no verdict');
        if (!result.ok && (typeof result.error !== 'string' || !result.error))
          throw new Error('error without a message');
      } catch (err) {
        ok = false;
        problems.push(`case ${c}: ${err instanceof Error ? err.message : err}`);
      }
      count('parseBackup', ok);
    }
    expect(problems).toEqual([]);
  });
});
