// Named, dated selectors. Each field keeps several selector generations, newest first, so a site
// redesign degrades to an older selector (or to a named failure) instead of silently reading junk.
// `seen` is the date of the newest public source seen querying it on that site, and `source` names
// that source (lib/sites/SOURCES.md lists each with repository, file and commit). Badge anchors and
// containers are fields too: a comma-joined selector would match in document order, not newest first.

/**
 * Who queries a selector in public (SOURCES.md). UNNAMED = a public file whose repository could not
 * be named; CAPTURE = a real page capture the tests load; NONE = no public source: our own reading.
 */
export type Source =
  | 'TOGGL'
  | 'CLOCKIFY'
  | 'TMETRIC'
  | 'TIMECAMP'
  | 'MOCO'
  | 'GMAILJS'
  | 'INBOXSDK'
  | 'FLOWCRYPT'
  | 'MAILVELOPE'
  | 'RGH'
  | 'GUD'
  | 'WUHUP'
  | 'JCES'
  | 'EVICYPHER'
  | 'ASANAEXP'
  | 'SURVEY'
  | 'UNNAMED'
  | 'CAPTURE'
  | 'NONE';

export interface Selector {
  css: string;
  seen: string;
  source: Source;
}

export interface Field {
  /** Reported to the background when a required field misses, e.g. "jira.summary". */
  name: string;
  selectors: readonly Selector[];
}

/** `field('gmail.subject', ['h2.hP', '2026-02', 'FLOWCRYPT'], ['.ha h2', '2025-11', 'INBOXSDK'])` */
export function field(name: string, ...selectors: [css: string, seen: string, source: Source][]): Field {
  return { name, selectors: selectors.map(([css, seen, source]) => ({ css, seen, source })) };
}

// A selector the engine cannot parse (`:has()` in an older Firefox) or a page that broke the DOM
// API must not take the whole read down with it. Adapters use these, never the raw methods.
export function safeOne(root: ParentNode, css: string): Element | null {
  try {
    return root.querySelector(css);
  } catch {
    return null;
  }
}

export function safeAll(root: ParentNode, css: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(css));
  } catch {
    return [];
  }
}

export function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

export function safeClosest(el: Element, css: string): Element | null {
  try {
    return el.closest(css);
  } catch {
    return null;
  }
}

/** First element matched by the newest selector that matches anything. */
export function first(root: ParentNode, f: Field): Element | null {
  for (const s of f.selectors) {
    const el = safeOne(root, s.css);
    if (el) return el;
  }
  return null;
}

/** All elements of the newest generation that matches; generations are not mixed (no duplicates). */
export function all(root: ParentNode, f: Field): Element[] {
  for (const s of f.selectors) {
    const els = safeAll(root, s.css);
    if (els.length > 0) return els;
  }
  return [];
}

/** The nearest ancestor (or the element itself) matched by the newest selector that matches one. */
export function closest(el: Element, f: Field): Element | null {
  for (const s of f.selectors) {
    const hit = safeClosest(el, s.css);
    if (hit) return hit;
  }
  return null;
}

/** Does the element match any generation of the field? */
export function matches(el: Element, f: Field): boolean {
  return f.selectors.some((s) => safeMatches(el, s.css));
}

/** Which selector generation matched (for tests and the failure report). */
export function matchedSelector(root: ParentNode, f: Field): Selector | null {
  for (const s of f.selectors) if (safeOne(root, s.css)) return s;
  return null;
}

/** Collects the names of required fields that matched nothing. */
export class Missing {
  readonly names: string[] = [];
  need<T>(value: T | null | undefined | '', f: Field | string): T | null {
    if (value === null || value === undefined || value === '') {
      this.names.push(typeof f === 'string' ? f : f.name);
      return null;
    }
    return value;
  }
  get any(): boolean {
    return this.names.length > 0;
  }
}
