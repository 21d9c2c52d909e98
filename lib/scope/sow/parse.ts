// SOW text -> structured scope. Sections are found by their headings (any numbering, with or
// without colons, inline "Not included: a; b."), items by their form (tables, lists, inline lists,
// prose), and the figures (rounds, hours, rate, currency, dates) where the SOW states them.
// Client responsibilities and assumptions are kept apart: they are neither deliverables nor
// exclusions. Every item keeps the offsets of the text it came from, for the review screen.
import { emptyScope } from '../empty';
import type { ProjectScope } from '../types';
import { amendmentsOf, clauseAt, replacedLabelled, type Amendments } from './amendments';
import { figuresInEnglish } from './cjk';
import { agencyDoesIn, EXCLUDING, EXCLUDING_RE, languageOf, type Lang } from './lang';
import { inEnglish } from './lang/restate';
import { termOf } from './dates';
import {
  extractItems,
  LABEL_LINE,
  labelledItems,
  markerOf,
  NOT_RESPONSIBLE_FOR,
  SENTENCE_END,
  titleAndDescription,
  titledByWork,
  type RawItem,
  type SourceLine,
} from './items';
import { budgetHoursOf, currencyOf, hourlyRateOf, statedTotalHoursOf } from './money';
import { quantityOf } from './quantity';
import { spelledOutAsDigits } from './numbers';
import { ROUNDS_OF_WORK, revisionRoundsOf } from './rounds';
import { type SectionKind } from './sections';
import { cleanPaste, isChatExport } from './paste';
import {
  ACTION_HEADING,
  APPROACH_HEADING,
  FEE_SENTENCE,
  isMetaLabel,
  PREFERRED_DELIVERABLE_HEADING,
  ROUNDS_SENTENCE,
  sectionsOf,
  type Section,
} from './split';
import { addedByReply, droppedNumbers, listNumberAt } from './replies';
import { acceptChanges } from './tracked';
import { rowCells, TICKED, UNTICKED } from './tables';

export interface ParsedItem {
  kind: 'deliverable' | 'exclusion';
  id: string;
  title: string;
  description: string;
  quantity: number | null;
  /** Offsets into the SOW text of the words the item was read from. */
  source: { start: number; end: number };
}

export interface ParsedSow {
  scope: ProjectScope;
  items: ParsedItem[];
  /** Sentences of the client-responsibility and assumption sections, shown apart in the review. */
  notes: { kind: 'client' | 'assumptions'; text: string; start: number }[];
}

const MAX_CHARS = 200_000;

// Lines in a deliverables list that state terms, not work: rounds, fees, hours, the client's part.
const NOT_A_DELIVERABLE = new RegExp(
  String.raw`^(?:(?:up to |a maximum of )?\w+(?:\s*\(\d+\))?\s+(?:(?:consolidated|review|revision|correction|feedback)\s+)?(?:rounds?|cycles?) of\b(?!\s*${ROUNDS_OF_WORK.source})|(?:all )?(?:fees?|prices?|rates?|invoic\w+|payment)\b|\d[\d,.]*\s*(?:hours|h)\s*(?:at|[x\u00d7@])|(?:the )?(?:client|customer) (?:will|shall|to|must|is responsible|supplies|provides)|assum)`,
  'i',
);

// A document's furniture read as a line of its list: a slide or page label, a deck's speaker-notes
// heading, an acceptance or signature line, a tax line, a fee line, a company's name and address.
const DOCUMENT_FURNITURE =
  /^(?:(?:slide|page)\s*\d+(?:\s*(?:of|\/)\s*\d+)?[.:]?|speaker notes?:?|(?:accepted|approved|signed|agreed)(?: and \w+)? (?:by|for)\b.*|(?:[\w ]{1,20}:\s*_{3,}\s*)+|prepared (?:for|by)\b.*|(?:gst|vat|tax|sales tax|iva|mwst|tva)\s*(?:\(\s*\d+(?:[.,]\d+)?\s*%\s*\))?[:\s\d.,$€£%]*|(?:monthly|annual|weekly|one-off|fixed|total|project) (?:fees?|price|cost)(?:\s*\([^)]*\))?(?:[\s:|—–-]|[a-z]{1,3}\b|[$€£¥₹]|[\d.,])*)$/i;
// A company's name (capitalised words and a legal form), maybe with its address: a letterhead line.
const COMPANY_LINE =
  /^(?:(?:\p{Lu}[\p{L}.'-]*|&)\s){1,6}\(?(?:Pty\)? Ltd|Ltd|LTD|LLC|LLP|Pvt\.? Ltd|Inc|GmbH|AB|PLC|plc|S\.A\.|B\.V\.|Oy|ApS)\.?(?:\s*[·|,—–].*)?$/u;
// "14 Harbour St. | Company No. 5158830", "+44 20 7946 0000 | hello@studio.co.uk": a letterhead's contact row.
// Each part short, one of them a number, an address or a phone (an item's "routed to privacy@..." is prose).
const CONTACT_PART =
  /^(?:(?:company|reg(?:istration)?|vat|tax|abn|acn|cvr|kvk|org)\.?\s?(?:no|number|id|nr)\b.*|(?:nip|krs|regon|y-tunnus|nif|uid)\b.*|[\w.+-]+@[\w-]+\.[\w.]+|\+\d[\d\s()-]{6,}|\(?\d{2,4}\)?[\s-]\d{3,4}[\s-]\d{3,4})$/i;
// "ul. Piotrkowska 112, 90-006 Łódź", "Rua de Cedofeita, 455 – 4050-181 Porto": a street, its number
// and a postcode before the town, the letterhead's address (a street word opens it).
// "1100 Superior Ave E, Cleveland, OH 44114", "88 Brunswick Street, Fortitude Valley QLD 4006": a
// number, a street and a postcode or state code after it.
const STREET_ADDRESS =
  /^\d{1,5}[A-Za-z]?\s+(?:[\p{L}.'-]+\s){0,4}(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|pl|place|ct|court|pkwy|parkway|hwy|highway|sq|square|terrace|crescent|tce)\.?(?:\s+[NSEW]{1,2})?\b[^|\t]{0,60}(?:\b[A-Z]{2,3}\s+\d{4,5}\b|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)[^|\t]{0,20}$/iu;
// "Jasmine Tan, Head of Digital Products", "Marcus Lim, Director": a signatory and their role (not
// "Brand Guidelines, Head office signage": the role ends the line or names what it heads).
const SIGNATORY =
  /^\p{Lu}[\p{L}.'-]+(?: \p{Lu}[\p{L}.'-]+){1,3},\s+(?:[\p{L}&-]+ ){0,4}(?:head|director|manager|controller|officer|lead|ceo|cfo|coo|cmo|cto|founder|co-founder|partner|president|vp|coordinator|producer|owner)(?:\s+(?:of|for)\s+[\p{L}&' -]{2,40})?(?:\s+—\s.*)?$/iu;
const ADDRESS =
  /^(?:ul\.|al\.|rua|av\.|avenida|rue|via|calle|carrer|[\p{L}-]*(?:straße|strasse|gasse|gatan|vägen|gade|vej|katu))\s[^|\t]{0,40}?\d[^|\t]{0,12}?(?:[,–—-]\s*)(?:[A-Z]{1,2}-)?\d{2,5}(?:-\d{3})?\s+\p{Lu}[\p{L}]+(?:\s\p{Lu}[\p{L}]+)?$/u;
const isContactRow = (text: string): boolean => {
  const parts = text.split(/\s*(?:[|\t·•]|\s[—–]\s(?!\d{4}-\d{3}\s))\s*/).filter(Boolean);
  return parts.some((p) => CONTACT_PART.test(p) || ADDRESS.test(p)) && parts.every((p) => p.split(/\s+/).length <= 6);
};
// "株式会社スタジオ燈 SA-2026-014": a Japanese company's name (and a document number), a running header.
const COMPANY_LINE_JA = /^(?:株式会社|有限会社|合同会社)\S{1,20}(?:\s+\S{1,30})?$/u;
const isFurniture = (text: string): boolean =>
  DOCUMENT_FURNITURE.test(text.trim()) ||
  COMPANY_LINE.test(text.trim()) ||
  COMPANY_LINE_JA.test(text.trim()) ||
  ADDRESS.test(text.trim()) ||
  STREET_ADDRESS.test(text.trim()) ||
  SIGNATORY.test(text.trim()) ||
  isContactRow(text);

// "Anything not listed above is out of scope and will be quoted separately": the scope's edge, not work.
// "Anything beyond ten we'll raise with you first": change control, no item either.
const CATCH_ALL =
  /^(?:the )?(?:items?|costs?|services?|work) (?:under|in|listed (?:in|under)) (?:sections? |clauses? |points? |items? )?\d{1,2}\b|^anything (?:beyond|above|over|more than)\b|^(?:anything|everything|any (?:other )?(?:work|services?|requests?|items?|deliverables?|tasks?))\b[^.]{0,60}\b(?:not (?:\w+ )?(?:listed|included|specified|described|mentioned)|outside|out of scope)/i;

// "Client: Great Lakes Manufacturing Alliance", "Date: 16 March 2026 | Version 2": who and when, about
// the document, under a title that reads as a heading ("... AGREEMENT & SCOPE OF SERVICES").
const DOCUMENT_META =
  /^(?:client|customer|agency|supplier|vendor|contractor|consultant|date|dated|prepared (?:for|by)|contact|ref(?:erence)?|attn|attention|subject|version|issued|effective(?: date)?|agreement date)\.?\s*:\s*\S/i;

// "Tuatara will provide the Services described in Schedule 1": a pointer to the list, no item of it.
const POINTER =
  /^[^.;:]{0,60}\b(?:services|deliverables|work|scope)\s+(?:(?:as )?(?:described|set out|listed|specified|detailed|defined)\s+in|in accordance with)\s+(?:the\s+)?(?:schedule|appendix|annex|exhibit|attachment|section|clause|part)\s+[\dA-Z]{1,3}\b[^;]{0,40}$/i;

// "We'll quote it if it comes up", "These can be quoted separately": what happens to excluded work, not an exclusion.
// So is change control: "Requests outside this scope will be estimated and must be approved ...",
// "any of these would require a separate proposal".
const QUOTE_OFFER =
  /^(?:(?:we(?:'ll|’ll| will| can| would| are happy to|'d| ’d)|(?:these|this|they|it|such (?:work|items?|requests?)) (?:can|will|would|may) be) (?:gladly |happily )?(?:quote|price|estimate|cost)d?\b|(?:any of (?:these|this|them)|(?:any )?requests? outside (?:this|the) scope|(?:such|additional|further|other) (?:work|requests?|changes?))\b.{0,60}?\b(?:would|will|shall|must|can|may) (?:require|need|be (?:estimated|quoted|priced|charged|billed|agreed)))/i;

// "Subtotal   $19,050.00" under a quote's add-ons: a sum, not an item.
const TOTAL_LINE =
  /^(?:sub-?total|total|discount|tax|vat|gst|hst)\b[\s:]*(?:[A-Z]{1,3}\s?[$€£¥]?|[$€£¥])?\s?[\d.,]+\s*$/i;

// Lines after "Not included: ..." that state terms: "50% deposit on acceptance", "Payment by bank
// transfer", "Hosting fees are paid by you directly", "Vendor to submit a service entry sheet",
// "Quote the PO number on all invoices".
const PAYMENT_TERM =
  /^(?:\d{1,3}\s?%\s+)?(?:deposit|balance|instal?ments?|final payment|retention)\b|^payments? (?:by|on|of|due|terms|within|is|are|via|against|in)\b|^(?:the )?(?:vendor|supplier|contractor|agency|consultant|studio)\s+(?:to|shall|must)\s|^[^;]{0,60}\b(?:fees?|costs?|licen[cs]es?|subscriptions?|(?:media|ad|advertising) (?:spend|budget))\b[^;]{0,60}\b(?:are|is) paid (?:directly )?by (?:you|(?:the )?client|(?:the )?customer)\b[^;]*$|\b(?:on|with) (?:all |each |every )?invoices?\b/i;

const PAID_BY = /\b(?:is|are) paid (?:directly )?(?:by|to)\b/i;
const UNTICKED_ARE_OUT = /\b(?:unticked|un-ticked|not ticked|unchecked|not (?:selected|purchased|checked|ordered))\b/i;
// A price on an option's line: "— $2,100", ": $1,200/month", "R220 per image".
const PRICED =
  /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|NZD|ZAR|SEK|NOK|DKK|CHF)\s?|\bR\s?)\d|\b(?:agency|day|hourly) rates?\b|\bat cost\b|\bon request\b|\bPOA\b/;

const RULED_OUT_ROW = /^[^—]{1,80} — (?:not required|not included|excluded|out of scope|won['’]t do)\b/i;

const SUMMARY_HEADING = /\b(summary|at a glance|rate card)\b/;

function pick(sections: Section[], kind: SectionKind): Section[] {
  let all = sections.filter((s) => s.kind === kind);
  if (kind !== 'deliverables') return all;
  // "1. Scope. We will provide the services selected above ...": a contract clause's prose beside
  // the list it points to.
  if (all.some((s) => !s.numbered && s.lines.length > 0)) all = all.filter((s) => !s.numbered);
  // A "Deliverables summary" table restates the scope above it in fewer words: the scope wins.
  const full = all.filter((s) => !SUMMARY_HEADING.test(s.heading) && s.lines.length > 0);
  const of = full.length ? full : all;
  // "Services" overviews beside a "Deliverables" list would double every item: the list wins. An
  // option ticked on an order form ("[x] Bumper ads — selected") is bought beside any list, and is
  // no list that wins over "What we'll make".
  const preferred = of.filter((s) => PREFERRED_DELIVERABLE_HEADING.test(s.heading) && s.lines.length > 0);
  return preferred.some((s) => !s.box) ? preferred : of;
}

// "Programme" / "Calendar" heads a schedule, unless its list names work with no date or week in it:
// a training programme's "1) Needs assessment – ...", "2) Workshops – ..." are the deliverables.
const WHEN =
  /\b(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|weeks?\s+\d|months?\s+\d|days?\s+\d|(?:mon|tues|wednes|thurs|fri)day|q[1-4]\b|\d{4}-\d{2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}|by\s+(?:the\s+)?end\b|kick-?off\b|deadline)/i;
function undatedList(s: Section): boolean {
  if (s.kind !== 'timeline') return false;
  const marked = s.lines.filter((l) => markerOf(l.text) !== null);
  return marked.length >= 3 && marked.length >= s.lines.length - 1 && !s.lines.some((l) => WHEN.test(l.text));
}

function itemsOf(sections: Section[], kind: 'deliverable' | 'exclusion', lang: Lang): RawItem[] {
  return sections.flatMap((s) => extractItems(s.lines, kind, true, lang));
}

const ENGLISH_EXCLUSION_CUE = new RegExp(
  String.raw`\b(?:we (?:will|shall|do) not|we won't|I (?:do not|don't|don\u2019t|will not|won't|won\u2019t) (?:do|include|cover|provide|offer)|(?:agency|studio|supplier|consultant|vendor) (?:will|shall|does) not|we (?:do not|don't|don\u2019t) (?:do|provide|offer|cover|include|build|place|manage|handle|write|design|run|produce|supply)|not included|excluded|excludes|excluding(?! (?:vat|gst|hst|tax|consumption tax|iva|mwst|expenses|travel))|removed from (?:the )?scope|(?:do|does) not form part of|${NOT_RESPONSIBLE_FOR}|(?:is|are)(?:n't|n\u2019t| not) (?:in|part of|covered by|included in) (?:the|this|our) (?:retainer|scope|fee|price|package|quote|sow|agreement)|(?:does not|doesn't|doesn\u2019t) (?:include|cover)|(?:do not|don't|don\u2019t) (?:include|cover)|(?:will not|won't|won\u2019t) (?:include|cover|provide|publish|deliver)|out of scope|outside (?:the|this) (?:scope|engagement|sow|agreement|retainer)|(?:is|are) (?:also |likewise )?not part of)\b`,
  'i',
);
// "Nicht enthalten sind ...", "sont exclus", "restano esclusi": the other languages' words (lang/*.ts).
const EXCLUSION_CUE = { test: (t: string) => ENGLISH_EXCLUSION_CUE.test(t) || EXCLUDING_RE.test(t) };
// "Excludes hair & make-up, props over NZ$200, ...": a sentence that opens by excluding is an exclusion, prices and all.
const EXCLUSION_FIRST = new RegExp(
  `^[^\\p{L}\\p{N}]*(?:(?:excludes|excluding|not included|out of scope|we (?:will not|won't|do not|don't))\\b|${EXCLUDING})`,
  'iu',
);
const CLIENT_MAY = /\bmay (?:request|return|ask for|submit|have|receive)\b/i;
/** Its first sentence gives the client rounds ("Dyffryn may request two rounds of changes ..."). */
function clientMayRequestRounds(text: string): boolean {
  const first = text.split(SENTENCE_END)[0] ?? '';
  return ROUNDS_SENTENCE.test(first) && CLIENT_MAY.test(first);
}
const NOT_RESPONSIBLE =
  /\b(?:is|are|shall be|will be) not (?:responsible|liable) (?:under (?:this|the) [\w ]{2,20}? )?for\b/i;
// "X will configure ...", "dashboards will be built": work the agency does. The client's part
// ("will pay", "will give access") and billing ("will be invoiced") are not deliverables.
const AGENCY_WILL =
  /(?:\b(?:will|shall)|(?<=\bwe)['’]ll)\s+(?:also\s+|then\s+|first\s+)?(?:be\s+(?:built|designed|produced|delivered|created|written|configured|set up|developed|provided|run|made|drafted|prepared|recorded|edited|translated|supplied|held)\b|(?!be\b|pay|give|grant|purchase|nominate|appoint|approve|review|sign|countersign|need|serve|remain|retain|own|bear|reimburse|invoice|bill|charge|not\b)[a-z]+\b)/i;
// Present tense and passive: "Terrain & Chiffres delivers the data tables", "results are presented".
// First person too, as proposals write it: "after which we deliver a positioning document", and a
// phase that "closes with brand guidelines".
const AGENCY_DOES =
  /\b(?:covers|includes) up to \d|\bwe (?:deliver|present|design|produce|create|write|build|develop|provide|prepare|run|conduct|supply|set up|hand over|shoot|film|record|edit|translate|configure|implement|migrate|audit|plan|manage|host|facilitate|install|launch)\b|\b(?:opens|closes|ends|starts|concludes|kicks off) with\b|\b(?:delivers|provides|produces|creates|designs|builds|writes|conducts|prepares|supplies|presents|develops|hands over|sets up)\b|\b(?:is|are) (?:delivered|presented|provided|produced|written|designed|built|recorded|edited|run|held)\b/i;
// "Work will begin on 2 March and our engagement ends with the opening": the term, not work.
// ("We will begin with a discovery audit" is work: only a start on a date is the term.)
const WORK_STARTS =
  /\b(?:will (?:begin|start|commence)|begins|starts|commences) (?:on|from) (?:the )?(?:\d|(?:mon|tues|wednes|thurs|fri)day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)/i;
const CLIENT_PART =
  /\b(?:will|shall)\s+(?:pay|give|grant|purchase|nominate|approve|provide (?:access|us)|supply (?:all|the)? ?(?:copy|content|images|assets|data))\b/i;

/** A prose line's sentences, each as a line of its own (offsets kept). */
function sentencesOf(line: SourceLine): SourceLine[] {
  const out: SourceLine[] = [];
  let cursor = 0;
  for (const sentence of line.text.split(SENTENCE_END)) {
    const at = line.text.indexOf(sentence, cursor);
    cursor = at + sentence.length;
    out.push({ text: sentence, start: line.start + at, afterBlank: true });
  }
  return out;
}

const FALLBACK_KINDS: Section['kind'][] = ['intro', 'other', 'deliverables'];
/** Exclusions are often stated among the assumptions ("For clarity, the following sit outside ..."). */
const EXCLUSION_FALLBACK_KINDS: Section['kind'][] = [...FALLBACK_KINDS, 'assumptions', 'client'];

/** Sentences of the deliverables that open by excluding ("Excluded: a, b and c."), each as a line. */
function excludedWithin(sections: Section[]): SourceLine[] {
  return sections
    .flatMap((s) => s.lines)
    .flatMap((l) => sentencesOf(l).slice(1))
    .filter((s) => INLINE_EXCLUDED.test(s.text));
}
// "<thing> are not included in this licence": a subject the sentence rules out (no "we", no "it").
// So is a renewal's "- The monthly livestream is removed from scope".
const SUBJECT_EXCLUDED =
  /^(?:[-•*–]\s+)?(?!(?:this|it|that|these|they|we|you|if|when|where|unless|should|any|all|the (?:fee|price|quote|sow|proposal|estimate))\b)[A-Z][^;:.]{2,80}?\s(?:(?:is|are) (?:also |likewise |now )?(?:not included|excluded|not part of|out of scope|removed from (?:the )?scope|dropped from (?:the )?scope|no longer (?:included|provided|in scope))|(?:do|does) not form part of)\b/;
const NOTES_HEADING =
  /^(?:notes?|remarks?|footnotes?|observa(?:ciones|tions?|ções)|anmerkungen|hinweise|remarques|terms (?:&|and) notes|other(?: notes| terms)?|(?:general |booking )?conditions(?: of (?:booking|sale|order|engagement|business))?)$/;
const INLINE_EXCLUDED = new RegExp(
  `^(?:(?:excluded|not included|excludes|excluding)\\s*:|(?:\\p{L}+\\s+)?${EXCLUDING}(?:\\s+\\p{L}+)?\\s*:)`,
  'iu',
);

/** No section said "deliverables" or "exclusions": read them from the prose of the whole SOW. */
function fallbackLines(
  sections: Section[],
  test: { test(t: string): boolean },
  kinds: Section['kind'][] = FALLBACK_KINDS,
): SourceLine[] {
  return sections
    .filter((s) => kinds.includes(s.kind))
    .flatMap((s) => s.lines)
    .filter((l) => test.test(l.text));
}

/**
 * A rate card's box lines ("[x] Shoot day on location — R14 500 per day") price items, not the
 * hours of the work: a rate is read from the rest of the text when several priced boxes stand there.
 */
function withoutPriceList(text: string): string {
  const lines = text.split('\n');
  const priced = (l: string) => (TICKED.test(l) || UNTICKED.test(l)) && PRICED.test(l);
  return lines.filter(priced).length >= 3 ? lines.filter((l) => !priced(l)).join('\n') : text;
}

const FEES_LABEL = /^(?:fees?|price|pricing|budget)\s*:/i;

/**
 * "Total hours (Jul-Sep),Lerato M.,Done,,180,...": a board's fee rows name the figure in the first cell
 * and state it in a later one. Each such row is restated after the text as "Total hours: 180", as a
 * fee section writes it.
 */
function withRowLabels(text: string): string {
  const labelled = text.split('\n').flatMap((line) => {
    const cells = rowCells(line)?.filter((c) => c.text);
    if (!cells || cells.length < 2 || /\d/.test(cells[0]!.text)) return [];
    const value = cells.slice(1).find((c) => /\d/.test(c.text) && !/^\d{4}-\d{2}-\d{2}/.test(c.text));
    const label = cells[0]!.text.replace(/\s*\([^)]*\)/g, '').trim();
    return value && label ? [`${label}: ${value.text}`] : [];
  });
  return labelled.length ? `${text}\n${labelled.join('\n')}` : text;
}
const TERM_LABEL = /^(?:term|timeline|duration|period)\s*:/i;

/** The items as the addendum leaves them: deleted clauses gone, replaced ones rewritten, new ones added. */
function amended(text: string, a: Amendments, deliverables: RawItem[], exclusions: RawItem[]): [RawItem[], RawItem[]] {
  const rewrite = (list: RawItem[]) =>
    list.flatMap((x) => {
      const clause = clauseAt(text, x.start);
      if (!clause) return [x];
      if (a.deleted.has(clause)) return [];
      const replaced = a.replaced.get(clause);
      let item = replaced ? rawItem(replaced.text, replaced.at) : x;
      for (const p of a.phrases.filter((p) => p.clause === clause))
        item = {
          ...item,
          title: item.title.replace(p.from, p.to),
          description: item.description.replace(p.from, p.to),
        };
      return [item];
    });
  const out: [RawItem[], RawItem[]] = [rewrite(deliverables), rewrite(exclusions)];
  for (const ins of a.inserted) {
    // "A new Clause 3.6": the list its siblings 3.1 ... 3.5 are in.
    const parent = ins.clause.replace(/\.?\d+$/, '');
    const sibling = (x: RawItem) => clauseAt(text, x.start)?.startsWith(`${parent}.`) ?? false;
    const list = deliverables.some(sibling) ? out[0] : exclusions.some(sibling) ? out[1] : null;
    list?.push(rawItem(ins.text, ins.at));
  }
  return out;
}

function rawItem(text: string, at: number): RawItem {
  const clean = text.replace(/[.;]\s*$/, '');
  return { ...titleAndDescription(clean), quantity: quantityOf(clean), start: at, end: at + clean.length };
}

export function parseSowDetailed(input: string): ParsedSow {
  const scope = emptyScope();
  if (typeof input !== 'string' || !input.trim()) return { scope, items: [], notes: [] };
  const accepted = acceptChanges(input.slice(0, MAX_CHARS).replace(/\r\n?/g, '\n'));
  const { sourceOf } = accepted;
  const text = cleanPaste(accepted.text);
  // An addendum amends the SOW above it by clause: its own lines are no sections of the scope.
  const amendments = amendmentsOf(text);
  // German, French, Spanish, Dutch, Italian or Portuguese: the words that SOW's headings, lists and
  // figures are read in besides English.
  const lang = languageOf(text);
  const sections = sectionsOf(
    amendments ? text.slice(0, amendments.at) + text.slice(amendments.at).replace(/[^\n]/g, ' ') : text,
    lang,
    isChatExport(accepted.text),
  );
  let deliverables = itemsOf(pick(sections, 'deliverables'), 'deliverable', lang);
  if (deliverables.length === 0) {
    // A table or list with no "Deliverables" heading above it (under the title, a "Goal:" line ...).
    // Not the sign-off: "Marco Silva | Producer | Parallax Atelier" is a signature, not a table.
    // A priced table of line items ("Name | Description | Price | QTY | Subtotal") under "Pricing" is
    // the scope too, when nothing else is (a rate card's rows are roles: readTable skips those).
    const priced = (s: Section) => s.kind === 'fees' && s.lines.filter((l) => /[|\t]/.test(l.text)).length >= 2;
    const loose = sections.filter(
      (s) =>
        (s.kind === 'intro' || s.kind === 'other' || priced(s) || undatedList(s)) &&
        s.heading !== 'sign-off' &&
        !ACTION_HEADING.test(s.heading),
    );
    // A deck's "Approach" with its numbered steps, under no "Deliverables": the steps are the work,
    // not the bullets of "What we heard" beside them.
    const steps = loose.filter(
      (s) => APPROACH_HEADING.test(s.heading) && s.lines.filter((l) => markerOf(l.text)).length >= 3,
    );
    deliverables = (steps.length ? steps : loose).flatMap((s) =>
      extractItems(
        // Not "Goal: ..." or "Agency: ..." lines; but "1. Discovery and sitemap: ..." is a numbered
        // item, and so is "Booth design: One modular island booth ..." (a label that names work).
        s.lines.filter((l) => {
          // A letterhead's contact rows ("12 Quay St. | Company No. 5158") are no table of work.
          if (isContactRow(l.text)) return false;
          const label = /^([^|\t]{0,40}):\s+\S/.exec(l.text)?.[1];
          return !label || l.text.includes('|') || markerOf(l.text) !== null || !isMetaLabel(label);
        }),
        'deliverable',
        false,
        lang,
      ),
    );
  }
  if (deliverables.length === 0) {
    // Under no heading, "Booth design: One modular island booth ..." paragraphs, when their labels
    // name work (not "Purpose:", "Agency:", "Fees:").
    const loose = sections.filter((s) => s.kind === 'intro' || s.kind === 'other');
    deliverables = labelledItems(
      loose.flatMap((s) => s.lines).filter((l) => !isMetaLabel(LABEL_LINE.exec(l.text)?.[1] ?? 'date')),
      lang,
    );
  }
  if (deliverables.length === 0) {
    const agency = (t: string) =>
      (AGENCY_WILL.test(t) || AGENCY_DOES.test(t) || agencyDoesIn(t, lang)) &&
      !CLIENT_PART.test(t) &&
      !WORK_STARTS.test(t) &&
      !EXCLUSION_CUE.test(t) &&
      !FEE_SENTENCE.test(t);
    const lines = fallbackLines(sections, /./).flatMap((l) => sentencesOf(l).filter((s) => agency(s.text)));
    deliverables = extractItems(lines, 'deliverable', true, lang).map((d) => titledByWork(d, lang));
  }
  deliverables = deliverables.filter(
    (d) =>
      !NOT_A_DELIVERABLE.test(d.description) &&
      !isFurniture(d.description) &&
      !TOTAL_LINE.test(d.description) &&
      !CATCH_ALL.test(d.description) &&
      !QUOTE_OFFER.test(d.description) &&
      !POINTER.test(d.description) &&
      !DOCUMENT_META.test(d.description) &&
      d.title.length > 1 &&
      // A table row's remark ("Stand concept — 2 revision rounds incl.") states terms for its item.
      !(ROUNDS_SENTENCE.test(d.description.split(' — ')[0]!) && d.description.split(/\s+/).length < 16) &&
      // "The Society may request up to two (2) rounds of amendments ...": the client's right to rounds.
      !clientMayRequestRounds(d.description) &&
      // "Corrib is not responsible under this SOW for desktop publishing, ...": what is out, not work.
      !NOT_RESPONSIBLE.test(d.description),
  );
  // A reply that drops numbered items of the proposal and adds one ("drop 5, add a sixth: ...").
  const dropped = droppedNumbers(text);
  const replyDropped = dropped.size ? deliverables.filter((d) => dropped.has(listNumberAt(text, d.start) ?? -1)) : [];
  const added = replyDropped.length ? addedByReply(text) : null;
  if (replyDropped.length) deliverables = deliverables.filter((d) => !replyDropped.includes(d));
  if (added)
    deliverables.push(
      ...extractItems([{ text: added.text, start: added.at, afterBlank: true }], 'deliverable', true, lang),
    );
  // "R11 | Hosting | Not required — ...": a requirements table row the answer rules out.
  const ruledOut = deliverables.filter((d) => RULED_OUT_ROW.test(d.description));
  deliverables = deliverables.filter((d) => !ruledOut.includes(d));
  let exclusions = itemsOf(pick(sections, 'exclusions'), 'exclusion', lang).filter(
    (x) =>
      !PAYMENT_TERM.test(x.description) &&
      // "Venue rental ... are paid by Fjordline directly": who pays (not "Maintenance ...; fees are paid by").
      !PAID_BY.test(x.description.split(';')[0]!) &&
      !CATCH_ALL.test(x.description) &&
      !QUOTE_OFFER.test(x.description) &&
      !TOTAL_LINE.test(x.description) &&
      !isFurniture(x.description),
  );
  exclusions.push(...ruledOut, ...replyDropped);
  // "3. Stage and sound production. Excluded: generator backup, drone filming and live streaming.":
  // exclusions stated inside a deliverable, beside any exclusions section.
  if (exclusions.length)
    exclusions.push(...extractItems(excludedWithin(pick(sections, 'deliverables')), 'exclusion', true, lang));
  // Each excluding sentence read on its own: one that happens to open with a clause number ("2.3
  // The photoshoot is removed from scope") makes no list of which the others would be no part.
  const excludingSentences = (from: Section[], kinds: Section['kind'][]) =>
    fallbackLines(from, EXCLUSION_CUE, kinds)
      .flatMap((l) =>
        sentencesOf(l).filter(
          (s) =>
            EXCLUSION_CUE.test(s.text) &&
            (!FEE_SENTENCE.test(s.text) || EXCLUSION_FIRST.test(s.text)) &&
            !QUOTE_OFFER.test(s.text),
        ),
      )
      .flatMap((s) => extractItems([s], 'exclusion', true, lang))
      .filter((x) => !QUOTE_OFFER.test(x.description));
  if (exclusions.length === 0)
    exclusions = excludingSentences(
      sections.map((s) => (undatedList(s) ? { ...s, kind: 'other' } : s)),
      EXCLUSION_FALLBACK_KINDS,
    );
  else {
    // A quote's notes and footnotes ("2) Freight ... are excluded", "*2 Structural design is not
    // included") exclude beside its table's not-included rows.
    const taken = new Set(exclusions.map((x) => x.start));
    const notes = sections.filter((s) => s.kind === 'other' && NOTES_HEADING.test(s.heading));
    exclusions.push(...excludingSentences(notes, ['other']).filter((x) => !taken.has(x.start)));
    // "Print advertising and out-of-home usage are not included in this licence" under Usage: a
    // sentence whose subject the SOW rules out, beside the exclusions list.
    // So is one among the assumptions: "Amazon Ads and other marketplace advertising are out of scope."
    const others = sections.filter(
      (s) => (s.kind === 'other' && !NOTES_HEADING.test(s.heading)) || s.kind === 'assumptions' || s.kind === 'client',
    );
    const ruled = others
      .flatMap((s) => s.lines)
      .flatMap((l) => sentencesOf(l))
      .filter((x) => SUBJECT_EXCLUDED.test(x.text));
    exclusions.push(
      ...excludingSentences([{ kind: 'other', heading: '', lines: ruled }], ['other']).filter(
        // "Media spend is paid directly by Lumen Harbour ... and is not included": who pays, no work.
        (x) => !taken.has(x.start) && !PAYMENT_TERM.test(x.description) && !PAID_BY.test(x.description),
      ),
    );
  }
  // "[ ] Ghost mannequin — R220 per image" on a rate card that also says what it excludes: a priced
  // option the client did not tick is not bought, and no exclusion the SOW states.
  const lineAt = (at: number) =>
    text.slice(text.lastIndexOf('\n', at - 1) + 1, (text.indexOf('\n', at) + 1 || text.length + 1) - 1);
  const pricedOption = (x: RawItem) => {
    const line = lineAt(x.start);
    return UNTICKED.test(line) && !/[|\t]/.test(line) && PRICED.test(line);
  };
  // Not where the SOW says its unticked lines are out ("Unticked services are not part of this order").
  if (!UNTICKED_ARE_OUT.test(text) && exclusions.some((x) => !UNTICKED.test(lineAt(x.start))))
    exclusions = exclusions.filter((x) => !pricedOption(x));

  if (amendments) [deliverables, exclusions] = amended(text, amendments, deliverables, exclusions);

  const items: ParsedItem[] = [];
  deliverables.forEach((d, i) => {
    const id = `d${i + 1}`;
    scope.deliverables.push({ id, title: d.title, description: d.description, quantity: d.quantity });
    items.push({
      kind: 'deliverable',
      id,
      title: d.title,
      description: d.description,
      quantity: d.quantity,
      source: { start: sourceOf(d.start), end: sourceOf(d.end) },
    });
  });
  exclusions.forEach((x, i) => {
    const id = `x${i + 1}`;
    scope.exclusions.push({ id, title: x.title, description: x.description });
    items.push({
      kind: 'exclusion',
      id,
      title: x.title,
      description: x.description,
      quantity: null,
      source: { start: sourceOf(x.start), end: sourceOf(x.end) },
    });
  });

  // `headed`: each section's heading before its first line.
  const textOf = (kinds: SectionKind[], headed = false) =>
    sections
      .filter((s) => (kinds as string[]).includes(s.kind))
      .flatMap((s) =>
        headed ? [`${s.heading}. ${s.lines.map((l) => l.text).join('\n')}`] : s.lines.map((l) => l.text),
      )
      .join('\n');
  // Headed: "Revisions. Clauses (b) and (c) include up to three iterations" counts iterations
  // because the heading says what they are.
  // Figures in any language, as the figure readers read them ("zwei Korrekturschleifen" -> "2 rounds of revisions").
  const english = (t: string, spelled = true) => {
    const restated = inEnglish(t, lang);
    return figuresInEnglish(spelled ? spelledOutAsDigits(restated) : restated);
  };
  const figures = english(text);
  scope.revisionRounds = revisionRoundsOf(figures, english(textOf(['assumptions', 'revisions'], true), false));
  const fees = english(replacedLabelled(amendments, FEES_LABEL) ?? withRowLabels(textOf(['fees'])));
  // The fees section says the hours, unless the SOW states the term's total elsewhere ("12 hours a
  // month (72 hours over the term)" beside "12 hours at $135/hour" under Pricing).
  scope.budgetHours = statedTotalHoursOf(figures) ?? ((fees && budgetHoursOf(fees)) || budgetHoursOf(figures));
  scope.hourlyRate = (fees && hourlyRateOf(fees)) || hourlyRateOf(withoutPriceList(figures));
  scope.currency = (fees && currencyOf(fees, figures)) || currencyOf(figures);
  const timeline = english(replacedLabelled(amendments, TERM_LABEL) ?? textOf(['timeline']), false);
  const term = timeline ? termOf(timeline) : { start: null, end: null };
  const whole = term.start ? term : termOf(figures);
  scope.startDate = whole.start;
  scope.endDate = whole.end;

  const notes = sections
    .filter((s): s is Section & { kind: 'client' | 'assumptions' } => s.kind === 'client' || s.kind === 'assumptions')
    .flatMap((s) => s.lines.map((l) => ({ kind: s.kind, text: l.text.trim(), start: sourceOf(l.start) })));
  return { scope, items, notes };
}

export function parseSow(text: string): ProjectScope {
  return parseSowDetailed(text).scope;
}
