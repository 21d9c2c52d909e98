// Is an element hidden from the user by the page itself? Decided from attributes and class names
// only: computed style would force a style recalc per element inside a host page we must not slow
// down, and test DOMs have no stylesheets. The classes are the utility names the supported sites
// use for display:none and screen-reader-only text (seen in the real captures under
// shared/reference/real-pages: Trello `hide`, GitHub `sr-only` / `d-none`, Jira `hidden`).

const HIDING_CLASSES = [
  'hide',
  'hidden',
  'is-hidden',
  'd-none',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'screen-reader-text',
  'screenreader-only',
  'assistive',
  'assistive-text',
  'a11y-hidden',
  'u-hidden',
];
// Tested against the class attribute as a string: no DOMTokenList per element on a long page.
const HIDING_CLASS = new RegExp(`(?:^|\\s)(?:${HIDING_CLASSES.join('|')})(?:\\s|$)`);
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && HIDING_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return !!cls && HIDING_CLASS.test(cls);
}
