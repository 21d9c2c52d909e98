// Hostile and broken pages: nothing throws, page markup is only ever read as text, big threads read fast.
import { describe, expect, it } from 'vitest';
import { mountBadge } from '@/lib/dom/badge';
import { gmail } from '@/lib/sites/gmail';
import { jira } from '@/lib/sites/jira';
import { adapterFor, adapters } from '@/lib/sites/registry';
import { safeRead } from '@/lib/sites/util';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixtureFiles, FIXTURES, loadFixture, loadFixtureFile, parseHtml } from './load';

const pwned = (): unknown => (globalThis as { __pwned?: unknown }).__pwned;
const HOSTILE = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';

function gmailThread(messages: number, body: (i: number) => string): Document {
  const items = Array.from({ length: messages }, (_, i) => {
    const collapsed = i < messages - 20; // Gmail collapses all but the latest messages
    const inner = collapsed ? '' : `<div class="ii gt"><div class="a3s aiL">${body(i)}</div></div>`;
    return `<div role="listitem" class="${collapsed ? 'kv' : 'h7'}"><div class="adn ads" data-message-id="#msg-f:${1000 + i}" data-legacy-message-id="${(4096 + i).toString(16)}">
      <h3 class="iw"><span class="qu"><span class="gD" email="c${i}@acmeoutdoor.com" name="Client ${i}">Client ${i}</span></span></h3>
      <span class="g3" title="Wed, 25 Nov 2026, 10:41">25 Nov</span><span class="hb"><span class="g2" email="jess@brightlane.agency" name="Jess">Jess</span></span>${inner}</div></div>`;
  }).join('');
  return parseHtml(
    `<html><body><div role="main"><div class="ha"><h2 class="hP" data-legacy-thread-id="1931f3be4c51da14">Big thread</h2></div><div role="list">${items}</div></div></body></html>`,
  );
}

describe('hostile content', () => {
  it('reads a Gmail body with <img onerror> and <script> as text, running nothing', () => {
    const doc = gmailThread(1, () => `<div>Hi Jess,</div>${HOSTILE}<div>Could you also add a blog?</div>`);
    const r = gmail.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox/1931f3be4c51da14'));
    if (!r.ok || r.page.type !== 'thread') throw new Error('read failed');
    expect(r.page.messages[0]?.body).toBe('Hi Jess,\nCould you also add a blog?');
    expect(pwned()).toBeUndefined();
  });

  it('reads a ticket title holding markup as the literal text, and badges it via textContent', () => {
    const { doc, url } = loadFixture('jira', 'issue');
    const h1 = doc.querySelector('h1');
    if (!h1) throw new Error('fixture changed');
    h1.textContent = HOSTILE;
    const r = jira.read(doc, url);
    if (!r.ok || r.page.type !== 'ticket') throw new Error('read failed');
    expect(r.page.title).toBe(HOSTILE);
    const anchor = document.createElement('div');
    document.body.append(anchor);
    const host = mountBadge(
      anchor,
      { sourceId: r.page.key, verdict: 'unknown', reason: r.page.title, note: null },
      { onOpen: () => undefined },
    );
    expect(host.shadowRoot?.querySelectorAll('img, script')).toHaveLength(0);
    expect(pwned()).toBeUndefined();
  });

  it('takes hostile attribute values as plain strings', () => {
    const doc = gmailThread(1, () => 'x');
    doc.querySelector('.gD')?.setAttribute('name', HOSTILE);
    const r = gmail.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox/1931f3be4c51da14'));
    expect(r.ok && r.page.type === 'thread' && r.page.messages[0]?.from?.name).toBe(HOSTILE);
  });
});

describe('big threads', () => {
  it('reads a 300-message thread: 280 collapsed, 20 expanded, ids kept in order', () => {
    const doc = gmailThread(300, (i) => `<div>Message ${i}</div><div class="gmail_quote">old ${i}</div>`);
    const t0 = performance.now();
    const r = gmail.read(doc, new URL('https://mail.google.com/mail/u/0/#inbox/1931f3be4c51da14'));
    const ms = performance.now() - t0;
    if (!r.ok || r.page.type !== 'thread') throw new Error('read failed');
    expect(r.page.messages).toHaveLength(300);
    expect(r.page.messages.filter((m) => m.collapsed)).toHaveLength(280);
    expect(r.page.messages[299]).toMatchObject({
      id: (4096 + 299).toString(16),
      body: 'Message 299',
      collapsed: false,
    });
    expect(ms).toBeLessThan(2000); // happy-dom is ~50x slower than Chromium; the real bench is lib/cli/bench-dom.ts
  });
});

describe('broken pages never throw', () => {
  // Deterministic "random" removals: a redesign that drops any one element must give a result, not an exception.
  function* seeded(seed: number): Generator<number> {
    let s = seed;
    for (;;) yield (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  }

  it('survives removing elements one by one from every fixture', () => {
    for (const site of readdirSync(FIXTURES)) {
      for (const file of fixtureFiles(site)) {
        const { doc, url, selfHosted } = loadFixtureFile(resolve(FIXTURES, site, file));
        const adapter = adapterFor(url, selfHosted);
        if (!adapter) throw new Error(`${site}/${file}: no adapter`);
        const rnd = seeded(file.length);
        for (let i = 0; i < 25; i++) {
          const els = Array.from(doc.body.querySelectorAll('*'));
          els[Math.floor((rnd.next().value as number) * els.length)]?.remove();
          const r = safeRead(adapter, doc, url);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.failure.missing.every((m) => !m.startsWith('adapter.exception'))).toBe(true);
          expect(() => adapter.listItems?.(doc, url)).not.toThrow();
          expect(() => adapter.badgeAnchor(doc, url)).not.toThrow();
        }
      }
    }
  });

  it('reports a failure for an empty document on every adapter and page kind', () => {
    const empty = parseHtml('<html><body></body></html>');
    for (const a of adapters) {
      for (const [kind, urls] of Object.entries(a.testUrls)) {
        if (kind === 'none' || kind === 'list') continue;
        const r = a.read(empty, new URL(urls?.[0] ?? ''));
        expect(r.ok, `${a.id} ${kind}`).toBe(false);
        if (!r.ok) expect(r.failure.missing.length).toBeGreaterThan(0);
      }
    }
  });
});
