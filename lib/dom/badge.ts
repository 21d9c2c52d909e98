// Scope badges: a `<scopekeeper-badge>` host with an open shadow root of plain DOM. Content-script
// worlds have no `customElements` registry in Chrome, so the host is an undefined custom element
// (valid for attachShadow). All text goes in through textContent: page and stored text is data.
import type { BadgeInfo } from '@/lib/messaging/protocol';
import { badgeTip, badgeWords, isCheck, verdictOf } from './badgeWords';

export const BADGE_TAG = 'scopekeeper-badge';
/** Set on elements we have badged, so a re-render that keeps the node does not get a second badge. */
export const HANDLED_ATTR = 'data-scopekeeper';

// Colours hang off the host's data-verdict, so an update is one attribute write. No `all:initial`
// and no positioned host until the tooltip opens: 500 badges must lay out in a few milliseconds.
const CSS = `:host{display:inline;vertical-align:middle;margin:0 6px;line-height:normal}
:host([data-open]){position:relative;z-index:3}
.b{font:600 11px/16px system-ui,sans-serif;padding:1px 7px;border-radius:9px;cursor:pointer;white-space:nowrap;
border:1px solid rgba(0,0,0,.2);color:#202124;background:#fef7e0}
:host([data-verdict=out_of_scope]) .b{color:#fff;background:#c5221f}
:host([data-verdict=in_scope]) .b{color:#fff;background:#137333}
:host([data-verdict=no_request]) .b{background:#dadce0}
:host([data-check]) .b{color:#202124;background:#fdd663;border-style:dashed}
.b:focus-visible{outline:2px solid #1a73e8;outline-offset:1px}
.t{position:absolute;top:100%;left:0;margin-top:4px;max-width:320px;width:max-content;font:12px/16px system-ui,sans-serif;
background:#202124;color:#fff;padding:6px 8px;border-radius:4px;white-space:pre-line;z-index:2147483647}
.t[hidden]{display:none}`;

export interface BadgeOptions {
  onOpen(sourceId: string): void;
}

/** Tooltip text per badge; the tooltip element itself is only created on first hover or focus. */
const tipText = new WeakMap<Element, string>();

function render(host: HTMLElement, info: BadgeInfo): void {
  const button = host.shadowRoot?.querySelector<HTMLElement>('.b');
  if (!button) return;
  // The background sends the words; worked out here only for a reply without them (badgeWords.ts).
  const { label, aria } =
    info.label !== undefined && info.aria !== undefined ? { label: info.label, aria: info.aria } : badgeWords(info);
  const text = badgeTip(info, label);
  host.setAttribute('data-verdict', verdictOf(info.verdict));
  host.toggleAttribute('data-check', isCheck(info));
  host.setAttribute('data-source', info.sourceId);
  button.textContent = label;
  // Screen readers get the reason without needing the visual tooltip.
  button.setAttribute('aria-label', aria);
  tipText.set(host, text);
  const tip = host.shadowRoot?.querySelector('.t');
  if (tip) tip.textContent = text;
}

// One constructed sheet shared by every badge: 500 <style> elements cost a style recalc each.
let shared: CSSStyleSheet | null | undefined;
function adoptStyle(root: ShadowRoot, doc: Document): void {
  try {
    if (shared === undefined) {
      shared = null;
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      shared = sheet;
    }
    if (shared) {
      root.adoptedStyleSheets = [shared];
      return;
    }
  } catch {
    shared = null; // engines or worlds without constructable sheets (older Firefox content scripts)
  }
  const style = doc.createElement('style');
  style.textContent = CSS;
  root.append(style);
}

function tooltip(host: HTMLElement, root: ShadowRoot): HTMLElement {
  let tip = root.querySelector<HTMLElement>('.t');
  if (!tip) {
    tip = host.ownerDocument.createElement('span');
    tip.className = 't';
    tip.setAttribute('role', 'tooltip');
    tip.textContent = tipText.get(host) ?? '';
    root.append(tip);
  }
  return tip;
}

function create(doc: Document, info: BadgeInfo, opts: BadgeOptions): HTMLElement {
  const host = doc.createElement(BADGE_TAG);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyle(root, doc);
  const button = doc.createElement('span');
  button.className = 'b';
  button.setAttribute('role', 'button');
  button.tabIndex = 0;
  root.append(button);
  const show = (): void => {
    host.setAttribute('data-open', '');
    tooltip(host, root).hidden = false;
  };
  const hide = (): void => {
    host.removeAttribute('data-open');
    const tip = root.querySelector<HTMLElement>('.t');
    if (tip) tip.hidden = true;
  };
  const open = (e: Event): void => {
    // The badge sits inside the host app's clickable rows and cards: keep the click ours.
    e.preventDefault();
    e.stopPropagation();
    opts.onOpen(host.getAttribute('data-source') ?? '');
  };
  button.addEventListener('mouseenter', show);
  button.addEventListener('mouseleave', hide);
  button.addEventListener('focus', show);
  button.addEventListener('blur', hide);
  button.addEventListener('click', open);
  button.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') open(e);
    else if (e.key === 'Escape') hide();
  });
  // Host apps use mousedown for selection and drag (Gmail rows, Jira cards).
  host.addEventListener('mousedown', (e) => e.stopPropagation());
  render(host, info);
  return host;
}

/**
 * Puts one badge for `info.sourceId` as the last child of `anchor`, or updates the one already
 * there. Idempotent: calling it again after a re-render never adds a second badge.
 */
export function mountBadge(anchor: Element, info: BadgeInfo, opts: BadgeOptions): HTMLElement {
  const existing = Array.from(anchor.children).filter((c) => c.tagName.toLowerCase() === BADGE_TAG) as HTMLElement[];
  const [keep, ...extra] = existing;
  for (const e of extra) e.remove();
  anchor.setAttribute(HANDLED_ATTR, info.sourceId);
  if (keep && keep.shadowRoot) {
    render(keep, info);
    return keep;
  }
  keep?.remove();
  const host = create(anchor.ownerDocument, info, opts);
  anchor.append(host);
  return host;
}

/** True when `anchor` already carries the badge for this source (cheap check for re-render passes). */
export function hasBadge(anchor: Element, sourceId: string): boolean {
  if (anchor.getAttribute(HANDLED_ATTR) !== sourceId) return false;
  for (const c of Array.from(anchor.children)) {
    // A cloned host (apps that re-render by cloning) has the attributes but no shadow root: dead.
    if (c.tagName.toLowerCase() === BADGE_TAG && c.getAttribute('data-source') === sourceId && c.shadowRoot)
      return true;
  }
  return false;
}

/** Removes every badge and handled mark (extension disabled, updated or the site switched off). */
export function removeAllBadges(doc: Document): number {
  const hosts = Array.from(doc.querySelectorAll(BADGE_TAG));
  for (const h of hosts) h.remove();
  for (const el of Array.from(doc.querySelectorAll(`[${HANDLED_ATTR}]`))) el.removeAttribute(HANDLED_ATTR);
  return hosts.length;
}
