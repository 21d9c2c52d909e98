// An addendum signed after the SOW, amending it clause by clause: 'Clause 3.3 is replaced with:
// "..."', 'A new Clause 3.6 is inserted: "..."', 'Clause 4.1 is deleted', 'In Clause 3.4, "8
// campaign emails" is replaced with "12 campaign emails"'. The scope is the SOW as amended.

export interface Amendments {
  /** Where the addendum starts: the text before it is the SOW as first signed. */
  at: number;
  replaced: Map<string, { text: string; at: number }>;
  inserted: { clause: string; text: string; at: number }[];
  deleted: Set<string>;
  phrases: { clause: string; from: string; to: string }[];
}

const START = /^[ \t]*(?:addendum|amendment|variation|change order)\b[^\n]{0,80}$/im;
const CLAUSE = String.raw`(?:clause|section|item|paragraph)\s+(\d{1,2}(?:\.\d{1,2}){0,2})`;
const QUOTED = String.raw`["\u201c]([^"\u201d\n]{2,400})["\u201d]`;
const REPLACED = new RegExp(
  String.raw`\b${CLAUSE} is (?:replaced|amended to read|amended) (?:with|by|as follows)?:?\s*${QUOTED}`,
  'gi',
);
const INSERTED = new RegExp(String.raw`\bnew ${CLAUSE} is (?:inserted|added):?\s*${QUOTED}`, 'gi');
const DELETED = new RegExp(String.raw`\b${CLAUSE} is (?:deleted|removed|struck out|struck)\b`, 'gi');
const PHRASE = new RegExp(String.raw`\bin ${CLAUSE},\s*${QUOTED} is replaced (?:with|by)\s*${QUOTED}`, 'gi');

export function amendmentsOf(text: string): Amendments | null {
  const start = START.exec(text);
  if (!start) return null;
  const at = start.index;
  const rest = text.slice(at);
  const out: Amendments = { at, replaced: new Map(), inserted: [], deleted: new Set(), phrases: [] };
  for (const m of rest.matchAll(REPLACED))
    out.replaced.set(m[1]!, { text: m[2]!.trim(), at: at + (m.index ?? 0) + m[0].lastIndexOf(m[2]!) });
  for (const m of rest.matchAll(INSERTED))
    out.inserted.push({ clause: m[1]!, text: m[2]!.trim(), at: at + (m.index ?? 0) + m[0].lastIndexOf(m[2]!) });
  for (const m of rest.matchAll(DELETED)) out.deleted.add(m[1]!);
  for (const m of rest.matchAll(PHRASE)) out.phrases.push({ clause: m[1]!, from: m[2]!, to: m[3]! });
  const any = out.replaced.size + out.inserted.length + out.deleted.size + out.phrases.length;
  return any ? out : null;
}

/** The clause an item was listed under ("3.3 Automated flows ..."), from the text before it on its line. */
export function clauseAt(text: string, start: number): string | null {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  return /^\s*(\d{1,2}(?:\.\d{1,2}){0,2})[.)]?\s*$/.exec(text.slice(lineStart, start))?.[1] ?? null;
}

/** The clause's new words where the addendum replaced a labelled clause ("Fees: 290 hours ..."). */
export function replacedLabelled(amendments: Amendments | null, label: RegExp): string | null {
  if (!amendments) return null;
  for (const { text } of amendments.replaced.values()) if (label.test(text)) return text;
  return null;
}
