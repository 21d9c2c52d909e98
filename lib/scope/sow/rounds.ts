// Revision rounds as SOWs write them: "Two (2) rounds of amends", "3 review rounds per batch",
// "Two Correction Rounds per proof", "Up to three MLR Cycles per piece" (a term the SOW defines
// as a set of comments), "revisions: 2 rounds", "no revision rounds".
import { NUMBER_WORD, parseCount } from './numbers';

const REVISION_WORD =
  /\b(revisions?|revise|amends?|amendments?|changes|feedback|comments|edits|corrections?|adjustments?|alterations?|modifications?|refinements?|review|reviews|tweaks|iterations?|notes|fix|fixes|rework)\b/i;
// Not "*1 Revisions are ...": a footnote's mark (*1, ※1, #1) counts nothing ("**2 rounds**" is bold).
const COUNT = `(?<![\\d.,※#])(?<!(?:^|[^*])\\*)(?:up to |a maximum of |max(?:imum)?\\.? |no more than |at most )?(\\d{1,2}|${NUMBER_WORD}|a|one)(?:\\s*\\(\\d{1,2}\\))?`;
const UNIT = '(rounds?|cycles?|sets?|passes|iterations?|loops?|times)';

/** What "two rounds of ..." counts when it is work, not revisions: "one round of usability testing". */
export const ROUNDS_OF_WORK =
  /(?:usability |user )?(?:interviews?|testing|tests|research|workshops?|sessions?|fieldwork|recruitment|focus groups?)\b/;

/** Terms the SOW defines as one set of client comments: '"MLR Cycle" means one submission ... comments'. */
function definedRoundTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.matchAll(/["“]([^"”]{3,40})["”]\s+(?:means|refers to|is)\s+([^.\n]{0,200})/gi)) {
    if (/\b(round|cycle|pass)\b/i.test(m[1] ?? '') && REVISION_WORD.test(m[2] ?? '')) terms.push(m[1]!.toLowerCase());
  }
  return terms;
}

// Rounds in the other languages ("2 allers-retours", "zwei Korrekturschleifen", "una (1) ronda de
// revisión") reach this reader restated in English (lang/restate.ts).

export interface RoundsHit {
  rounds: number;
  index: number;
}

/** The text with its definitions blanked out (same length, so offsets hold). */
function withoutDefinitions(text: string): string {
  return text.replace(/["“][^"”]{3,40}["”]\s+(?:means|refers to)\s+[^.\n]{0,200}/gi, (m) => ' '.repeat(m.length));
}

export function revisionRoundHits(source: string): RoundsHit[] {
  const hits: RoundsHit[] = [];
  const defined = definedRoundTerms(source);
  // '"Round of Changes" means one consolidated set of feedback' defines a round; it counts none.
  const text = withoutDefinitions(source);
  const lower = text.toLowerCase();
  // "two rounds of revisions", "2 review rounds", "two correction rounds", "three MLR cycles"
  const re = new RegExp(
    `\\b${COUNT}\\s+((?:[\\w-]+\\s+){0,2})${UNIT}\\b(\\s+of\\s+(?:[\\w/-]+\\s+){0,2}[\\w/-]+)?`,
    'gi',
  );
  for (const m of text.matchAll(re)) {
    const n = parseCount(m[1] === 'a' ? 'one' : (m[1] ?? ''));
    if (n === null || n > 10) continue;
    const qualifier = m[2] ?? '';
    const of = m[4] ?? '';
    const phrase = m[0].toLowerCase();
    // "two rounds of eight" (interviews): the thing counted must be revisions, or a defined round term.
    const isDefined = defined.some((t) => phrase.includes(t) || t.includes(`${qualifier}${m[3]}`.trim().toLowerCase()));
    // "Dashboard feedback: up to 2 iterations", "Revisions. Clauses (b) and (c) include up to three
    // iterations": iterations (not other units) counted right after a revision word on the same line.
    const at = m.index ?? 0;
    const lead = text.slice(Math.max(0, at - 60), at);
    const line = lead.slice(lead.lastIndexOf('\n') + 1);
    // "Design changes: 2 rounds after concept selection": a revisions label counts any unit.
    const ledIn = REVISION_WORD.test(line) && (/^iterations?$/i.test(m[3] ?? '') || /[:\t]\s*$/.test(line));
    // "Client can request revision up to 2 times": a capped count of times after a revision word in
    // the same sentence (a bare "4 times" is how often something happens, not a round).
    const sentence = line.slice(Math.max(line.search(/[.!?]\s[^.!?]*$/) + 1, 0));
    const cappedTimes =
      /^times$/i.test(m[3] ?? '') &&
      /^(?:up to|a maximum of|max|no more than|at most)\b/i.test(phrase) &&
      // "Revisions. Up to 2 times for each design item": the heading names what the times count.
      (REVISION_WORD.test(sentence) || (/^[\w' ]{1,30}\.\s*$/.test(line) && REVISION_WORD.test(line)));
    if (!(REVISION_WORD.test(qualifier) || REVISION_WORD.test(of) || isDefined || ledIn || cappedTimes)) continue;
    if (new RegExp(`\\bof ${ROUNDS_OF_WORK.source}`, 'i').test(of)) continue;
    hits.push({ rounds: n, index: m.index ?? 0 });
  }
  // "includes two revisions", "2 revisions per deliverable"
  for (const m of text.matchAll(
    new RegExp(`\\b${COUNT}\\s+(?:(?:rounds? of |sets? of )?)(revisions|amends|amendments)\\b`, 'gi'),
  )) {
    const n = parseCount(m[1] === 'a' ? 'one' : (m[1] ?? ''));
    if (n !== null && n <= 10 && !hits.some((h) => Math.abs(h.index - (m.index ?? 0)) < 5))
      hits.push({ rounds: n, index: m.index ?? 0 });
  }
  // "Revisions: 2 rounds", "revision rounds: two"
  for (const m of text.matchAll(
    // "Revision rounds per creative batch:<TAB>2": a spreadsheet's label and value.
    new RegExp(
      `\\b(?:revisions?|revision rounds(?: per [\\w ]{1,30}?)?|rounds of revisions?|amends)\\s*(?:[:=-]|\\t)\\s*${COUNT}`,
      'gi',
    ),
  )) {
    const n = parseCount(m[1] ?? '');
    if (n !== null && n <= 10) hits.push({ rounds: n, index: m.index ?? 0 });
  }
  if (
    /\bno (revision rounds|rounds of (revisions?|amends|changes)|revisions)\b|\bnot? (include|includes) (any )?revisions\b/i.test(
      lower,
    )
  ) {
    const index = lower.search(/\bno (revision rounds|rounds of|revisions)\b|\bnot? includes? (any )?revisions\b/);
    hits.push({ rounds: 0, index: Math.max(0, index) });
  }
  // "The design is reviewed with the client once and updated based on that review": a review cycle
  // counted in words, when nothing else counts the rounds (not "reviewed once a month").
  if (!hits.length)
    for (const m of text.matchAll(REVIEWED_TIMES)) {
      const n = { once: 1, twice: 2, 'three times': 3 }[m[1]!.toLowerCase()];
      if (n) hits.push({ rounds: n, index: m.index ?? 0 });
    }
  return hits.sort((a, b) => a.index - b.index);
}

const REVIEWED_TIMES =
  /\b(?:reviewed|revised|amended)\b[^.\n]{0,40}?\b(once|twice|three times)\b(?!\s*(?:a|per|each|every)\s+(?:day|week|month|quarter|year|sprint))/gi;

/** The contracted rounds: the most often stated count (the first of equals), or null. */
export function revisionRoundsOf(text: string, preferred?: string): number | null {
  const inPreferred = preferred ? revisionRoundHits(preferred) : [];
  const hits = inPreferred.length ? inPreferred : revisionRoundHits(text);
  if (!hits.length) return null;
  const counts = new Map<number, number>();
  for (const h of hits) counts.set(h.rounds, (counts.get(h.rounds) ?? 0) + 1);
  let best = hits[0]!.rounds;
  for (const h of hits) if ((counts.get(h.rounds) ?? 0) > (counts.get(best) ?? 0)) best = h.rounds;
  return best;
}
