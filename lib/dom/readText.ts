// Plain text from page DOM without layout (innerText forces a reflow per call and does not exist in
// every test DOM). Page markup is only ever read as text, never re-parsed or re-rendered. Text the
// user cannot see (hidden short ids, screen-reader-only copies) is left out: it was never part of
// what the client wrote as far as the reader can tell.
import { isHidden } from './hidden';
import { safeMatches } from './query';
import { cachedText, withTextCache, type TextCache } from './textCache';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SCOPEKEEPER-BADGE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]); // prettier-ignore

const SOURCE_WHITESPACE = /\s{2,}|[^\S ]/g;

/** A block boundary on the walk stack: an object, so no character of page text can look like one. */
const EDGE = { edge: true } as const;

export interface TextOptions {
  /** Subtrees to leave out, e.g. Gmail's quoted history `.gmail_quote`. */
  exclude?: string;
}

/**
 * Text pieces split at block boundaries. Iterative (an explicit stack), so a page nested 100,000
 * levels deep costs memory, not the call stack.
 */
function pieces(root: Node, exclude: string | undefined): { lines: string[][]; live: boolean } {
  const lines: string[][] = [[]];
  let live = false; // a form field's value changes without a DOM mutation: never cache such a read
  const stack: (Node | typeof EDGE)[] = [];
  const pushChildren = (node: Node): void => {
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  };
  pushChildren(root);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === EDGE) {
      lines.push([]);
      continue;
    }
    const node = item as Node;
    if (node.nodeType === 3) {
      // Source whitespace (indentation, newlines) is layout-free: it collapses to one space.
      // Only runs and non-space whitespace are replaced: ordinary text is kept as is, not copied.
      lines[lines.length - 1]!.push((node.nodeValue ?? '').replace(SOURCE_WHITESPACE, ' '));
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(el) || (exclude && safeMatches(el, exclude))) continue;
    if (tag === 'BR') {
      lines[lines.length - 1]!.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      lines.push([]);
      stack.push(EDGE);
    }
    if (tag === 'TEXTAREA' || tag === 'INPUT') {
      live = true;
      lines[lines.length - 1]!.push(((el as HTMLInputElement).value ?? '').replace(/[^\S\n]+/g, ' '));
    } else pushChildren(el);
  }
  return { lines, live };
}

/** Text with block boundaries as newlines, runs of spaces collapsed, at most one blank line. */
export function readText(el: Node | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  return cachedText(el, opts.exclude ?? '', () => {
    const { lines, live } = pieces(el, opts.exclude);
    return { text: compose(lines), cacheable: !live };
  });
}

function compose(lines: string[][]): string {
  const out: string[] = [];
  for (const parts of lines) {
    let line = parts.join('');
    if (line.includes('  ')) line = line.replace(/ {2,}/g, ' ');
    // Spaces next to a <br> go; a line that is only <br>s stays (it makes blank lines).
    line = line.includes('\n') ? line.replace(/ *\n */g, '\n').replace(/^ +| +$/g, '') : line.trim();
    if (line !== '') out.push(line); // adjacent block edges make one line break
  }
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Zero-width, bidi and other format characters (Unicode Cf) draw nothing: a title made only of
// them reads as no title, so the page is reported instead of judged as "\u200b".
const NOTHING_VISIBLE = /^[\s\p{Cf}]*$/u;

/** "" when the text has nothing a user could see. */
export function visibleOrEmpty(text: string): string {
  return NOTHING_VISIBLE.test(text) ? '' : text;
}

/** One-line text (titles, names). */
export function readLine(el: Node | null | undefined): string {
  return visibleOrEmpty(readText(el).replace(/\s+/g, ' ').trim());
}

/** Form fields hold their text in `.value` (Trello's 2026 card title, Asana's title textarea). */
export function readValue(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.tagName === 'META') return visibleOrEmpty((el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim());
  const v = (el as HTMLInputElement).value;
  const value = typeof v === 'string' ? visibleOrEmpty(v.replace(/\s+/g, ' ').trim()) : '';
  return value || readLine(el);
}

/**
 * Reads `nodes` again (into the cache) and tells whether every one reads as before. A mutation inside
 * one comment then costs one comment's read, not the page's.
 */
export function rereadUnchanged(cache: TextCache, nodes: Iterable<Node>): boolean {
  return withTextCache(
    cache,
    () => {
      for (const node of nodes) {
        const before = cache.previous(node);
        if (!before) return false; // never read through the cache (a live form field): read all again
        for (const [key, text] of before) if (readText(node, { exclude: key || undefined }) !== text) return false;
      }
      return true;
    },
    true,
  );
}
