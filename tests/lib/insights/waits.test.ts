import { describe, expect, it } from 'vitest';
import type { EmailMessage, Thread } from '@/lib/sites/types';
import { detectWait, reconcileWaits, waitBadgeNote } from '@/lib/insights/waits';
import { findAsk } from '@/lib/insights/waitAsk';
import { makeWait } from '@/tests/factories';

const opts = {
  agencyDomains: ['northlight.studio'],
  clientDomains: ['acmeoutdoor.com'],
  now: new Date(2026, 10, 9, 12),
};
const agency = { name: 'Sam Lee', email: 'sam@northlight.studio' };
const client = { name: 'Dana Whitfield', email: 'dana@acmeoutdoor.com' };

let n = 0;
const msg = (from: EmailMessage['from'], date: string | null, body: string | null): EmailMessage => ({
  id: `m${++n}`,
  from,
  to: [],
  date,
  body,
  collapsed: body === null,
});
const thread = (...messages: EmailMessage[]): Thread => ({
  type: 'thread',
  site: 'gmail',
  threadId: 'th-1',
  subject: 'Homepage',
  url: 'https://mail.google.com/mail/u/0/#inbox/th-1',
  messages,
});

const brief = msg(client, 'Mon, 26 Oct 2026, 09:00', 'Here is the brief for the homepage.');
const ask = msg(
  agency,
  'Tue, 3 Nov 2026, 14:05',
  'Hi Dana,\n\nThe homepage draft is attached. Could you send us the hero photos by Friday?\n\nBest,\nSam\n\nOn Mon, 26 Oct 2026 Dana wrote:\n> Can you please approve the logo',
);

describe('detectWait', () => {
  it('agency asks, then silence: a wait with the asking sentence and its day', () => {
    expect(detectWait(thread(brief, ask), opts)).toEqual({
      what: 'Could you send us the hero photos by Friday?',
      askedOn: '2026-11-03',
      messageId: ask.id,
      daysWaiting: 6,
    });
  });

  it('a later bump keeps the first ask day', () => {
    const bump = msg(agency, 'Fri, 6 Nov 2026, 10:00', 'Just bumping this: do you have the hero photos?');
    expect(detectWait(thread(brief, ask, bump), opts)?.askedOn).toBe('2026-11-03');
  });

  it('the client replied last: no wait', () => {
    expect(detectWait(thread(ask, msg(client, '5 Nov 2026, 08:00', 'Attached, enjoy.')), opts)).toBeNull();
  });

  it('agency thanks or FYI without an ask: no wait', () => {
    const thanks = msg(
      agency,
      '4 Nov 2026, 10:00',
      'Thanks for sending the logo files, Dana! Let me know if you have any questions.',
    );
    const fyi = msg(agency, '4 Nov 2026, 11:00', 'FYI, we will share the staging link on Monday.');
    expect(detectWait(thread(brief, thanks), opts)).toBeNull();
    expect(detectWait(thread(brief, fyi), opts)).toBeNull();
  });

  it('a collapsed last message is judged by what is known', () => {
    expect(detectWait(thread(brief, msg(agency, '4 Nov 2026, 10:00', null)), opts)).toBeNull();
    expect(detectWait(thread(brief, ask, msg(agency, '4 Nov 2026, 10:00', null)), opts)?.messageId).toBe(ask.id);
  });

  it.each([
    'Please approve the homepage design so we can start development.',
    'Can you give us admin access to the GA4 property?',
    'We still need the final copy for the About page.',
    'Which option do you prefer for the footer, A or B?',
    'Let us know which date works for the kickoff.',
    'Can we get your sign-off on the homepage by Thursday?',
    'Looking forward to your feedback!',
  ])('finds the ask in %s', (body) => {
    expect(findAsk(body)).toBe(body);
  });

  it.each([
    'Thanks for the feedback!',
    'We need to update the text on the homepage.',
    'Have a great weekend.',
    'Let me know if you have any questions.',
    'We will send the revised files to you by Friday.',
  ])('finds no ask in %s', (body) => expect(findAsk(body)).toBeNull());
});

describe('reconcileWaits', () => {
  const ids = { ...opts, projectId: null, clientId: null };

  it('creates one automatic wait for a new ask, once', () => {
    const t = thread(brief, ask);
    const first = reconcileWaits([], t, detectWait(t, opts), ids);
    expect(first.create).toEqual([
      expect.objectContaining({
        what: 'Could you send us the hero photos by Friday?',
        askedOn: '2026-11-03',
        threadId: 'th-1',
        auto: true,
      }),
    ]);
    const stored = makeWait({ ...first.create[0], askedOn: '2026-11-03' });
    expect(reconcileWaits([stored], t, detectWait(t, opts), ids)).toEqual({ create: [], close: [] });
  });

  it('does not recreate a wait the AM deleted', () => {
    const t = thread(brief, ask);
    const deleted = makeWait({
      auto: true,
      threadId: 'th-1',
      askedOn: '2026-11-03',
      deletedAt: '2026-11-04T00:00:00Z',
    });
    expect(reconcileWaits([deleted], t, detectWait(t, opts), ids).create).toEqual([]);
  });

  it('closes on the client reply with the reply date, and opens the next ask', () => {
    const open = makeWait({ auto: true, threadId: 'th-1', askedOn: '2026-11-03' });
    const manual = makeWait({ auto: false, threadId: 'th-1', askedOn: '2026-11-03' });
    const reply = msg(client, 'Thu, 5 Nov 2026, 08:30', 'Photos attached.');
    const again = msg(agency, 'Fri, 6 Nov 2026, 09:00', 'Great, thanks! Can you also confirm the launch date?');
    const t = thread(brief, ask, reply, again);
    const changes = reconcileWaits([open, manual], t, detectWait(t, opts), ids);
    expect(changes.close).toEqual([{ id: open.id, closedAt: '2026-11-05T08:30:00' }]);
    expect(changes.create.map((w) => w.askedOn)).toEqual(['2026-11-06']);
  });

  it('a client message before the ask the same day does not close it', () => {
    const early = msg(client, 'Tue, 3 Nov 2026, 09:00', 'Morning!');
    const open = makeWait({ auto: true, threadId: 'th-1', askedOn: '2026-11-03' });
    expect(reconcileWaits([open], thread(early, ask), null, ids).close).toEqual([]);
  });
});

describe('waitBadgeNote', () => {
  it('says how long, and nothing once closed', () => {
    expect(waitBadgeNote(makeWait({ askedOn: '2026-11-03' }), opts.now)).toBe('waiting on client 6 days');
    expect(waitBadgeNote(makeWait({ askedOn: '2026-11-08' }), opts.now)).toBe('waiting on client 1 day');
    expect(waitBadgeNote(makeWait({ askedOn: '2026-11-09' }), opts.now)).toBe('waiting on client since today');
    expect(waitBadgeNote(makeWait({ closedAt: '2026-11-05T08:30:00' }), opts.now)).toBeNull();
  });
});
