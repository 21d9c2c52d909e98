// Inserting a drafted reply into Gmail's open compose or reply box. Plain text only, as text nodes
// and <br>s (never markup), never sent: the account manager reviews and sends it themselves.
import { all, field, first, matches } from '@/lib/dom/query';
import { t } from '@/lib/i18n';

export const composeFields = {
  body: field('gmail.composeBody', ['div[contenteditable="true"][g_editable="true"]', '2025-11', 'INBOXSDK'], ['div.editable[contenteditable="true"][role="textbox"]', '2025-11', 'UNNAMED'], ['div[contenteditable="true"]:not([id="subject"])', '2025-03', 'GMAILJS']),
  quote: field('gmail.composeQuote', ['.gmail_quote', '2026-02', 'FLOWCRYPT']),
  reply: field('gmail.replyButton', ['[role="button"][aria-label="Reply"]', '2026-11', 'UNNAMED'], ['span.ams.bkH', '2025-11', 'GMAILJS']),
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

/** Resolves once `find` returns something (checked on each DOM change), or null after `ms`. */
function whenPresent<T>(doc: Document, find: () => T | null, ms: number): Promise<T | null> {
  return new Promise((resolve) => {
    const now = find();
    if (now) return resolve(now);
    const obs = new MutationObserver(() => {
      const found = find();
      if (found) done(found);
    });
    const timer = setTimeout(() => done(null), ms);
    // Also look now and then: some documents (detached, sandboxed) never report mutations.
    const poll = setInterval(() => {
      const found = find();
      if (found) done(found);
    }, 100);
    function done(v: T | null) {
      obs.disconnect();
      clearTimeout(timer);
      clearInterval(poll);
      resolve(v);
    }
    obs.observe(doc.documentElement, { childList: true, subtree: true });
  });
}

/** With no reply box open, clicks the thread's Reply first and waits for the box Gmail opens. */
export async function openReplyAndInsert(
  doc: Document,
  text: string,
  waitMs = 4000,
): Promise<{ inserted: boolean; reason: string | null }> {
  if (!findComposeBody(doc)) {
    const replies = all(doc, composeFields.reply) as HTMLElement[];
    const reply = replies[replies.length - 1];
    if (!reply) return { inserted: false, reason: t('insertNoReplyButton') };
    reply.click();
    if (!(await whenPresent(doc, () => findComposeBody(doc), waitMs)))
      return { inserted: false, reason: t('insertReplyNotOpened') };
  }
  return insertIntoCompose(doc, text);
}
