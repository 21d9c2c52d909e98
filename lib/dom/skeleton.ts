// A text-free skeleton of a page that an adapter could not read, for a bug report: tag names, ids,
// classes, data-testid and ARIA roles, and nothing else. No text, no attribute that can hold what the
// client wrote (href, title, alt, aria-label, value, name, email...). Ids, classes and test ids can
// embed keys and numbers ("card-ACME-142", "comment-10231"), so keys, numbers, long hex runs and
// anything shaped like an e-mail address are masked; identical sibling subtrees are counted, not
// repeated, so a 500-card board stays short.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'LINK', 'META', 'SCOPEKEEPER-BADGE']);
const MAX_DEPTH = 120;
const MAX_CHARS = 150_000;
const MAX_CLASSES = 8;

/** Masks the parts of an identifier that can carry data: e-mails, issue keys, long hex, numbers. */
export function maskToken(token: string): string {
  if (token.includes('@')) return '[email]';
  return token
    .replace(/[A-Z][A-Z0-9_]+-\d+/g, 'KEY-0')
    .replace(/[0-9a-f]{12,}/gi, 'HEX')
    .replace(/\d+/g, '0')
    .slice(0, 60);
}

function signature(el: Element): string {
  let s = el.tagName.toLowerCase();
  const id = el.getAttribute('id');
  if (id) s += `#${maskToken(id)}`;
  const cls = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const c of cls.slice(0, MAX_CLASSES)) s += `.${maskToken(c)}`;
  if (cls.length > MAX_CLASSES) s += `.(+${cls.length - MAX_CLASSES})`;
  const testid = el.getAttribute('data-testid') ?? el.getAttribute('data-test-id');
  if (testid) s += `[data-testid=${maskToken(testid)}]`;
  const role = el.getAttribute('role');
  if (role && /^[a-z ]{1,40}$/.test(role)) s += `[role=${role}]`;
  return s;
}

/** One subtree as indented lines; runs of identical siblings become one block with "x N". */
function lines(el: Element, depth: number): string[] {
  const head = '  '.repeat(depth) + signature(el);
  if (depth >= MAX_DEPTH) return [`${head} …`];
  if (el.tagName === 'svg' || el.tagName === 'SVG') return [head];
  const out = [head];
  let prev: string[] | null = null;
  let count = 0;
  const flush = (): void => {
    if (!prev) return;
    if (count > 1) prev = [`${prev[0]}  x ${count}`, ...prev.slice(1)];
    out.push(...prev);
  };
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (SKIP.has(c.tagName.toUpperCase())) continue;
    const block = lines(c, depth + 1);
    if (prev && prev.length === block.length && prev.every((l, i) => l === block[i])) {
      count++;
      continue;
    }
    flush();
    prev = block;
    count = 1;
  }
  flush();
  return out;
}

export interface StructureHeader {
  site: string;
  pageKind: string;
  missing: readonly string[];
}

/** The report: what missed, then the body's skeleton (cut at MAX_CHARS, saying so). */
export function structureReport(doc: Document, header: StructureHeader): string {
  const body = doc.body ? lines(doc.body, 0).join('\n') : '(no body)';
  const cut = body.length > MAX_CHARS ? `${body.slice(0, MAX_CHARS)}\n… (cut at ${MAX_CHARS} characters)` : body;
  return [
    'Scopekeeper structure report (tag names, ids, classes, data-testid and roles only; no text)',
    `site: ${header.site}`,
    `page: ${header.pageKind}`,
    `selectors that missed: ${header.missing.join(', ') || '(none)'}`,
    '',
    cut,
  ].join('\n');
}
