import { describe, expect, it } from 'vitest';
import { gmail, normaliseThreadId } from '@/lib/sites/gmail';
import type { Thread } from '@/lib/sites/types';
import { loadFixture, without } from './load';

function readThread(): Thread {
  const { doc, url } = loadFixture('gmail', 'thread-out-of-scope');
  const r = gmail.read(doc, url);
  if (!r.ok) throw new Error(`read failed: ${r.failure.missing.join(', ')}`);
  if (r.page.type !== 'thread') throw new Error('not a thread');
  return r.page;
}

describe('gmail adapter: thread', () => {
  it('reads subject, thread id and every message in order', () => {
    const t = readThread();
    expect(t.subject).toBe('Spring catalogue pages + one more thing');
    expect(t.threadId).toBe('1931f3be4c51da14');
    expect(t.messages.map((m) => m.id)).toEqual(['1931f3be4c500001', '1931f3be4c500002', '1931f3be4c500003']);
  });

  it('lists the collapsed message as collapsed, with no invented body', () => {
    const [first] = readThread().messages;
    expect(first).toMatchObject({ collapsed: true, body: null });
    expect(first?.from).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@acmeoutdoor.com' });
  });

  it('reads sender, recipients and date of expanded messages', () => {
    const last = readThread().messages[2];
    expect(last?.collapsed).toBe(false);
    expect(last?.from).toEqual({ name: 'Dana Whitfield', email: 'dana.whitfield@acmeoutdoor.com' });
    expect(last?.to.map((p) => p.email)).toEqual(['jess@brightlane.agency', 'marco.ruiz@acmeoutdoor.com']);
    expect(last?.date).toMatch(/^2026-11-25T\d\d:41:00\.000Z$/);
  });

  it('keeps the ask and strips quoted history and signature from the body', () => {
    const body = readThread().messages[2]?.body ?? '';
    expect(body).toContain('Could you also write the product descriptions for the 40 new SKUs?');
    expect(body.startsWith('Hi Jess,')).toBe(true);
    expect(body).not.toContain('wrote:');
    expect(body).not.toContain('six spring catalogue pages are in layout');
    expect(body).not.toContain('Head of Marketing');
  });

  it('anchors the badge in the thread header', () => {
    const { doc, url } = loadFixture('gmail', 'thread-out-of-scope');
    expect(gmail.badgeAnchor(doc, url)?.classList.contains('ha')).toBe(true);
  });

  it('names the missing selector when the subject is gone', () => {
    const { doc, url } = loadFixture('gmail', 'thread-out-of-scope');
    const r = gmail.read(without(doc, 'h2'), url);
    expect(r).toEqual({ ok: false, failure: { site: 'gmail', pageKind: 'thread', missing: ['gmail.subject'] } });
  });

  it('falls back to the older body selector when .a3s is renamed', () => {
    const { doc, url } = loadFixture('gmail', 'thread-out-of-scope');
    for (const el of Array.from(doc.querySelectorAll('.a3s'))) el.classList.replace('a3s', 'zz9');
    const r = gmail.read(doc, url);
    expect(r.ok && r.page.type === 'thread' && r.page.messages[2]?.body).toContain('40 new SKUs');
  });
});

describe('gmail adapter: inbox rows', () => {
  it('lists rows with a thread id, normalising decimal ids to legacy hex', () => {
    const { doc, url } = loadFixture('gmail', 'inbox');
    const items = gmail.listItems?.(doc, url) ?? [];
    expect(items.map((i) => i.key)).toEqual([
      '1931f3be4c51da14',
      normaliseThreadId('#thread-f:1815400000000000001'),
      normaliseThreadId('#thread-f:1815300000000000002'),
      normaliseThreadId('#thread-f:1815200000000000003'),
    ]);
    expect(items[0]?.title).toBe('Spring catalogue pages + one more thing');
    expect(items[0]?.anchor.classList.contains('y6')).toBe(true);
  });

  it('finds the rows of the real 2014 capture but skips them: no thread ids there', () => {
    const { doc, url } = loadFixture('gmail', 'inbox-legacy');
    expect(doc.querySelectorAll('tr.zA').length).toBeGreaterThan(5);
    expect(gmail.listItems?.(doc, url)).toEqual([]);
  });

  it('converts thread-f decimal ids exactly (beyond 2^53)', () => {
    expect(normaliseThreadId('#thread-f:1815500123456789012')).toBe('1931f3be4c51da14');
    expect(normaliseThreadId('thread-a:r-123')).toBe('thread-a:r-123');
    expect(normaliseThreadId(null)).toBeNull();
  });
});

describe('gmail adapter: thread with the reply box open', () => {
  it('reads the thread and inserts a drafted reply as text above the quote, without sending', async () => {
    const { doc, url } = loadFixture('gmail', 'thread-reply-open');
    const r = gmail.read(doc, url);
    expect(r.ok && r.page.type === 'thread' && r.page.threadId).toBe('1931f3be4c51da99');
    expect(r.ok && r.page.type === 'thread' && r.page.messages[0]?.body).toContain('swap the lead photo on page 3');
    const { insertIntoCompose } = await import('@/lib/sites/gmail-compose');
    const sendClicks: Event[] = [];
    doc.querySelector('.T-I-atl')?.addEventListener('click', (e) => sendClicks.push(e));
    expect(insertIntoCompose(doc, 'Hi Dana,\nThanks, both changes are part of round 2.')).toEqual({
      inserted: true,
      reason: null,
    });
    const box = doc.querySelector('[g_editable="true"]');
    expect(box?.firstChild?.textContent).toBe('Hi Dana,');
    expect(box?.textContent).toMatch(/^Hi Dana,Thanks, both changes are part of round 2\.On Fri/);
    expect(sendClicks).toHaveLength(0);
  });
});

describe('gmail: insert into a thread with no reply box open', () => {
  it('clicks Reply, waits for the box Gmail opens, then inserts', async () => {
    const { doc } = loadFixture('gmail', 'thread-out-of-scope');
    const { openReplyAndInsert } = await import('@/lib/sites/gmail-compose');
    const replies = doc.querySelectorAll('[role="button"][aria-label="Reply"]');
    // Stand-in for Gmail: a click on (the thread's last) Reply opens an editable box a moment later.
    replies[replies.length - 1]!.addEventListener('click', () => {
      queueMicrotask(() => {
        const box = doc.createElement('div');
        box.setAttribute('contenteditable', 'true');
        box.setAttribute('g_editable', 'true');
        doc.body.append(box);
      });
    });
    expect(await openReplyAndInsert(doc, 'Hi Dana,\nCO-001 attached.')).toEqual({ inserted: true, reason: null });
    expect(doc.querySelector('[g_editable="true"]')?.textContent).toBe('Hi Dana,CO-001 attached.');
  });

  it('says what to do when no box opens', async () => {
    const { doc } = loadFixture('gmail', 'thread-out-of-scope');
    const { openReplyAndInsert } = await import('@/lib/sites/gmail-compose');
    const r = await openReplyAndInsert(doc, 'x', 20);
    expect(r).toEqual({ inserted: false, reason: expect.stringMatching(/Click Reply in Gmail/) });
  });
});
