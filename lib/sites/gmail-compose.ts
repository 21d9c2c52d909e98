// Inserting a drafted reply into Gmail's open compose or reply box. Plain text only, as text nodes
// and <br>s (never markup), never sent: the account manager reviews and sends it themselves.
import { all, field, first, matches } from '@/lib/dom/query';
import { t } from '@/lib/i18n';

export const composeFields = {
  body: field('gmail.composeBody', ['div[contenteditable="true"][g_editable="true"]', '2025-11', 'INBOXSDK'], ['div.editable[contenteditable="true"][role="textbox"]', '2025-11', 'UNNAMED'], ['div[contenteditable="true"]:not([id="subject"])', '2025-03', 'GMAILJS']),
  quote: field('gmail.composeQuote', ['.gmail_quote', '2026-02', 'FLOWCRYPT']),
} as const; // prettier-ignore

/** The compose body the AM is most likely writing in: the focused one, else the last one opened. */
export function findComposeBody(doc: Document): HTMLElement | null {
  const boxes = all(doc, composeFields.body) as HTMLElement[];
  const active = doc.activeElement;
  return boxes.find((b) => active && (b === active || b.contains(active))) ?? boxes[boxes.length - 1] ?? null;
}

export function insertIntoCompose(doc: Document, text: string): { inserted: boolean; reason: string | null } {
  const box = findComposeBody(doc);
  if (!box) return { inserted: false, reason: t('insertNoComposeBox') };
  const frag = doc.createDocumentFragment();
  text.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) frag.append(doc.createElement('br'));
    if (line) frag.append(doc.createTextNode(line));
  });
  frag.append(doc.createElement('br'));
  // Above Gmail's quoted history (the first child holding .gmail_quote), after anything the AM has
  // already typed; an empty box (Gmail's placeholder <br>s) gets the text at the very top.
  const quote = Array.from(box.children).find(
    (c) => matches(c, composeFields.quote) || !!first(c, composeFields.quote),
  );
  const before: ChildNode[] = [];
  for (let n = box.firstChild; n && n !== quote; n = n.nextSibling) before.push(n);
  const empty = before.every((n) => n.nodeName === 'BR' || (n.nodeType === 3 && !n.nodeValue?.trim()));
  box.insertBefore(frag, empty ? box.firstChild : (quote ?? null));
  // Gmail saves drafts on input events; without one the inserted text can be lost.
  box.dispatchEvent(new Event('input', { bubbles: true }));
  return { inserted: true, reason: null };
}
