// Finds the sentence in an agency email that asks the client for something. Deliberately
// conservative: a missed wait costs less than a false "waiting on client" badge, so a sentence
// needs both a thing the client owes (assets, approval, access...) and a request form.

/** Cut quoted replies, forwarded blocks and signatures: only the sender's own new text counts. */
export function ownText(body: string): string {
  const out: string[] = [];
  for (const line of body.replace(/\r\n?/g, '\n').split('\n')) {
    const t = line.trim();
    if (/^>/.test(t)) continue;
    if (/^on .{3,200}wrote:?$/i.test(t) || /^-{2,}\s*(original|forwarded) message/i.test(t)) break;
    if (/^(--|__)\s*$/.test(t) || /^sent from my /i.test(t)) break;
    if (/^(from|sent|to|subject):\s/i.test(t) && out.length > 0) break;
    out.push(line);
  }
  return out.join('\n');
}

/** Sentences and lines, so a bulleted list of asks gives one candidate per bullet. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+|(?<=[.?!])\s+(?=[A-Z0-9"'(])/)
    .map((s) => s.replace(/^[\s*•\-–\d.)]+(?=\S)/, '').trim())
    .filter((s) => s.length > 3);
}

// What the client can owe the agency.
const OWED =
  /\b(assets?|files?|logos?|images?|photos?|photography|videos?|fonts?|copy|content|text|wording|brand ?(book|guide(lines)?)|guidelines|approv(e|al|als)|sign[- ]?off|feedback|thoughts|comments|notes|review|decisions?|decide|choose|pick|prefer|preference|go[- ]ahead|green light|confirm(ation)?|access|log ?ins?|credentials|passwords?|invite|permissions?|admin|details|info(rmation)?|answers?|data|spreadsheet|list|po\b|purchase order|signature|signed|contract|invoice details|availability|(which|what) (option|version|direction|date|day|time|slot)s?|works (best )?for you)\b/i;

// The sentence is put to the client as a request.
const REQUEST =
  /(\?\s*$|\b(could|can|would|will) you\b|\bplease\b|\bkindly\b|\blet (us|me) know\b|\b(we|i)('ll| will)? (still )?need (?!to\b)|\bneed(ed)? (your|from you)\b|\bwaiting (on|for)\b|^(send|share|forward|upload|grant|provide|add us|confirm|approve|choose|pick)\b|\bwhen can (we|i) expect\b|\bif you could\b|\bdo you have\b|\bawait(ing)? your\b|\blooking forward to (your|receiving|getting)\b)/i;

// Courtesy lines that look like asks but expect nothing in particular.
const COURTESY =
  /(\b(let (us|me) know|feel free|reach out|happy to|don'?t hesitate)\b.*\b(if|should|whenever)\b.*\b(any|anything|questions?|help|else)\b|\bif you have any\b|^(many )?thanks?( you)?\b(?!.*\b(please|could you|can you)\b)|^thank you\b(?!.*\b(please|could you|can you)\b)|\bno (rush|action needed)\b|\bfyi\b|\bjust (a heads[- ]up|so you know|to let you know)\b)/i;

export function isAsk(sentence: string): boolean {
  return OWED.test(sentence) && REQUEST.test(sentence) && !COURTESY.test(sentence);
}

/** The first asking sentence of a body, trimmed to a readable length, or null. */
export function findAsk(body: string, maxLength = 240): string | null {
  for (const s of sentences(ownText(body))) {
    if (isAsk(s)) return s.length > maxLength ? `${s.slice(0, maxLength - 1).trimEnd()}…` : s;
  }
  return null;
}
