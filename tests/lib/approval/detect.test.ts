import { describe, expect, it } from 'vitest';
import { answerNote, decisionIn, findClientAnswer } from '@/lib/approval/detect';
import type { Thread } from '@/lib/sites/types';

const msg = (email: string, body: string) => ({
  id: `m-${body.length}`,
  from: { name: email.split('@')[0]!, email },
  to: [],
  date: '2026-12-01',
  body,
  collapsed: false,
});
const thread = (...messages: ReturnType<typeof msg>[]): Thread => ({
  type: 'thread',
  site: 'gmail',
  threadId: 't1',
  subject: 'CO-001',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  messages,
});
const opts = { agencyDomains: ['agency.com'], clientDomains: ['acme.com'] };
const sent = { status: 'sent' as const, threadId: 't1' };

describe('decisionIn', () => {
  it.each([
    ['Approved, thanks!', 'approved'],
    ['Looks good. Please go ahead.', 'approved'],
    ['Please proceed with the change.', 'approved'],
    ['Not now, maybe next quarter.', 'deferred'],
    ['We will not approve this one.', 'rejected'],
    ["Thanks, we'll pass on this.", 'rejected'],
    ['Can you send the file again?', null],
  ])('%s -> %s', (body, want) => {
    expect(decisionIn(body)?.decision ?? null).toBe(want);
  });

  it('ignores the quoted change order below the reply', () => {
    expect(
      decisionIn('Thanks, reading it now.\n\nOn Mon, Dana wrote:\n> Please reply "approved" to go ahead'),
    ).toBeNull();
  });
});

describe('findClientAnswer', () => {
  it('finds the client approval after the order was sent, with the sentence', () => {
    const t = thread(
      msg('am@agency.com', 'Here is CO-001.'),
      msg('dana@acme.com', 'Hi! Approved, go ahead.\n--\nDana'),
    );
    const a = findClientAnswer(sent, t, opts)!;
    expect(a).toMatchObject({ decision: 'approved', quote: 'Approved, go ahead.', from: 'dana' });
    expect(answerNote(a)).toBe('Client replied (dana): "Approved, go ahead."');
  });

  it('says nothing when the agency wrote last, for another thread, or for a draft', () => {
    const t = thread(msg('dana@acme.com', 'Approved.'), msg('am@agency.com', 'Great, thanks!'));
    expect(findClientAnswer(sent, t, opts)).toBeNull();
    const t2 = thread(msg('dana@acme.com', 'Approved.'));
    expect(findClientAnswer({ status: 'sent', threadId: 'other' }, t2, opts)).toBeNull();
    expect(findClientAnswer({ status: 'draft', threadId: 't1' }, t2, opts)).toBeNull();
  });
});
