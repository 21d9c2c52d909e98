// An email thread where the scope was agreed by reply: the proposal numbers its items and a reply
// answers by number ("Yes to 1-4, drop 5, and can we add a sixth: a behind-the-scenes edit").
// Dropped items are exclusions; an added one is a deliverable.

const ORDINAL = 'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth';
const DROPPED =
  /\b(?:drop(?:ping)?|remove|removing|cut|lose)[ \t]+(?:item[ \t]+|no\.[ \t]*|#)?(\d{1,2})\b(?![.)]|\s*(?:%|days?|weeks?|hours?))|\b(?:item\s+|#)?(\d{1,2}) (?:is|was) (?:dropped|removed|cut)\b/gi;
const ADDED = new RegExp(
  String.raw`\b(?:\d{1,2} is added|add(?:ing)? (?:a|an) (?:${ORDINAL})(?: item)?)\s*:\s*([^.;?\n]{4,120})`,
  'i',
);

/** The numbers a reply drops from a numbered proposal. */
export function droppedNumbers(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(DROPPED)) out.add(Number(m[1] ?? m[2]));
  return out;
}

/** What a reply adds to the proposal ("6 is added: a behind-the-scenes edit ..."), the first (newest) said. */
export function addedByReply(text: string): { text: string; at: number } | null {
  const m = ADDED.exec(text);
  if (!m) return null;
  const body = m[1]!.replace(/^(?:a|an|the)\s+/i, '').trim();
  return { text: body.charAt(0).toUpperCase() + body.slice(1), at: (m.index ?? 0) + m[0].indexOf(m[1]!) };
}

/** The number an item was listed under ("5. Nine vertical cutdowns"), from the text before it on its line. */
export function listNumberAt(text: string, start: number): number | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const m = /^\s*(\d{1,2})[.)]\s*$/.exec(text.slice(lineStart, start));
  return m ? Number(m[1]) : null;
}
