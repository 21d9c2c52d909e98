// A page that keeps changing one node is not re-read whole after every change: only what the adapter
// read is checked, only touched elements are read again, and unchanged text is not sent again.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attachRuntime } from '@/lib/content/attach';
import { ChangeLog } from '@/lib/content/changes';
import type { Send } from '@/lib/content/runtime';
import { defaultSettings } from '@/lib/settings';
import { neutralRecords } from '@/lib/dom/watch';
import { PARTS_MISSING } from '@/lib/sites/pageParts';
import { github } from '@/lib/sites/github';
import type { SiteAdapter, Ticket } from '@/lib/sites/types';
import { fixturePath } from '../sites/load';
import { harness, showDocument } from './harness';

const URL_ = 'https://github.com/acme-outdoor/storefront/issues/42';
let observer: MutationObserver;
let log: ChangeLog;

/** The GitHub adapter, counting its whole-page reads. */
function countingGithub(): { adapter: SiteAdapter; reads: ReturnType<typeof vi.fn> } {
  const reads = vi.fn();
  const adapter: SiteAdapter = {
    ...github,
    read: (doc, url) => {
      reads();
      return github.read(doc, url);
    },
  };
  return { adapter, reads };
}

function tracked() {
  const { adapter, reads } = countingGithub();
  const h = harness([adapter], URL_, 0, { changes: log, idle: (work) => work() });
  // Deliver the records the way the content script's observer does, synchronously before a pass.
  const update = async (): Promise<void> => {
    deliver();
    await h.rt.update();
  };
  const sentPages = (): Ticket[] =>
    h.calls.filter((c) => c.type === 'page:read').map((c) => (c.payload as { page: Ticket }).page);
  return { h, reads, update, sentPages };
}

/** What the observer saw so far, delivered as watchMutations delivers it (neutral records named). */
function deliver(): void {
  const records = observer.takeRecords();
  log.record(records, neutralRecords(records));
}

beforeEach(() => {
  showDocument(readFileSync(fixturePath('github', 'issue'), 'utf8'));
  log = new ChangeLog();
  observer = new MutationObserver((records) => log.record(records, neutralRecords(records)));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
});
afterEach(() => observer.disconnect());

describe('content runtime with change tracking', () => {
  it('does not read again when the change is outside everything it read', async () => {
    const t = tracked();
    await t.update();
    expect(t.reads).toHaveBeenCalledTimes(1);
    document.querySelector('relative-time')!.textContent = '3 minutes ago';
    const footer = document.createElement('div');
    footer.textContent = 'Someone is typing…';
    document.body.append(footer);
    await t.update();
    await t.update();
    expect(t.reads).toHaveBeenCalledTimes(1);
    expect(t.sentPages()).toHaveLength(1);
  });

  it('after a re-render inside a comment, reads only that comment again and sends nothing when it reads the same', async () => {
    const t = tracked();
    await t.update();
    const p = document.querySelector('.react-issue-comment .markdown-body p')!;
    p.replaceWith(p.cloneNode(true));
    await t.update();
    expect(t.reads).toHaveBeenCalledTimes(1); // the adapter's whole read did not run again
    expect(t.sentPages()).toHaveLength(1);
  });

  it('wants no pass for a change outside what it read, and wants one for a change inside', async () => {
    const t = tracked();
    await t.update();
    document.querySelector('relative-time')!.textContent = '5 minutes ago';
    deliver();
    expect(t.h.rt.wants()).toBe(false);
    expect(log.pending().none).toBe(true); // settled at once: records never pile up on a ticking page
    await t.update();
    document.querySelector('.react-issue-comment .markdown-body p')!.append(' More.');
    deliver();
    expect(t.h.rt.wants()).toBe(true);
  });

  it('sends the page again when a comment really changed, and when a comment is added', async () => {
    const t = tracked();
    await t.update();
    document.querySelector('.react-issue-comment .markdown-body p')!.textContent = 'Edited: the digest is in scope.';
    await t.update();
    expect(t.reads).toHaveBeenCalledTimes(2);
    expect(t.sentPages()).toHaveLength(2);
    expect(t.sentPages()[1]?.comments[0]?.body).toBe('Edited: the digest is in scope.');
    const extra = document.querySelector('.react-issue-comment')!.cloneNode(true) as Element;
    extra.querySelector('.markdown-body')!.textContent = 'One more thing: a gift-wrap option?';
    document.querySelector('.react-issue-comment')!.parentElement!.append(extra);
    await t.update();
    const last = t.sentPages().at(-1);
    expect(last?.comments.at(-1)?.body).toBe('One more thing: a gift-wrap option?');
  });

  it('wants no pass at all after a re-render that swapped a paragraph for an identical one', async () => {
    const second = document.createElement('p');
    second.textContent = 'A second paragraph, so a copy can be put back somewhere else.';
    document.querySelector('.react-issue-comment .markdown-body')!.append(second);
    const t = tracked();
    await t.update();
    await t.update(); // the badge mounted by the first pass is recorded and settled
    const p = document.querySelector('.react-issue-comment .markdown-body p')!;
    const parent = p.parentNode!;
    p.replaceWith(p.cloneNode(true));
    deliver();
    expect(log.pending().targets.has(parent)).toBe(false); // nothing to re-read: the swap changed no text
    expect(t.h.rt.wants()).toBe(false);
    // A framework's two steps: the copy inserted before the old node, then the old node removed.
    const p2 = document.querySelector('.react-issue-comment .markdown-body p')!;
    parent.insertBefore(p2.cloneNode(true), p2);
    p2.remove();
    deliver();
    expect(t.h.rt.wants()).toBe(false);
    // An equal copy put back somewhere else moves text: that is a change.
    const p4 = document.querySelector('.react-issue-comment .markdown-body p')!;
    expect(parent.childNodes.length).toBeGreaterThan(1);
    p4.remove();
    parent.insertBefore(p4.cloneNode(true), parent.lastChild);
    deliver();
    expect(t.h.rt.wants()).toBe(true);
    await t.update();
    // The same swap with a changed copy is a change.
    const q = document.querySelector('.react-issue-comment .markdown-body p')!;
    const edited = q.cloneNode(true) as Element;
    edited.append(' Edited.');
    q.replaceWith(edited);
    deliver();
    expect(t.h.rt.wants()).toBe(true);
  });

  it.each([
    ['what holds an element it read (a whole comment re-rendered)', '.react-issue-comment'],
    ['an element it read', '.react-issue-comment .markdown-body'],
  ])('reads the page again when an identical copy replaced %s', async (_what, selector) => {
    const t = tracked();
    await t.update();
    const read = document.querySelector(selector)!;
    read.replaceWith(read.cloneNode(true));
    await t.update();
    expect(t.reads).toHaveBeenCalledTimes(2); // the read element left the document
    expect(t.sentPages()).toHaveLength(1); // and read the same, so nothing was sent again
  });

  it('puts the badge back when the app swaps the badge holder for a copy without it', async () => {
    const t = tracked();
    await t.update();
    const badge = document.querySelector('scopekeeper-badge')!;
    const holder = badge.parentElement!;
    const copy = holder.cloneNode(true) as Element;
    holder.replaceWith(copy);
    copy.querySelector('scopekeeper-badge')?.remove(); // a copy made by the app has none of ours
    deliver();
    expect(log.pending().badgeRemoved).toBe(true);
  });

  it('puts the badge back when the app drops it, without reading the page again', async () => {
    const t = tracked();
    await t.update();
    document.querySelector('scopekeeper-badge')!.remove();
    await t.update();
    expect(document.querySelectorAll('scopekeeper-badge')).toHaveLength(1);
    expect(t.reads).toHaveBeenCalledTimes(1);
  });
});

describe('content runtime: a long page goes in parts', () => {
  function longIssue(): void {
    const first = document.querySelector('.react-issue-comment')!;
    for (let i = 0; i < 8; i++) {
      const copy = first.cloneNode(true) as Element;
      copy.querySelector('.markdown-body')!.textContent = `Log ${i}: ${'pasted stack trace line. '.repeat(2500)}`;
      first.parentElement!.append(copy);
    }
  }

  it('sends the leading comments as page:part messages, then the rest as page:read naming them', async () => {
    longIssue();
    const t = tracked();
    await t.update();
    const parts = t.h.calls
      .filter((c) => c.type === 'page:part')
      .map((c) => c.payload as { readId: string; index: number; items: unknown[] });
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.map((p) => p.index)).toEqual(parts.map((_, i) => i));
    const reads = t.h.calls
      .filter((c) => c.type === 'page:read')
      .map((c) => c.payload as { page: Ticket; parts?: { readId: string; count: number } });
    expect(reads).toHaveLength(1);
    expect(reads[0]!.parts).toEqual({ readId: parts[0]!.readId, count: parts.length });
    const comments = parts.flatMap((p) => p.items).length + reads[0]!.page.comments.length;
    expect(comments).toBe(document.querySelectorAll('.react-issue-comment').length);
    expect(document.querySelectorAll('scopekeeper-badge')).toHaveLength(1);
  });

  it('sends the page whole when the background lost the parts', async () => {
    longIssue();
    const t = tracked();
    const answer = t.h.send.getMockImplementation() as (type: string, payload: unknown) => Promise<unknown>;
    t.h.send.mockImplementation(async (type: string, payload: { parts?: unknown }) => {
      const reply = await answer(type, payload); // recorded in calls
      return type === 'page:read' && payload.parts
        ? { ok: false, error: `"page:read" failed: ${PARTS_MISSING}` }
        : reply;
    });
    await t.update();
    const reads = t.h.calls
      .filter((c) => c.type === 'page:read')
      .map((c) => c.payload as { page: Ticket; parts?: unknown });
    expect(reads).toHaveLength(2);
    expect(reads[1]!.parts).toBeUndefined();
    expect(reads[1]!.page.comments.length).toBe(document.querySelectorAll('.react-issue-comment').length);
    expect(document.querySelector('scopekeeper-badge')?.getAttribute('data-verdict')).toBe('out_of_scope');
  });
});

describe('attached runtime: identical re-renders', () => {
  it('does nothing for a comment swapped for an identical copy, and still sees a later edit inside the copy', async () => {
    observer.disconnect();
    const { adapter, reads } = countingGithub();
    const sent: Ticket[] = [];
    const win = {
      document,
      location: { href: URL_ },
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
      setTimeout: window.setTimeout.bind(window),
    } as unknown as Window;
    const timers = { setInterval: window.setInterval.bind(window), setTimeout: window.setTimeout.bind(window) };
    const send = async (type: string, payload: { page: Ticket }) => {
      if (type === 'page:read') sent.push(payload.page);
      return { ok: true, data: { sourceId: 'x', verdict: 'in_scope', reason: '', note: null } };
    };
    const attached = attachRuntime(win, timers, [adapter], {
      send: send as unknown as Send,
      getSettings: async () => defaultSettings(),
      fetcher: fetch,
      graceMs: 0,
    });
    try {
      attached.run();
      await vi.waitFor(() => expect(sent).toHaveLength(1));
      const comment = document.querySelector('.react-issue-comment')!;
      const copy = comment.cloneNode(true) as Element;
      comment.replaceWith(copy);
      await new Promise((r) => setTimeout(r, 400)); // past the watcher's debounce
      expect(reads).toHaveBeenCalledTimes(1); // nothing read: the swap changed no text
      copy.querySelector('.markdown-body p')!.textContent = 'Edited after the re-render: add a gift-wrap option.';
      await vi.waitFor(() => expect(sent).toHaveLength(2));
      expect(sent[1]!.comments[0]!.body).toContain('gift-wrap');
    } finally {
      attached.stop();
    }
  });
});
