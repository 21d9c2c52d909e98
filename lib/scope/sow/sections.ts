// Where a SOW line starts a section, and which. Real SOWs title their sections in many ways:
// "5. Exclusions", "OUT OF SCOPE", "Services and deliverables", "Schedule A: Deliverables",
// "What Brightmoss will deliver.", or inline as "Not included: a; b; and c." on one line. Headings
// in German, French, Spanish, Dutch, Italian and Portuguese are the languages' own (lang/*.ts).
import { foreignHeadingLength, SECTION_WORDS, type Lang } from './lang';

export type SectionKind =
  | 'deliverables'
  | 'exclusions'
  | 'client' // client responsibilities, dependencies, inputs: neither deliverables nor exclusions
  | 'assumptions'
  | 'revisions'
  | 'timeline'
  | 'fees'
  // A later phase shown for planning only ("Phase 2 (indicative only – not contracted)"): neither
  // bought nor excluded, so no item is read from it.
  | 'indicative'
  | 'other';

// Checked in order: the first that matches the heading's words wins ("Assumptions and Client
// Dependencies" is assumptions; "Client responsibilities" is client).
const KINDS: [SectionKind, RegExp][] = [
  [
    'exclusions',
    /^(out$|out[- ]of[- ]scope( (services|items|work|deliverables|activities))?( for [\w ]{1,30})?|((general|other|specific|key|project|scope|further|additional) )?exclusions?|excludes|(quote|quotation|price|fee|estimate|package|offer) excludes?|(also |further |additionally |still )excluded|no longer (included|provided|covered|offered|in scope|part of [\w ]{1,30})( (in|from|under|for) [\w ]{1,30})?|((services?|items?|work|deliverables?) )?(discontinued|dropped|removed|withdrawn|retired)( (services?|items?|work|deliverables?))?( (in|from|for) [\w ]{1,30})?$|(services|items|work|deliverables) (not (included|covered|in scope|quoted|priced)|excluded)|(items )?not quoted|delimitation( of (services|scope|the services))?|what we (will not|won't) do|excluded( from [\w ]{1,30})?|not included( in [\w ]{1,30})?|not covered( by [\w ]{1,30})?|not (in|part of) (this|the|our) (sow|scope|statement of work|agreement|retainer|engagement|offer|proposal|quote|quotation|contract|project|study|phase|campaign|budget|price|fee|order|package|plan|renewal|programme|program|amendment|change order|estimate)|what('s| is)? not (included|covered)( [\w ]{1,30})?|what('s| is)? not in (it|this|scope|the (price|fee|package|quote|budget)|our (mission|scope|offer|quote|proposal|fee|retainer))$|what (isn't|aren't) (included|covered)|what (we|you) (haven't|have not|didn't|did not) (included|covered|quoted|priced)|(additional|extra|further|other) (services|work) (available )?(at|on|for) (an? |our )?(additional|extra|standard|hourly|day|agreed|separate) (rates?|cost|charge|fees?|quote)|(additional|extra|further|other|optional) (services|work) (are )?available (on|upon) request(,? (quoted|priced|charged|billed) separately)?$|(optional )?add-?ons?( services)?|optional (extras|services)|extras|not in scope|won't do|not in (the )?(backlog|mvp|release|sprints?)|(future|later|next) (phases?|releases?)$|outside (the |this )?scope|scope exclusions|items? not included|limitations( and exclusions)?|the fees? (do|does) not (include|cover)|(what )?(this|the (fee|sow|scope|quote|price|project|proposal|estimate)|(option|package|tier|plan) \w{1,3})( (fee|sow|scope|quote))? (does not|doesn't|will not|won't) (include|cover)|what('s| is) excluded|not incl\.?|won't( have)?( \(?this time\)?)?$|(the|these|our|all|both) (services|works?|deliverables|fees?|sow|scope|engagement|project|packages|plans|tiers|options) (excludes?|(do|does) not include)$|the following (items |services |activities )?(are|is|will be|shall be) (excluded|not included|out of scope)|outside (of )?scope|outside (the |this |our )?(retainer|agreement|engagement|contract|sow|package|subscription|fee|budget)|we (will not|won't|shall not|do not|don't) (do|provide|cover|include|deliver)\b|(the )?(client|customer|buyer|exhibitor|you)( will| shall| to| must)? (procure|purchase|buy|book|source|contract|pay for)( \w+){0,2} (separately|directly|themselves|itself|yourselves|yourself)$|(phase|stage|option|part) [\w.]{1,3}\b.{0,40}\b(optional|not included|excluded|out of scope|not part of))\b/,
  ],
  ['assumptions', /^(assumptions?|key assumptions|general assumptions|working assumptions)\b/],
  // A board's ideas not yet agreed ("Parking lot", "Icebox"): neither bought nor excluded.
  // "Options (tick if wanted)": what the client may still add, bought only where ticked (a box).
  [
    'indicative',
    /^(parking lot|parked( items| ideas)?|icebox|wish ?list|(future |later )?ideas( for later)?|options?( (we )?(quoted|offered|available))?)$/,
  ],
  [
    'client',
    /^((the )?(client|customer|authority|university|bank|firm|museum|council|company|your|buyer|purchaser|sponsor)('s)? (responsibilit|obligation|dependenc|inputs?|commitments?|will (provide|supply))|(client |customer )?(responsibilities|obligations|dependencies)|(the )?(client|customer) to (provide|supply)|(?!(agency|supplier|contractor|vendor|consultant|our|studio|team|project|general)\b)[\w&'’.-]+( [\w&'’.-]+)?('s)? (responsibilities|obligations)$|what (we need|you provide|you will provide|the client provides)|inputs( required)?|your (part|responsibilities|obligations|inputs)|what you('ll| will)? (do|provide|supply))/,
  ],
  [
    'revisions',
    /^(revisions?( and (approvals?|feedback|amends))?|amends|amendments|corrections?( rounds| loops)?|feedback( and revisions| rounds)?|review (rounds|process|procedure|cycles)|reviews?$|review and (corrections|revisions|amends|approvals?|feedback)|rounds of (revisions|amends|changes|corrections)|changes to the (design|work|deliverables))\b/,
  ],
  [
    'deliverables',
    // Not "Deliverable acceptance": how the client signs a deliverable off.
    /^(?!deliverables? acceptance)(in$|(every|each|per) (month|week|quarter)$|(one|once)-?off( items| deliverables| work)?$|((methodology|approach|methods?|scope|activities|tasks|work ?plan|services|timeline|timing)(,? (and|&) |, ))+(deliverables|outputs)$|(specification|description|details|list|summary) of (the )?(services|deliverables|works?)|services (covered|included)( (by|in|under) [\w ]{1,30})?|(the |our |agency |monthly |core |retainer )?(services|deliverables?|outputs)( and (deliverables|services|outputs|allowances|inclusions|quantities|volumes))?|((signed|agreed|contracted|approved|confirmed|final) )?scope( of (work|services|engagement|the engagement))?( and deliverables)?|project scope|statement of deliverables|((retainer|project|package|programme|program|scope|service|key|fee|proposal) )?inclusions|activities( and deliverables)?|in[- ]scope|((also|further|additionally|plus) )?included( services| work)?|((initial|product|sprint|release|mvp) )*backlog( items)?|what('s| is) (included|covered)|what you('ll| will)? (get|receive)|what we('ll| will) (do|deliver|provide|make|write|build|create|produce|design|shoot|film|run)|what .{1,40} will (deliver|do|provide|produce)|work (items|packages|breakdown)|line items|schedule [a-z0-9]{1,3}\b.{0,30}\bdeliverables|deliverables schedule|services to be provided|the work|(?!.*\bnot\b).{0,40}\b(covered|included) (by|in|under) (this|the|your|our) (retainer|agreement|engagement|contract|sow|package|subscription|fee|plan)|(must|should|could)( have)?$|[\w&'’.-]+( [\w&'’.-]+){0,3} (will|shall) (deliver|provide|produce)$)\b/,
  ],
  [
    'timeline',
    /^(timeline|timetable|time ?schedule|time ?plan|timing|timings|term( and (warranty|termination|timeline))?|schedule|dates|key dates|duration|milestones|(project|delivery|indicative) (timeline|schedule|dates|timetable|plan)|programme|calendar)\b/,
  ],
  [
    'fees',
    // Not "Estimate notes": a quote's notes (their exclusions are read as notes'), no fees section.
    /^(?!(estimate|quote|quotation|pricing)s? notes?$)(([\w-]+ ){0,2}(&|and) (fees?|pricing|costs?|budget)$|(production|project|our|your|shoot|event|total|estimated) (budget|costs?|fees?|pricing|investment)$|fees?( and (payment|invoicing|expenses|budget))?|budget|(monthly |retainer )?hours bank|retainer (fee|hours)|pricing|price|commercials?|commercial terms|capacity( (&|and) (commercials?|fees|pricing|budget))?|costs?|charges|((your|the|total|project) )?investment|payment( terms| schedule)?|estimate|rates?|remuneration|compensation|consideration|(indicative )?level of effort|(estimated )?effort( estimate)?)\b/,
  ],
  [
    'other',
    /^(definitions?|terms( and conditions)?|interpretation|objectives?|other( notes| terms| points)?$|miscellaneous|purpose|background|notes?|(estimate|quote|quotation|pricing)s? notes?|observations|remarks|how we work|overview|introduction|summary|(deliverables? )?acceptance( criteria)?|governance|change (control|requests?|management)|warranty|parties|general|confidentiality|project team|team|(key )?personnel|approach|methodology|reporting|action items?|next steps|to-?dos?|open (points|questions|items)|reason( for (the )?(amendment|change|variation|renewal))?|cancellation( (policy|terms|fees?))?|delivery( formats?| and handover)?$|communication|contacts?|signatures?|sign-?off|agreement|context|goal|goals|service levels?|slas?|support levels?|response times?|engagement model|(scrum |agile |sprint )?(ceremonies|cadence)|ways? of working)\b/,
  ],
];

const SECTION_NUMBER = new RegExp(
  `^(?:(section|clause|part|article|schedule|annex|appendix|exhibit|attachment|slide|${SECTION_WORDS})\\s+[\\dA-Z]{1,3}\\b(?:\\s*(?:\\/|of)\\s*\\d{1,3}\\b)?|§\\s*\\d{1,2})[.:)\\]\\s–—-]*`,
  'i',
);

/** The heading's words: numbering, "Section 3", "Schedule A:", markdown and a trailing colon removed. */
export function headingWords(line: string): string {
  return (
    line
      // Full-width digits and marks ("１．成果物") read as their ASCII forms.
      .normalize('NFKC')
      .trim()
      .replace(/^#{1,6}\s*/, '')
      .replace(/^\*\*(.*)\*\*$/, '$1')
      // "🚫 What's not included", "✅ What you get": an emoji or symbol before the words.
      .replace(/^[^\p{L}\p{N}(§]+/u, '')
      // "[Slide 5] Not in scope": a slide deck pasted as an outline numbers its slides so; "Section 2 -
      // Part A: Firm-Price Deliverables" numbers twice.
      .replace(SECTION_NUMBER, '')
      .replace(/^part\s+[\dA-Z]{1,2}\s*[.:)\]–—-]\s*/i, '')
      // "3.2", "(iv)", "B." and a schedule's "A.3".
      .replace(
        // "1- Services": numbered with a hyphen.
        /^(\(?\d{1,3}(\.\d{1,2})*[.)]?|\d{1,2}-|[A-Z]\.\d{1,2}(\.\d{1,2})*[.)]?|[A-Z]\d{1,2}[.)]|\(?(?:[IVX]{1,5}|[A-Z])[.)])\s+(?=[A-Za-zÀ-ÿ])/,
        '',
      )
      .replace(/^\d{1,2}[.)、]\s*(?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/u, '')
      .replace(/\s*\([^)]*\)\s*/g, ' ')
      .replace(/[\s:.?–—-]+$/, '')
      .trim()
      .toLowerCase()
      .replace(/[’]/g, "'")
  );
}

// Japanese and Chinese headings ("２．成果物", "４．対象外業務（本見積に含まれないもの）"): no word
// boundaries there, so the whole heading must be one of these words (and what qualifies it).
const CJK_KINDS: [SectionKind, RegExp][] = [
  ['exclusions', /^(?:対象外|適用範囲外|範囲外|含まれないもの|不含|不包括|范围外|範囲外業務|対象外業務|対象外の?作業)/],
  [
    'client',
    /^(?:貴社|お客様|甲)(?:に|の)?(?:ご準備|ご用意|準備|用意|ご提供|提供|ご支給|支給|責任)|^客户(?:责任|提供)/,
  ],
  ['revisions', /^(?:修正|修改)(?:対応|回数|について)?$/],
  ['deliverables', /^(?:成果物|納品物|納品物一覧|作業内容|業務内容|業務範囲|交付物|交付成果|工作范围|服务内容)$/],
  ['timeline', /^(?:スケジュール|日程|納期|期間|契約期間|工期|时间表|日程安排)$/],
  ['fees', /^(?:費用|お見積り?|見積|料金|お支払条件|支払条件|お支払い?条件|費用・お支払い|费用|报价|付款条件)$/],
  ['other', /^(?:業務概要|概要|目的|背景|備考|特記事項|以上|项目概述|备注)$/],
];

/** The section a heading's words open; `lang` adds the headings only that language's SOWs use. */
export function kindOf(words: string, lang: Lang = 'en'): SectionKind | null {
  for (const [kind, re] of KINDS) if (re.test(words) || foreignHeadingLength(words, kind, lang) > 0) return kind;
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(words))
    for (const [kind, re] of CJK_KINDS) if (re.test(words)) return kind;
  return null;
}

// A heading set in capitals ("ESTIMATED EFFORT AND FEES") is a heading whatever its words; they
// still say which section it opens.
const LOOSE: [SectionKind, RegExp][] = [
  ['exclusions', /\b(exclu|not included|not in|out of scope|outside|add-?ons?\b|optional|won't)/],
  ['client', /\b(responsibilit|obligation|dependenc|your part)/],
  ['assumptions', /\bassumption/],
  ['revisions', /\b(revision|amend|correction)/],
  ['fees', /\b(fee|budget|cost|pric|investment|effort|commercial|payment|charges)/],
  ['timeline', /\b(timeline|timetable|timing|schedule|dates|milestone|term)\b/],
  ['deliverables', /\b(deliverable|services|scope|what we)/],
];

const DOCUMENT_NAME = /\b(?:agreement|proposal|contract|statement of work|quotation|estimate|terms of reference)\b/;

function looseKindOf(words: string): SectionKind {
  for (const [kind, re] of LOOSE) if (re.test(words)) return kind;
  return 'other';
}

// Every letter a Latin capital: "KOL費用及產品試用成本" has no lower case either, but it is no heading.
const isCapitals = (line: string) => /^[A-Z]+$/.test(line.replace(/[^\p{L}]/gu, '')) && line.split(/\s+/).length <= 8;

/** How much of the heading's words the section pattern accounts for (0..1). */
function coverage(words: string, kind: SectionKind, lang: Lang): number {
  return matchedLength(words, kind, lang) / Math.max(words.length, 1);
}

/** How many of the heading's characters the section's words (English or the SOW's language) match. */
function matchedLength(words: string, kind: SectionKind, lang: Lang): number {
  const re = KINDS.find(([k]) => k === kind)![1];
  return Math.max(re.exec(words)?.[0].length ?? 0, foreignHeadingLength(words, kind, lang));
}

// A question as a heading ("How long will it take?", "What do we need from Ormsby?"): what it asks
// about says which section it opens; any other question still closes the section before it.
// "Deliverable: Stand concept", "Deliverable 1 — Product discovery": one item of a list, no section.
const SINGLE_ITEM_LABEL = /^(?:deliverable|service|output|item|work package)\s*(?:\d{1,2}\s*)?(?::|\s[—–-])\s*\S/i;
const WE_HEADING = /^(?:how|what|where|why|when|who)\s+(?:we|you)(?:['’](?:ll|re|ve|d))?\b[^.!?:;,]*$/i;
const QUESTION_HEADING = /^(?:how|what|what's|when|who|which|why|where|do|does|will|is|are|can)\b[^?]{0,70}\?$/i;
const QUESTION_KINDS: [SectionKind, RegExp][] = [
  // "What isn't included?" too.
  ['exclusions', /\b((not|n't) (included|covered|in scope|part of)|excluded|won't|will not|don't|not do)\b/],
  ['client', /\b(need from|you (provide|supply|do)|we need|your part|client provide)/],
  ['revisions', /\b(rounds?|revisions?|changes|amends|feedback|iterations?)\b/],
  ['fees', /\b(cost|price|fees?|budget|invest|pay|charge|rate|commercial)/],
  ['timeline', /\b(how long|when|timeline|take|dates?|schedule|start|finish)\b/],
  ['deliverables', /\b(deliver|get|include|included|do|provide|produce|make|build)\b/],
];

function questionKindOf(words: string): SectionKind {
  for (const [kind, re] of QUESTION_KINDS) if (re.test(words)) return kind;
  return 'other';
}

/** "C3. What is excluded from your offer?", "Q2 Describe the deliverables.": the section a questionnaire's question asks for. */
export function questionSectionOf(line: string): SectionKind {
  const words = headingWords(line.replace(/^\s*(?:q(?:uestion)?\s*)?[A-Z]{0,2}\d{1,2}(?:\.\d{1,2})*[.):]?\s+/i, ''));
  return kindOf(words) ?? questionKindOf(words);
}

const LATER_PHASE =
  /^(?:phase|stage|release|wave)\s+[\w.]{1,3}\s*(?:\(|[–—-]\s)\s*(?:separate|future|later|not (?:in|part of) (?:this|the))\b[^)]*\)?$/i;

// "PHASE 2 – ATTRIBUTION (INDICATIVE ONLY – NOT CONTRACTED)", "Stage 1 (contracted)": what a phase's
// brackets say of it. An indicative phase is shown for planning, neither bought nor excluded.
const PHASE_NOTE = /^(?:phase|stage|release|wave|option|part)\s+[\w.]{1,3}\b[^()]{0,60}\(([^()]{3,60})\)\s*$/i;
const INDICATIVE =
  /\b(?:indicative|not (?:yet )?(?:contracted|committed|signed|exercised|selected|chosen|taken up|ordered|purchased)|for (?:planning|information)(?: purposes)?(?: only)?|estimate only|to be confirmed|tbc)\b/i;
const CONTRACTED = /^(?:contracted|in scope|included|confirmed|committed|this sow|signed)$/i;

function phaseNoteOf(line: string): SectionKind | null {
  const note = PHASE_NOTE.exec(line)?.[1]?.trim();
  if (!note) return null;
  return INDICATIVE.test(note) ? 'indicative' : CONTRACTED.test(note) ? 'deliverables' : null;
}

// "Changes from Year 1: no longer included", "Differences vs 2025 - added": what changed, then how.
const CHANGES_HEADING =
  /^(?:changes|differences|updates|what(?:'s| has) changed)\b[^:]{0,40}(?::|\s[–—-])\s+([^:]{3,40})$/;

const PAREN_EXCLUDED =
  /\((?:[^()]*\b)?(?:not (?:ours|included|covered|in (?:our|this|the) (?:fee|scope|quote|price|sow))|excluded|paid (?:directly )?by (?:the )?(?:client|customer|you))\b[^()]*\)\s*:?\s*$/i;

/** "No incluye / Not included", "Alcance / Scope": a bilingual heading is read by the side its words name. */
function oneSide(words: string, lang: Lang): string {
  return bilingualSides(words).find((side) => kindOf(side, lang)) ?? words;
}

/** "no incluye / not included" -> its two sides; any other label -> none. */
function bilingualSides(words: string): string[] {
  const sides = words.split(' / ');
  return sides.length === 2 ? sides : [];
}

/** A line that is only a section heading (short, no sentence after it). */
export function headingOf(line: string, lang: Lang = 'en'): SectionKind | null {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 90 || trimmed.includes('|') || trimmed.includes('\t')) return null;
  const words = oneSide(headingWords(trimmed), lang);
  const count = words.split(/\s+/).length;
  if (!words || count > 9) return null;
  // "Deliverable: Stand concept" names one item of a list of records, it opens no section.
  if (SINGLE_ITEM_LABEL.test(trimmed)) return null;
  // "D. Changes from Year 1: no longer included": a renewal's changes, headed by what they are.
  const change = words.includes(':') || words.includes(' ') ? CHANGES_HEADING.exec(words)?.[1] : undefined;
  if (change) {
    const kind = kindOf(change, lang);
    if (kind === 'exclusions' || kind === 'deliverables') return kind;
  }
  // "Not included: photography, website": a heading and its list on one line (inlineHeadingOf), not a
  // heading alone whose words would be lost.
  if (/^[^:]{2,60}:\s+\S/.test(trimmed) && inlineHeadingOf(trimmed, lang)) return null;
  // "Third-party costs (not ours):": what its brackets say of the list puts it out of scope.
  if (
    trimmed.includes(')') &&
    PAREN_EXCLUDED.test(trimmed) &&
    !/\d/.test(words) &&
    !/\b(?:vat|gst|hst|tax)\b/i.test(trimmed) &&
    !/^[-•*・▪●]/.test(trimmed) &&
    (kindOf(words, lang) ?? 'other') === 'other' &&
    !/[.!?]$/.test(trimmed)
  )
    return 'exclusions';
  // "Options we quoted (not taken up)", "Drone package (not selected)": offered, neither bought nor excluded.
  if (
    /\((?:[^()]*;\s*)?not (?:taken up|selected|chosen|exercised|ordered|purchased)[^()]*\)\s*:?$/i.test(trimmed) &&
    count <= 6
  )
    return 'indicative';
  // "▼ Phase 2 (separate SOW)": a board's group of work left for later, out of this scope.
  if (LATER_PHASE.test(trimmed.replace(/^[^\p{L}]+/u, ''))) return 'exclusions';
  const phase = phaseNoteOf(
    trimmed
      .replace(/^[^\p{L}]+/u, '')
      .replace(/^\d{1,2}(?:\.\d{1,2})*[.)]?\s+/, '')
      // "Section 4 - Part C: Optional Items (not exercised at award)".
      .replace(/^section\s+\d{1,2}\s*[-–—:]\s*/i, ''),
  );
  if (phase) return phase;
  // Not "is included, month by month if possible?": a wrapped line of a sentence starts in lower case.
  const asked = trimmed.replace(/^[^\p{L}]+/u, '');
  if (QUESTION_HEADING.test(asked) && !/^\p{Ll}/u.test(asked)) return kindOf(words) ?? questionKindOf(words);
  // "How we'll get the material", "Where we are": a question's words as a heading, without its mark.
  if (WE_HEADING.test(trimmed) && count <= 7) return kindOf(words) ?? questionKindOf(words);
  if (isCapitals(trimmed) && !/[.!?]$/.test(trimmed) && /[A-Z]{2}/.test(trimmed))
    // "PODCAST PRODUCTION AGREEMENT & SCOPE OF SERVICES" under a letterhead titles the document.
    return kindOf(words, lang) ?? (DOCUMENT_NAME.test(words) && count >= 3 ? null : looseKindOf(words));
  const kind = kindOf(words, lang);
  if (!kind) return null;
  // "Excludes influencer fees" is an exclusion, one line of a list; "Excludes" alone heads one.
  if (/^(excludes|excluding)\s+\S/.test(words)) return null;
  // "5.1 Commercial and industrial bills." is a list item that starts with a section word; "Fees."
  // and "4. Assumptions and Client Dependencies" are headings.
  const sentence =
    /\.$/.test(trimmed) && !/^(fees|budget|term|timeline|revisions|exclusions|deliverables)\.$/i.test(words + '.');
  const subNumbered = /^\s*\(?\d{1,2}\.\d/.test(trimmed) || /^\s*(\(?[a-z]\)|[-•*])\s/.test(trimmed);
  const c = coverage(words, kind, lang);
  if ((sentence || subNumbered) && c < 0.6) return null;
  // "2.6 Reporting" is a numbered deliverable, not the start of an 'other' section.
  if (subNumbered && kind === 'other') return null;
  if (c < 0.3 && count > 5) return null;
  return kind;
}

/**
 * "Not included: a; b; and c." / "Fees. 600 hours at ..." / "Out of scope - x, y": a heading and
 * its first content on one line. Returns the section and the rest of the line.
 */
export function inlineHeadingOf(line: string, lang: Lang = 'en'): { kind: SectionKind; rest: string } | null {
  // "Hors périmètre : a ; b": a heading's letters may be any language's.
  const m =
    /^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(\p{L}[\p{L}'’ &/-]{1,60}?)\s*(?:\([^)]{0,60}\))?\s*(?:[:.]|\s[–—-])\s+(\S.*)$/u.exec(
      line,
    );
  if (!m) return null;
  // "2.5 Reporting: a monthly report" and "- Testing: ..." are list items, not inline headings;
  // "3.9 Exclusions: a; b; c" still opens the exclusions.
  const subItem = /^\s*(\(?\d{1,2}\.\d|[-•*–]\s|\(?[a-z]\)\s)/.test(line);
  if (SINGLE_ITEM_LABEL.test(line.trim())) return null;
  // "No incluye / Not included: a, b": either side of a bilingual label may be the one that reads.
  const label = headingWords(m[1] ?? '');
  for (const words of [label, ...bilingualSides(label)]) {
    const kind = labelKind(words, line, subItem, lang);
    if (kind) return { kind, rest: (m[2] ?? '').trim() };
  }
  return null;
}

/** The section a label opens when the whole label is a heading's words, or null. */
function labelKind(words: string, line: string, subItem: boolean, lang: Lang): SectionKind | null {
  if (words.split(/\s+/).length > 7) return null;
  const kind = kindOf(words, lang);
  if (subItem && kind !== 'exclusions' && kind !== 'assumptions' && kind !== 'client') return null;
  if (!kind || (kind === 'other' && /^\s*\d/.test(line))) return null;
  // The whole label must be the heading: "Scope of work includes..." is a sentence, not a label.
  // The pattern may end inside a word ("client responsibilit"): the label's word counts whole.
  const stem = words.slice(0, matchedLength(words, kind, lang));
  const matched = stem + (/^\w*/.exec(words.slice(stem.length))?.[0] ?? '');
  return matched.length < words.length - 2 ? null : kind;
}
