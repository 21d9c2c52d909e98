import { describe, expect, it } from 'vitest';
import { dispatch, type Handlers } from '@/lib/messaging/receive';

const sender = { tabId: 1, url: 'https://mail.google.com/mail/u/0/', fromContentScript: true };
const page = { tabId: null, url: 'chrome-extension://abc/sidepanel.html', fromContentScript: false };
const handlers: Handlers = {
  'page:failure': () => ({ logged: true as const }),
  'request:correct': () => {
    throw new Error('db closed');
  },
};

describe('dispatch', () => {
  it('rejects non-envelopes', async () => {
    for (const raw of [null, 42, 'x', {}, { type: 7 }]) {
      const reply = await dispatch(handlers, raw, sender);
      expect(reply).toEqual({ ok: false, error: 'Malformed message: expected { type, payload }.' });
    }
  });
  it('rejects unknown types, including prototype keys', async () => {
    expect(await dispatch(handlers, { type: 'nope' }, sender)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown'),
    });
    expect(await dispatch(handlers, { type: 'toString' }, sender)).toMatchObject({
      ok: false,
      error: expect.stringContaining('Unknown'),
    });
  });
  it('names the bad field of a malformed payload', async () => {
    const reply = await dispatch(
      handlers,
      { type: 'page:failure', payload: { url: 'u', failure: { site: 'myspace', pageKind: 'list', missing: [] } } },
      sender,
    );
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain('failure.site');
  });
  it('answers a valid message with the handler result', async () => {
    const reply = await dispatch(
      handlers,
      {
        type: 'page:failure',
        payload: { url: 'u', failure: { site: 'jira', pageKind: 'ticket', missing: ['summary'] } },
      },
      sender,
    );
    expect(reply).toEqual({ ok: true, data: { logged: true } });
  });
  it('turns a handler throw into an error reply', async () => {
    const reply = await dispatch(
      handlers,
      { type: 'request:correct', payload: { requestId: crypto.randomUUID(), verdict: 'in_scope', scopeRef: 'd1' } },
      page,
    );
    expect(reply).toEqual({ ok: false, error: '"request:correct" failed: db closed' });
  });
  it('refuses a message from a sender its type does not allow, before any handler runs', async () => {
    let ran = 0;
    const spy: Handlers = {
      'panel:state': () => {
        ran++;
        throw new Error('reached');
      },
      'page:failure': () => {
        ran++;
        return { logged: true as const };
      },
    };
    // A content script (a compromised renderer) asking for another tab's state.
    expect(await dispatch(spy, { type: 'panel:state', payload: { tabId: 3 } }, sender)).toEqual({
      ok: false,
      error: '"panel:state" is only accepted from extension pages; this content sender was refused.',
    });
    // An extension page pretending to be a page report.
    const failure = { url: 'u', failure: { site: 'jira', pageKind: 'ticket', missing: [] } };
    expect(await dispatch(spy, { type: 'page:failure', payload: failure }, page)).toMatchObject({ ok: false });
    expect(ran).toBe(0);
  });
  it('refuses a known type that has no handler here', async () => {
    expect(await dispatch(handlers, { type: 'panel:state', payload: { tabId: 3 } }, page)).toMatchObject({
      ok: false,
      error: expect.stringContaining('No handler'),
    });
  });
});
