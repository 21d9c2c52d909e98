// Plain text from page DOM without layout (innerText forces a reflow per call and does not exist in
// every test DOM). Page markup is only ever read as text, never re-parsed or re-rendered.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SCOPEKEEPER-BADGE']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TR', 'UL',
]); // prettier-ignore

/** Marks a block boundary while walking; runs of them become a single newline. */
const EDGE = '\ue000'; // a private-use character: never a real boundary in page text

export interface TextOptions {
  /** Subtrees to leave out, e.g. Gmail's quoted history `.gmail_quote`. */
  exclude?: string;
}

function walk(node: Node, out: string[], exclude: string | undefined): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      // Source whitespace (indentation, newlines) is layout-free: it collapses to one space.
      out.push((child.nodeValue ?? '').replace(/\s+/g, ' '));
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (exclude && safeMatches(el, exclude)) continue;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) out.push(EDGE);
    if (tag === 'TEXTAREA' || tag === 'INPUT') out.push((el as HTMLInputElement).value ?? '');
    else walk(el, out, exclude);
    if (block) out.push(EDGE);
  }
}

function safeMatches(el: Element, css: string): boolean {
  try {
    return el.matches(css);
  } catch {
    return false;
  }
}

/** Text with block boundaries as newlines, runs of spaces collapsed, at most one blank line. */
export function readText(el: Node | null | undefined, opts: TextOptions = {}): string {
  if (!el) return '';
  const out: string[] = [];
  walk(el, out, opts.exclude);
  return out
    .join('')
    .replace(/[ \t\u00a0\r\f\v]+/g, ' ')
    .replace(/ *(\ue000|\n) */g, '$1')
    .replace(/\ue000+/g, '\n') // adjacent block edges make one line break; <br>s add blank lines
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One-line text (titles, names). */
export function readLine(el: Node | null | undefined): string {
  return readText(el).replace(/\s+/g, ' ').trim();
}

/** Form fields hold their text in `.value` (Trello's 2026 card title, Asana's title textarea). */
export function readValue(el: Element | null | undefined): string {
  if (!el) return '';
  if (el.tagName === 'META') return (el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
  const v = (el as HTMLInputElement).value;
  return typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : readLine(el);
}
