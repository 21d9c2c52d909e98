import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleMessage } from '@/lib/content/messages';
import { readableFromHtml } from '@/lib/readable/readableFromHtml';
import { gmail } from '@/lib/sites/gmail';
import { insertIntoCompose } from '@/lib/sites/gmail-compose';
import { fixturePath } from '../sites/load';
import { harness, showDocument } from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM';

beforeEach(() => showDocument(readFileSync(fixturePath('gmail', 'thread-out-of-scope'), 'utf8')));

function addReplyBox(): HTMLElement {
  const box = document.createElement('div');
  box.className = 'Am aiL Al editable LW-avf tS-tW';
  box.setAttribute('contenteditable', 'true');
  box.setAttribute('g_editable', 'true');
  box.setAttribute('role', 'textbox');
  const quote = document.createElement('div');
  quote.className = 'gmail_quote';
  quote.textContent = 'On Wed, Dana wrote: ...';
  box.append(quote);
  const root = document.createElement('div');
  root.className = 'M9';
  root.append(box);
  document.body.append(root);
  return box;
}

describe('content messages', () => {
  it('page:reread returns the current read', async () => {
    const h = harness([gmail], THREAD_URL);
    const reply = await handleMessage(h.rt, { type: 'page:reread', payload: {} }, null);
    expect(reply?.ok && reply.data).toMatchObject({ page: { threadId: '1931f3be4c51da14' }, failure: null });
  });

  it('ignores messages that are not ours so other listeners can answer', async () => {
    const h = harness([gmail], THREAD_URL);
    expect(await handleMessage(h.rt, { type: 'page:read', payload: {} }, null)).toBeUndefined();
    expect(await handleMessage(h.rt, 'junk', null)).toBeUndefined();
  });

  it('compose:insert puts plain text above the quote, as text nodes, and never sends', async () => {
    const box = addReplyBox();
    const h = harness([gmail], THREAD_URL);
    const text = 'Hi Dana,\n<b>not bold</b>\nThe SKU descriptions are outside our SOW.';
    const reply = await handleMessage(h.rt, { type: 'compose:insert', payload: { text } }, insertIntoCompose);
    expect(reply).toEqual({ ok: true, data: { inserted: true, reason: null } });
    expect(box.querySelector('b')).toBeNull();
    expect(box.firstChild?.textContent).toBe('Hi Dana,');
    expect(box.textContent).toContain('<b>not bold</b>');
    expect(box.lastElementChild?.classList.contains('gmail_quote')).toBe(true);
  });

  it('compose:insert explains when no reply box is open, and outside Gmail', async () => {
    const h = harness([gmail], THREAD_URL);
    const none = await handleMessage(h.rt, { type: 'compose:insert', payload: { text: 'x' } }, insertIntoCompose);
    expect(none?.ok && none.data).toMatchObject({ inserted: false });
    const tickets = await handleMessage(h.rt, { type: 'compose:insert', payload: { text: 'x' } }, null);
    expect(tickets?.ok && tickets.data).toMatchObject({ inserted: false });
    const bad = await handleMessage(h.rt, { type: 'compose:insert', payload: { text: 42 } }, insertIntoCompose);
    expect(bad?.ok).toBe(false);
  });

  it('badges:refresh re-reads and re-badges', async () => {
    const h = harness([gmail], THREAD_URL);
    await h.rt.update();
    const reply = await handleMessage(h.rt, { type: 'badges:refresh', payload: {} }, null);
    expect(reply).toEqual({ ok: true, data: { refreshed: 1 } });
    expect(h.calls.filter((c) => c.type === 'page:read')).toHaveLength(2);
  });

  it('page:snapshot hands over inert markup that Readability turns into plain text', async () => {
    const article = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Paragraph ${i} of the client brief, long enough to count as real article content for Readability's scoring.</p>`,
    ).join('');
    showDocument(
      `<html><head><title>Brief</title></head><body><article><h1>Brief</h1>${article}<p><img src=x onerror="globalThis.__pwned=1"></p></article></body></html>`,
    );
    const h = harness([gmail], 'https://example.com/brief');
    const reply = await handleMessage(h.rt, { type: 'page:snapshot', payload: {} }, null);
    if (!reply?.ok) throw new Error('snapshot failed');
    const { html, title } = reply.data as { html: string; title: string };
    expect(title).toBe('Brief');
    const readable = readableFromHtml(html, 'https://example.com/brief');
    expect(readable?.text).toContain('Paragraph 5 of the client brief');
    expect(readable?.text).not.toContain('onerror');
    expect(document.querySelectorAll('article p')).toHaveLength(7); // the live page is untouched
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
