import { describe, expect, it, vi } from 'vitest';
import { answering } from '@/lib/messaging/listen';

// Chrome before 144 ignores a promise returned by an onMessage listener: only `return true` and a
// later sendResponse reach the sender. These tests call the listener as that Chrome does.
const sender = { tab: { id: 3 }, url: 'https://mail.google.com/mail/u/0/' };

describe('answering', () => {
  it('keeps the channel open and answers through sendResponse', async () => {
    const sendResponse = vi.fn();
    const listener = answering((message, from) => Promise.resolve({ ok: true, data: { message, tab: from.tab?.id } }));
    expect(listener({ type: 'x' }, sender, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse).toHaveBeenCalledWith({ ok: true, data: { message: { type: 'x' }, tab: 3 } });
  });

  it('leaves a message it does not take to other listeners', () => {
    const sendResponse = vi.fn();
    const listener = answering(() => undefined);
    expect(listener({ type: 'theirs' }, sender, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers a failed answer with an error reply, not silence', async () => {
    const sendResponse = vi.fn();
    const listener = answering(() => Promise.reject(new Error('database closed')));
    expect(listener({ type: 'x' }, sender, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledWith({ ok: false, error: 'database closed' }));
  });
});
