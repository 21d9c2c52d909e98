import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { badgeWords, withWords } from '@/lib/dom/badgeWords';
import { BADGE_TAG, hasBadge, mountBadge, removeAllBadges } from '@/lib/dom/badge';
import type { BadgeInfo } from '@/lib/messaging/protocol';

const info = (over: Partial<BadgeInfo> = {}): BadgeInfo => ({
  sourceId: 'ACME-142',
  verdict: 'out_of_scope',
  reason: 'Store locator is not a deliverable. SOW 2.1: website pages (8) excludes e-commerce features.',
  note: null,
  ...over,
});

function setup(): HTMLElement {
  document.body.replaceChildren();
  const anchor = document.createElement('div');
  document.body.append(anchor);
  return anchor;
}

const parts = (host: Element): { button: HTMLElement } => {
  const root = host.shadowRoot;
  if (!root) throw new Error('no shadow root');
  return { button: root.querySelector('[role=button]') as HTMLElement };
};
// The tooltip is created on first hover/focus.
const tipOf = (host: Element): HTMLElement | null => host.shadowRoot?.querySelector('[role=tooltip]') ?? null;

describe('badge', () => {
  it('renders the contract: host tag, data-verdict, data-source, readable label', () => {
    const host = mountBadge(setup(), info(), { onOpen: () => undefined });
    expect(host.tagName.toLowerCase()).toBe(BADGE_TAG);
    expect(host.getAttribute('data-verdict')).toBe('out_of_scope');
    expect(host.getAttribute('data-source')).toBe('ACME-142');
    expect(parts(host).button.textContent).toBe('Out of scope');
    for (const [verdict, label] of [
      ['in_scope', 'In scope'],
      ['no_request', 'No ask'],
      ['unknown', 'Scope ?'],
    ] as const) {
      expect(parts(mountBadge(setup(), info({ verdict }), { onOpen: () => undefined })).button.textContent).toBe(label);
    }
  });

  it("shows the words the background sent without asking the browser's catalogue", () => {
    // A content script's first getMessage loads the whole catalogue on a synchronous request.
    const sent = withWords(info({ check: true }));
    expect(sent.label).toBe('Check');
    expect(sent.aria).toContain(info().reason);
    const ask = vi.spyOn(browser.i18n, 'getMessage');
    const host = mountBadge(setup(), sent, { onOpen: () => undefined });
    mountBadge(host.parentElement!, { ...sent, label: 'Prüfen', aria: 'Prüfen: Grund' }, { onOpen: () => undefined });
    expect(ask).not.toHaveBeenCalled();
    expect(parts(host).button.textContent).toBe('Prüfen');
    expect(parts(host).button.getAttribute('aria-label')).toBe('Prüfen: Grund');
    // A reply without them (an older worker's) still reads right.
    mountBadge(host.parentElement!, info({ note: 'Waiting on client 6 days' }), { onOpen: () => undefined });
    expect(ask).toHaveBeenCalled();
    expect(parts(host).button.textContent).toBe('Out of scope');
    expect(parts(host).button.getAttribute('aria-label')).toBe(
      badgeWords(info({ note: 'Waiting on client 6 days' })).aria,
    );
    expect(parts(host).button.getAttribute('aria-label')).toContain('Waiting on client 6 days');
    ask.mockRestore();
  });

  it('says Check for an unsure verdict, keeping its leaning, and drops it when sure again', () => {
    const anchor = setup();
    const host = mountBadge(anchor, info({ check: true }), { onOpen: () => undefined });
    expect(parts(host).button.textContent).toBe('Check');
    expect(host.hasAttribute('data-check')).toBe(true);
    expect(host.getAttribute('data-verdict')).toBe('out_of_scope');
    expect(parts(host).button.getAttribute('aria-label')).toContain('Check');
    mountBadge(anchor, info(), { onOpen: () => undefined });
    expect(parts(host).button.textContent).toBe('Out of scope');
    expect(host.hasAttribute('data-check')).toBe(false);
    // Check is for in/out verdicts only.
    expect(
      parts(mountBadge(setup(), info({ verdict: 'no_request', check: true }), { onOpen: () => undefined })).button
        .textContent,
    ).toBe('No ask');
  });

  it('is keyboard reachable and opens the panel on click, Enter and Space', () => {
    const onOpen = vi.fn();
    const { button } = parts(mountBadge(setup(), info(), { onOpen }));
    expect(button.tabIndex).toBe(0);
    expect(button.getAttribute('role')).toBe('button');
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(onOpen.mock.calls).toEqual([['ACME-142'], ['ACME-142'], ['ACME-142']]);
  });

  it('keeps the click from reaching the host app (rows and cards are clickable)', () => {
    const anchor = setup();
    const appClick = vi.fn();
    anchor.addEventListener('click', appClick);
    parts(mountBadge(anchor, info(), { onOpen: () => undefined })).button.click();
    expect(appClick).not.toHaveBeenCalled();
  });

  it('shows the reason and SOW item on hover and on focus', () => {
    const host = mountBadge(setup(), info({ note: 'waiting on client 6 days' }), { onOpen: () => undefined });
    const { button } = parts(host);
    expect(tipOf(host)?.hidden ?? true).toBe(true);
    button.dispatchEvent(new Event('mouseenter'));
    expect(tipOf(host)?.hidden).toBe(false);
    expect(host.hasAttribute('data-open')).toBe(true);
    expect(tipOf(host)?.textContent).toBe(`${info().reason}\nwaiting on client 6 days`);
    button.dispatchEvent(new Event('mouseleave'));
    expect(tipOf(host)?.hidden).toBe(true);
    button.dispatchEvent(new FocusEvent('focus'));
    expect(tipOf(host)?.hidden).toBe(false);
    button.dispatchEvent(new FocusEvent('blur'));
    expect(tipOf(host)?.hidden).toBe(true);
    expect(button.getAttribute('aria-label')).toContain(info().reason);
  });

  it('updates an open tooltip when the verdict changes', () => {
    const anchor = setup();
    const host = mountBadge(anchor, info(), { onOpen: () => undefined });
    parts(host).button.dispatchEvent(new Event('mouseenter'));
    mountBadge(anchor, info({ reason: 'Now covered by change order CO-3' }), { onOpen: () => undefined });
    expect(tipOf(host)?.textContent).toBe('Now covered by change order CO-3');
  });

  it('is idempotent: mounting twice updates the one badge', () => {
    const anchor = setup();
    mountBadge(anchor, info(), { onOpen: () => undefined });
    mountBadge(anchor, info({ verdict: 'in_scope' }), { onOpen: () => undefined });
    expect(anchor.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(anchor.querySelector(BADGE_TAG)?.getAttribute('data-verdict')).toBe('in_scope');
    expect(hasBadge(anchor, 'ACME-142')).toBe(true);
    expect(hasBadge(anchor, 'ACME-1')).toBe(false);
  });

  it('replaces a badge cloned by the app (no shadow root) instead of counting it', () => {
    const anchor = setup();
    mountBadge(anchor, info(), { onOpen: () => undefined });
    const clone = anchor.cloneNode(true) as HTMLElement;
    anchor.replaceWith(clone);
    expect(hasBadge(clone, 'ACME-142')).toBe(false);
    const host = mountBadge(clone, info(), { onOpen: () => undefined });
    expect(clone.querySelectorAll(BADGE_TAG)).toHaveLength(1);
    expect(host.shadowRoot?.querySelector('[role=button]')?.textContent).toBe('Out of scope');
  });

  it('renders hostile reason text as text, never as markup', () => {
    const reason = '<img src=x onerror="globalThis.__pwned=1"><script>globalThis.__pwned=2</script>';
    const host = mountBadge(setup(), info({ reason }), { onOpen: () => undefined });
    parts(host).button.dispatchEvent(new Event('mouseenter'));
    expect(tipOf(host)?.textContent).toBe(reason);
    expect(tipOf(host)?.children).toHaveLength(0);
    expect(host.shadowRoot?.querySelectorAll('img, script')).toHaveLength(0);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('maps an unexpected verdict to unknown', () => {
    const host = mountBadge(setup(), info({ verdict: 'bogus' as BadgeInfo['verdict'] }), { onOpen: () => undefined });
    expect(host.getAttribute('data-verdict')).toBe('unknown');
  });

  it('removes every badge and handled mark', () => {
    const a = setup();
    const b = document.createElement('div');
    document.body.append(b);
    mountBadge(a, info(), { onOpen: () => undefined });
    mountBadge(b, info({ sourceId: 'ACME-1' }), { onOpen: () => undefined });
    expect(removeAllBadges(document)).toBe(2);
    expect(document.querySelectorAll(`${BADGE_TAG}, [data-scopekeeper]`)).toHaveLength(0);
  });
});
