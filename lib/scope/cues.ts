// Cue families: the forms in which people ask, thank, report and schedule. Each family is one
// feature; how much each one counts, and against which others, is learned (weights.json), not
// decided here. Families describe English as agencies' clients write it, never one project.
import { LiteralFilter } from './prefilter';

export type CueName =
  | 'question'
  | 'youModal'
  | 'weModal'
  | 'please'
  | 'needWant'
  | 'possible'
  | 'relayed'
  | 'additive'
  | 'expansion'
  | 'defect'
  | 'revision'
  | 'thanks'
  | 'fyi'
  | 'status'
  | 'schedule'
  | 'sharing'
  | 'approval'
  | 'holdOff'
  | 'infoQuestion'
  | 'weWill'
  | 'pricing'
  | 'included'
  | 'complaint'
  | 'future'
  | 'criteria'
  | 'done'
  | 'infoRequest'
  | 'dateTime'
  | 'newWord';

const CUES: Record<CueName, RegExp> = {
  question: /\?\s*$/,
  youModal:
    /\b(can|could|would|will|might|can't|cannot|couldn't|won't)\s+(you|u|ya|your (team|designers?|developers?|devs?|people|guys|folks|studio|agency)|y'?all|someone|somebody|anyone|one of (you|your \w+)|the team|it be possible)\b/i,
  weModal: /\b(can|could|may|might|should)\s+(we|i)\s+(get|have|add|see|also|please|possibly|maybe|just)\b/i,
  please: /\b(please|pls|plz|kindly)\b/i,
  needWant:
    /\b(we|i|they|client|the client|management|the board|leadership|[a-z]+)\s+(really |also |still |just |now |urgently |definitely )?(need|needs|want|wants|require|requires|would like|'d like|’d like|would love|'d love|’d love|are looking for|is looking for|were hoping for)\b/i,
  possible:
    /\b(is it possible|would it be possible|any chance|possible to|able to|is there (any )?way|wondering (if|whether)|was hoping|were hoping|hoping (you|we)|happy for you to|mind (adding|doing|making|creating)|how about|what about|would you be|could i ask|i wonder|we wonder|it would be (great|helpful|good|useful|nice)|would be (great|helpful|good) (if|to))\b/i,
  relayed:
    /\b(client|customer|they|[A-Z][a-z]+) (asked|asks|wants|requested|would like|mentioned|raised|needs|is asking|are asking)\b|\basked (for|us|if|whether|that)\b|\brequested\b|\b(per|as per) [A-Z]?[\w']+('s)? (call|email|request|message|note)\b|\bon (the|today's|yesterday's|tuesday's|this morning's) call\b|\brelaying\b|\bclient ask\b|\bfeedback from\b/,
  additive: /\b(also|another|more|extra|additional|further|as well|too|on top of|in addition|plus)\b/i,
  newWord: /\b(new|second|third|other|again)\b/i,
  expansion:
    /\b(expand|extend|extension|bigger|broader|wider|longer|full|entire|whole|all (of )?(our|the)|every|each of|across all|roll (it )?out|scale (up|it))\b/i,
  defect:
    /\b(bug|bugs|broken|break|breaks|fix|fixed|typo|typos|error|errors|not working|doesn'?t work|isn'?t working|wrong|incorrect|missing|issue|issues|crash|crashes|crashing|glitch|404|blank|fails|failing|failed|misspelt|misspelled|mistake|outdated|out of date)\b/i,
  revision:
    /\b(tweak|tweaks|change|changes|amend|amends|amendment|adjust|revise|revision|edit|edits|swap|replace|move|shorten|lengthen|feedback|comments|notes|round|correction|corrections|darker|lighter|bigger|smaller|tighten|rework|update the)\b/i,
  thanks: /\b(thank|thanks|thx|ty|cheers|appreciate|appreciated|grateful|pass on (my|our) thanks|kudos)\b/i,
  fyi: /\b(fyi|for your info(rmation)?|heads[- ]up|just to let you know|letting you know|just so you know|for reference|no action (needed|required)|nothing (needed|to do|for you to do)|for the record|in case you('re| are) wondering|keep you posted|keeping you in the loop)\b/i,
  status:
    /\b(status|any update|an update|any news|on track|eta|progress|how('s| is| are) .{1,30} going|where are we|where('s| is| are) (the|our)|when (will|can|do|does|is|are|should|would|do we) |by when|timeline for|still on for|ready by|just checking|checking in|chasing|following up|any word|yet\?|has (the|our|it) .{1,40} (gone|been|arrived|landed)|(is|are) .{1,30} (coming|due|ready|expected)\b|how many|do we have (a|the) (date|timeline|eta))/i,
  schedule:
    /\b(meeting|call|catch-?up|workshop|session|slot|calendar|invite|reschedule|availability|available|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(:\d{2})?\s?(am|pm)|zoom|teams|google meet|book (a|in)|lunch|coffee)\b/i,
  sharing:
    /\b(attached|attaching|attachment|please find|here is|here are|here's|sharing|shared|uploaded|i'?ve added|we'?ve added|link to|links below|dropbox|google drive|sharepoint|wetransfer|sent over|in the folder|enclosed|for your files)\b/i,
  approval:
    /\b(approved|approve|approving|sign[- ]?off|signed off|looks good|look great|lgtm|go ahead|green light|happy with|all good|perfect|love it|love them|great work|well done|nice work|good to go|confirmed|we confirm)\b/i,
  holdOff:
    /\b(no need|don'?t need|not needed|hold off|not now|cancel|never ?mind|ignore (my|the|that)|disregard|scratch that|park (it|this)|on hold|not (a )?priority)\b/i,
  infoQuestion: /^(what|which|who|where|why|how(?! about)|when|is there|are there|do you know|does anyone)\b/i,
  weWill:
    /\b(we|i)('ll| will| are going to| plan to| have| 've|'ve| already| can handle| will handle| will take care| can do it ourselves| do it in-house)\b/i,
  pricing:
    /\b(quote|quotation|estimate|how much|cost|costs|price|pricing|budget for|change order|change request|extra cost|additional cost|charge|invoice separately|billable|out of scope|outside (the )?scope|not in (the )?(scope|sow|contract))\b/i,
  included:
    /\b(included|part of (the|our) (package|scope|contract|retainer|sow)|covered by|in scope|within (the )?scope)\b/i,
  complaint:
    /\b(disappointed|frustrat\w*|unacceptable|not happy|unhappy|concerned|concern|annoyed|upset|poor|sloppy|again\?|still not|not good enough)\b/i,
  future:
    /\b(next year|next quarter|later this year|in the future|down the line|down the road|phase 2|phase two|at some point|eventually|plans? (to|for)|thinking about|considering|exploring|budget (for|next)|roadmap)\b/i,
  // A state or a hand-over, not a task: "Photos uploaded", "Foundations — approved", "licence live".
  done: /\b(uploaded|approved|delivered|live|done|confirmed|signed|sent|shared|granted|ready|received|submitted|completed?|in place|transmittal|provided|supplied|available|dropped|stored|accepted|merged|released|published|closed|resolved|fyi)\b/i,
  // Asking for a detail, not for work: "could you confirm the address", "let me know where they are".
  infoRequest:
    /\b(confirm|let (me|us) know|tell (me|us)|remind (me|us)|check (if|whether)|send (me|us|over)? ?(the )?(names?|address|details|link|dates?|times?|number|contacts?|login|invoice|po|agenda|slides))\b/i,
  dateTime:
    /\b(\d{1,2}:\d{2}|\d{1,2}\s?(am|pm)|(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b|\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w*|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)\w* \d{1,2}\b|next week|tomorrow|today)/i,
  criteria:
    /\b(acceptance criteria|definition of done|user story|as an? \w+,? i want|steps to reproduce|expected( result)?:|actual( result)?:)\b/i,
};

export const CUE_NAMES = Object.keys(CUES) as CueName[];
/** The patterns themselves, for tests that check the fast scan against them. */
export const CUE_PATTERNS: Readonly<Record<CueName, RegExp>> = CUES;

// The case-insensitive families are read as if joined in one alternation, scanned once: at the
// leftmost position where any family matches, the first family (in CUE_NAMES order) that matches
// there counts, and the scan goes on after its match (a family whose match would start inside
// another's is missed; training saw the same features, so the weights account for it). Anchored
// and case-sensitive families run on their own.
const SEPARATE = new Set<CueName>(['question', 'infoQuestion', 'relayed']);
const JOINED = CUE_NAMES.filter((n) => !SEPARATE.has(n) && CUES[n].flags.includes('i'));
const ALONE = CUE_NAMES.filter((n) => SEPARATE.has(n) || !CUES[n].flags.includes('i'));
/** Each joined family as a global regex: finds its next match from any position. */
const GLOBAL = JOINED.map((n) => new RegExp(CUES[n].source, 'gi'));

// Most units show a handful of families. A family none of whose words occur in the text cannot
// match anywhere in it and is left out of the scan (prefilter.ts).
const FILTER = new LiteralFilter([...JOINED, ...ALONE].map((n) => CUES[n]));
const ALONE_SHIFT = JOINED.length;
// The separate families' patterns and bits by position: CUES[name] with a name that changes per
// iteration is a megamorphic keyed lookup, once per family and unit.
const ALONE_PATTERNS = ALONE.map((n) => CUES[n]);

// Per family, its next match at or after the scan's position (start -1: none left). Module-level
// scratch: cuesOf never re-enters itself.
const starts = new Int32Array(JOINED.length);
const ends = new Int32Array(JOINED.length);

/** Family k's first match at or after `from`. */
function seek(k: number, text: string, from: number): void {
  const re = GLOBAL[k]!;
  re.lastIndex = from;
  const m = re.exec(text);
  starts[k] = m ? m.index : -1;
  ends[k] = m ? m.index + m[0].length : -1;
}

/**
 * The one-alternation scan over the families in `mask`, family by family: each family's regex
 * finds its own next match, the leftmost (first family on a tie) is the alternation's, and only
 * the families whose next match it overlaps look again. The mask (CUE_BIT) of the families found.
 */
function scanJoined(text: string, mask: number): number {
  let found = 0;
  for (let k = 0; k < JOINED.length; k++) if (mask & (1 << k)) seek(k, text, 0);
  for (;;) {
    let first = -1;
    // The scan can stop once no family still to be found has a match left.
    let open = false;
    for (let k = 0; k < JOINED.length; k++) {
      if (!(mask & (1 << k)) || starts[k]! < 0) continue;
      if (!(found & JOINED_BIT[k]!)) open = true;
      if (first < 0 || starts[k]! < starts[first]!) first = k;
    }
    if (first < 0 || !open) return found;
    found |= JOINED_BIT[first]!;
    // After an empty match the alternation steps one character on.
    const resume = ends[first] === starts[first] ? starts[first]! + 1 : ends[first]!;
    for (let k = 0; k < JOINED.length; k++)
      if (mask & (1 << k) && starts[k]! >= 0 && starts[k]! < resume) seek(k, text, resume);
  }
}

/** The bit of each family in a cue mask: bit k is CUE_NAMES[k]. */
export const CUE_BIT: Readonly<Record<CueName, number>> = Object.fromEntries(
  CUE_NAMES.map((n, k) => [n, 1 << k]),
) as Record<CueName, number>;
const JOINED_BIT = JOINED.map((n) => CUE_BIT[n]);
const ALONE_BIT = ALONE.map((n) => CUE_BIT[n]);

/**
 * The families as an object, spelled out in CUE_NAMES order: an object literal gets its final
 * shape at once, where adding 29 properties one by one cost more than finding the cues.
 */
export function cuesFromMask(mask: number): Record<CueName, number> {
  return {
    question: mask & 1,
    youModal: (mask >>> 1) & 1,
    weModal: (mask >>> 2) & 1,
    please: (mask >>> 3) & 1,
    needWant: (mask >>> 4) & 1,
    possible: (mask >>> 5) & 1,
    relayed: (mask >>> 6) & 1,
    additive: (mask >>> 7) & 1,
    newWord: (mask >>> 8) & 1,
    expansion: (mask >>> 9) & 1,
    defect: (mask >>> 10) & 1,
    revision: (mask >>> 11) & 1,
    thanks: (mask >>> 12) & 1,
    fyi: (mask >>> 13) & 1,
    status: (mask >>> 14) & 1,
    schedule: (mask >>> 15) & 1,
    sharing: (mask >>> 16) & 1,
    approval: (mask >>> 17) & 1,
    holdOff: (mask >>> 18) & 1,
    infoQuestion: (mask >>> 19) & 1,
    weWill: (mask >>> 20) & 1,
    pricing: (mask >>> 21) & 1,
    included: (mask >>> 22) & 1,
    complaint: (mask >>> 23) & 1,
    future: (mask >>> 24) & 1,
    done: (mask >>> 25) & 1,
    infoRequest: (mask >>> 26) & 1,
    dateTime: (mask >>> 27) & 1,
    criteria: (mask >>> 28) & 1,
  };
}

/** The cue families the text shows, as a mask (CUE_BIT). */
export function cueMask(text: string): number {
  const possible = FILTER.mask(text);
  let found = scanJoined(text, possible);
  for (let k = 0; k < ALONE_PATTERNS.length; k++)
    if (possible & (1 << (ALONE_SHIFT + k)) && ALONE_PATTERNS[k]!.test(text)) found |= ALONE_BIT[k]!;
  return found;
}

/** 1 for each cue family the text shows. */
export function cuesOf(text: string): Record<CueName, number> {
  return cuesFromMask(cueMask(text));
}

export function hasCue(name: CueName, text: string): boolean {
  return CUES[name].test(text);
}
