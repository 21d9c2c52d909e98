// A page that keeps changing one node is not re-read whole after every change: only what the adapter
// read is checked, only touched elements are read again, and unchanged text is not sent again.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeLog } from '@/lib/content/changes';
import { github } from '@/lib/sites/github';
import type { SiteAdapter, Ticket } from '@/lib/sites/types';
import { fixturePath } from '../sites/load';
import { harness, showDocument } from './harness';

const URL_ = 'https://github.com/acme-outdoor/storefront/issues/42';
let observer: MutationObserver;
let log: ChangeLog;

function tracked() {
  const reads = vi.fn();
  const adapter: SiteAdapter = {
    ...github,
    read: (doc, url) => {
      reads();
      return github.read(doc, url);
    },
  };
  const h = harness([adapter], URL_, 0, { changes: log, idle: (work) => work() });
  // Deliver the records the way the content script's observer does, synchronously before a pass.
  const update = async (): Promise<void> => {
    log.record(observer.takeRecords());
    await h.rt.update();
  };
  const sentPages = (): Ticket[] =>
    h.calls.filter((c) => c.type === 'page:read').map((c) => (c.payload as { page: Ticket }).page);
  return { h, reads, update, sentPages };
}

beforeEach(() => {
  showDocument(readFileSync(fixturePath('github', 'issue'), 'utf8'));
  log = new ChangeLog();
  observer = new MutationObserver((records) => log.record(records));
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
    log.record(observer.takeRecords());
    expect(t.h.rt.wants()).toBe(false);
    expect(log.pending().none).toBe(true); // settled at once: records never pile up on a ticking page
    await t.update();
    document.querySelector('.react-issue-comment .markdown-body p')!.append(' More.');
    log.record(observer.takeRecords());
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

  it('puts the badge back when the app drops it, without reading the page again', async () => {
    const t = tracked();
    await t.update();
    document.querySelector('scopekeeper-badge')!.remove();
    await t.update();
    expect(document.querySelectorAll('scopekeeper-badge')).toHaveLength(1);
    expect(t.reads).toHaveBeenCalledTimes(1);
  });
});
