// The SOW's sections, line by line: headings (any numbering, with or without colons), one-line
// headings with their first content ("Not included: a; b."), tables whose columns say which list a
// row is in, order-form boxes, packages with one chosen, questionnaires, letters and chat exports.
// parse.ts reads the items of each section.
import { FOREIGN_TITLE, type Lang } from './lang';
import { isTitleLine, markerOf, type SourceLine } from './items';
import { headingOf, headingWords, inlineHeadingOf, kindOf, questionSectionOf, type SectionKind } from './sections';
import {
  isDroppedInVersion,
  isExcludedLine,
  isExcludedStatus,
  isLineItemHeader,
  rowCells,
  statusColumnOf,
  TICKED,
  UNTICKED,
  versionColumnOf,
} from './tables';

type Cells = ReturnType<typeof rowCells>;

export const PREFERRED_DELIVERABLE_HEADING =
  /deliverable|what .* (deliver|do|provide)|(will|shall) (deliver|provide|produce)$|included|covered|outputs|schedule/;

// Sentences about money and terms are not exclusions even when they say "excluding" or "not".
export const FEE_SENTENCE =
  /\b(invoice[ds]?|invoicing|payable|per hour|per day|hourly rate|day rate|vat|gst|notice period|terminate|(?:the|our) fees? (?:is|are|of|will)|will pay)\b|[$€£¥]\s?\d|\b(?:USD|EUR|GBP|CAD|AUD|NZD|CHF|SEK|NOK|DKK|PLN|JPY|SGD)\s?\d|\bkr\s?\d/i;
export const ROUNDS_SENTENCE =
  /\brounds? of (?:[a-z]+ )?(amends|amendments|revisions?|changes|feedback|comments|corrections)|\brevision (rounds?|cycles?)|\breview rounds?\b/i;

export interface Section {
  kind: SectionKind | 'intro';
  heading: string;
  lines: SourceLine[];
  /** Opened by "Term: ..." on one line: it ends at the next blank line. */
  inline?: boolean;
  /** Opened by a numbered clause's label ("1. Scope. ..."): the next numbered clause ends it too. */
  numbered?: boolean;
  /** Opened by a sub-clause's label ("5.2 Excluded from the Contract Price: ..."). */
  subClause?: boolean;
  /** Opened by an order form's ticked or unticked box line. */
  box?: boolean;
  /** Opened by clause "2." of a numbered document; `sub`: its lines are numbered "2.1", "2.2" (shared by its copies). */
  clause?: { num: number; sub: boolean };
}

// "6. Term and changes. 1 February ...": a top-level clause, its title and its first sentence.
const CLAUSE_LINE = /^\s*(\d{1,2})\.\s+(\p{Lu}[^.:;]{2,40})[.:]\s+\S/u;

// ☑ / ✅ / ✔: bought, a deliverable; ☐ / ❌ / ✗: not bought or not done, an exclusion.
const BOX_HEADING = { deliverables: 'included', exclusions: 'not included' } as const;

function boxOf(line: string): 'deliverables' | 'exclusions' | null {
  return TICKED.test(line) ? 'deliverables' : UNTICKED.test(line) ? 'exclusions' : null;
}

export const APPROACH_HEADING =
  /^(?:approach|our approach|methodology|method|process|our process|how we work|steps|plan|workplan|work plan)$/;
export const ACTION_HEADING = /^(?:action items?|next steps|to-?dos?|open (?:points|questions|items)|checklist)$/;

// "... The deliverables are:", "Concretely, we will deliver:": a paragraph that opens the list below it.
const LIST_OPENER =
  /\b(?:(?:the|our) (?:deliverables|services) (?:are|include|will be)(?: as follows)?|we(?: will|'ll|’ll| shall) (?:deliver|provide|produce)(?: the following)?):\s*$/i;
// "... Without limiting this clause, the following are excluded:", "The Services do not include:": a
// clause that ends by opening the list of what is out.
const EXCLUSION_LIST_OPENER =
  /(?:\b(?:the following|these)(?: \w+){0,2} (?:are|is|will be|shall be) (?:(?:also|specifically|expressly) )?(?:excluded|not included|out of scope|outside (?:the|this) (?:scope|sow|agreement))|\b(?:do|does|will|shall) not (?:include|cover)(?: the following)?|\bexcluded (?:from (?:the|this) (?:services|scope|sow))?)[^:.]{0,40}:\s*$/i;

// "GROWTH: $4,200/month ← your selected package": one of several priced packages or plans.
const PACKAGE_LINE =
  /^\s*(?:#{1,4}\s*)?\**([A-Z][\w+&' ]{1,24}?)\**(?:\s+(?:package|plan|tier))?\s*[:–—-]\s*(?:from\s+)?(?:[$€£]\s?|(?:USD|EUR|GBP|AUD|CAD|NZD)\s?)\d[\d,.]*(?:\s*\+\s*\w+)?\s*(?:\/\s*|per\s+)(?:month|mo|year|yr|quarter|week)\b(.*)$/i;
const PACKAGE_NAME = /^\s*(?:(?:your|selected|chosen|the) )?(?:package|bundle)\s*[:–—-]\s*[^\d$€£¥.:;]{2,40}$/i;
const SELECTED_MARK = /\b(?:selected|chosen|your (?:package|plan|tier)|signed)\b/i;
const SELECTED_LINE = /^\s*(?:selected|chosen|your) (?:package|plan|tier)\s*[:–—-]\s*\**([A-Za-z+]+)/im;
// "Everything in Growth, for unlimited locations": the package above it, not an item of its own.
const EVERYTHING_IN = /^\W*(?:everything|all)\s+(?:in|of|from)\b/i;

/**
 * A package comparison (Starter / Growth / Pro) with one package chosen: the chosen package's items
 * are the deliverables, the others' items are not bought. Maps each package line to its section.
 */
function packagesOf(text: string): Map<string, 'deliverables' | 'exclusions'> | null {
  const lines = text.split('\n').flatMap((line) => {
    const m = PACKAGE_LINE.exec(line);
    return m ? [{ line: line.trim(), name: m[1]!.trim().toLowerCase(), marked: SELECTED_MARK.test(m[2] ?? '') }] : [];
  });
  if (lines.length < 2) return null;
  const named = SELECTED_LINE.exec(text)?.[1]?.toLowerCase();
  const chosen = lines.filter((l) => l.marked || l.name === named);
  if (chosen.length !== 1) return null;
  return new Map(lines.map((l) => [l.line, l === chosen[0] ? 'deliverables' : 'exclusions']));
}

const PERIOD_HEADING =
  /^(?:(?:across|over|during|throughout) the (?:term|year|project|engagement|retainer|contract|programme|program)|(?:each|every|per) (?:quarter|year|month|week)|one-?off(?: (?:items|deliverables|work))?)$/;
const ALSO_INCLUDED = /^(?:also|further|additionally|plus) included\b/;
const CLAUSE = /^\s*\d{1,2}[.)]\s+\p{Lu}/u;
const SUB_CLAUSE = /^\s*\d{1,2}\.\d{1,2}\.?\s+\S/;
const NOT_SELECTED = /[[(]\s*not (?:selected|chosen|included in this order)\s*[\])]\s*$/i;
const BARRED_HEADING = /^\s*\d{1,2}\s*\|\s*(\p{L}[^|\t]{1,60}?)\s*$/u;

const DOC_TITLE = /^\s*(?:statement of work|scope of work|sow|proposal|quotation|quote)\s*(?:[—–:]|\s-)\s+\S/i;
const TITLE_LINE = /\s[–—|-]\s|statement of work|\bsow\b|proposal|\bfor\b/i;
// "--" opens an email signature; "-----Original Message-----" and "On 19 Jan, X wrote:" open the
// message quoted below, which is no part of the signature.
const SIGNATURE_DELIMITER = /^--\s*$/;
// "Le 16 juil. 2026 à 18:22, X a écrit :", "Am 3. März schrieb X:": the same in other languages.
const QUOTED_MESSAGE =
  /^(?:-{2,}\s*original message\s*-{2,}|on .{5,80} wrote:|le .{5,120} a écrit ?:|el .{5,120} escribió:|am .{5,120} schrieb .{0,80}:|op .{5,120} schreef .{0,80}:|il .{5,120} ha scritto:|em .{5,120} escreveu:)$/i;
const SIGN_OFF =
  /^(?:(?:kind|best|warm|warmest)?\s*regards|best(?: wishes)?|many thanks|thanks(?: and regards)?|thank you|sincerely|yours (?:sincerely|faithfully|truly)|cheers|(?:mit )?freundlichen? gr(?:ü|ue|u)(?:ß|ss)en?|(?:viele|beste) gr(?:ü|ue)(?:ß|ss)e|(?:bien )?cordialement|bien à vous|atentamente|(?:un )?saludo(?:s| cordial)|met vriendelijke groet(?:en)?|(?:cordiali|distinti) saluti|atenciosamente|(?:com os )?melhores cumprimentos|z poważaniem|med vänliga? hälsning(?:ar)?|(?:med )?venlig hilsen|ystävällisin terveisin)[,.!]?$/iu;

/** "In scope<TAB>Out of scope", "| Included | Not included |": a two-column scope table's header. */
function inOutColumns(row: Cells): [string, string] | null {
  const cells = row?.filter((c) => c.text);
  if (!cells || cells.length !== 2) return null;
  const [left, right] = cells.map((c) => headingWords(c.text)) as [string, string];
  return kindOf(left) === 'deliverables' && kindOf(right) === 'exclusions' ? [left, right] : null;
}

// "Purpose:", "Agency:", "Date:", "Fees:": a line about the document, not an item of work.
const META_LABEL =
  /^(?:statement of work|scope of work|sow|proposal|quote|quotation|agency|client|customer|supplier|vendor|contractor|consultant|studio|date|dated|project|prepared (?:for|by)|contact|ref(?:erence)?|owner|status|version|sow(?: no\.?)?|po|purchase order|platform|location|venue|period|issued|effective|author|to|from|re|subject|attn|tel|email|phone|website)\b/i;
export const isMetaLabel = (label: string) => META_LABEL.test(label.trim()) || kindOf(headingWords(label)) !== null;

/** A table header that says which list its rows are ("Ref | Exclusion", "# | Deliverable | Qty"). */
function namedTableOf(row: Cells): 'deliverables' | 'exclusions' | null {
  const cells = row?.filter((c) => c.text);
  if (!cells || cells.length < 2 || !/^(?:#|no\.?|ref\.?|id|item|code)$/i.test(cells[0]!.text)) return null;
  const kinds = cells.slice(1).map((c) => kindOf(headingWords(c.text)));
  if (kinds.includes('exclusions')) return 'exclusions';
  return kinds[0] === 'deliverables' ? 'deliverables' : null;
}

// "Response: We will deliver ...": a questionnaire's answer, under the question it answers.
const ANSWER = /^\s*(?:(?:supplier |vendor |our )?response|answer|reply)\s*:\s*/i;

const GRAND_TOTAL = /^(?:grand )?total\b/i;
/** Sections whose heading says what a table's rows under it are, whatever their status column says. */
const HEADED_KINDS: Section['kind'][] = ['exclusions', 'indicative', 'fees', 'client', 'assumptions'];
/** Of those, the ones a quote's priced line items under them stay in ("Pricing" line items are the scope). */
const LISTED_KINDS: Section['kind'][] = ['exclusions', 'indicative'];
/** Sections whose lines are items or notes, which an inline heading's next lines may continue. */
const ITEM_KINDS: Section['kind'][] = ['deliverables', 'exclusions', 'client', 'assumptions'];

export function sectionsOf(text: string, lang: Lang, chat = false): Section[] {
  const packages = packagesOf(text);
  const sections: Section[] = [{ kind: 'intro', heading: '', lines: [] }];
  let offset = 0;
  let blank = false;
  let titled = false;
  // An "In scope | Out of scope" table: each row's cells, by column, into these two sections.
  let split: [Section, Section] | null = null;
  // A table with a status column ("Included", "Status", MoSCoW): its rows by status into these two,
  // each section opening with the table's header so the columns keep their names.
  let status: {
    col: number;
    all?: 'included' | 'excluded';
    /** A renewal's "Year 1 | Year 2" table: `col` is the current version's column. */
    version?: boolean;
    included: Section;
    excluded: Section;
  } | null = null;
  const all = text.split('\n');
  // An RFP questionnaire: each question, answered on the line below it, heads the section it asks for.
  const answered = all.filter((l) => ANSWER.test(l)).length >= 2;
  const answerFollows = (n: number) => {
    const next = all.slice(n + 1).find((l) => l.trim());
    return next !== undefined && ANSWER.test(next);
  };
  for (const [n, raw] of all.entries()) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    if (answered && line.trim()) {
      const answer = ANSWER.exec(line);
      if (answer) {
        sections[sections.length - 1]!.lines.push({
          text: line.slice(answer[0].length),
          start: start + answer[0].length,
          afterBlank: true,
        });
        blank = false;
        continue;
      }
      if (answerFollows(n)) {
        sections.push({ kind: questionSectionOf(line), heading: headingWords(line), lines: [] });
        blank = false;
        continue;
      }
    }
    // "Add-on: TikTok management ..... CA$650 / month [not selected]": an option the client left
    // unchosen is neither bought nor an exclusion the SOW states.
    if (NOT_SELECTED.test(line)) continue;
    // "1 | Background", "3 | Not part of this offer": a letter's numbered heading set off by a bar,
    // not a table row (the next line holds no bar).
    const barred = BARRED_HEADING.exec(line)?.[1];
    if (barred && !/[|\t]/.test(all.slice(n + 1).find((l) => l.trim()) ?? '')) {
      sections.push({ kind: headingOf(barred, lang) ?? 'other', heading: headingWords(barred), lines: [] });
      titled = true;
      blank = false;
      continue;
    }
    const cells = rowCells(line);
    if (status) {
      // A spreadsheet's empty row between groups of rows ("\t\t\t") is still the table.
      if (/^[\t ]*\t[\t ]*$/.test(line) && rowCells(all[n + 1] ?? '')?.some((c) => c.text)) continue;
      if (cells && cells.some((c) => c.text)) {
        const excluded = status.all
          ? status.all === 'excluded'
          : status.col < 0
            ? isExcludedLine(cells)
            : (status.version ? isDroppedInVersion : isExcludedStatus)(cells[status.col]?.text ?? '');
        const to = excluded ? status.excluded : status.included;
        to.lines.push({ text: line, start, afterBlank: false });
        // The total closes a quote's line items: rows under it are notes.
        if (GRAND_TOTAL.test(cells.find((c) => c.text)!.text)) {
          closeStatus(status);
          status = null;
          backToOuter();
        }
        continue;
      }
      closeStatus(status);
      status = null;
      backToOuter();
    }
    const versionCol = versionColumnOf(cells);
    const statusCol = versionCol ?? statusColumnOf(cells);
    // "Ref<TAB>Exclusion": a table whose header names the list it holds, under no heading.
    let named = statusCol === null ? namedTableOf(cells) : null;
    // Under its own heading already ("Deliverables", then "Ref | Deliverable | Qty") a table stays put.
    if (named && named === outerSection().kind) named = null;
    // Under "Out of scope", "Parking lot" or "Commercials" a board's "Status" column tracks progress
    // ("Working on it", "Stuck"): the heading already says what the rows are.
    const lineItems = isLineItemHeader(cells);
    const outerKind = statusCol !== null || lineItems ? outerSection().kind : null;
    const headed = outerKind !== null && HEADED_KINDS.includes(outerKind);
    if (
      (statusCol !== null && !(headed && versionCol === null)) ||
      named ||
      (lineItems && !LISTED_KINDS.includes(outerKind!))
    ) {
      const header = { text: line, start, afterBlank: false };
      status = {
        col: statusCol ?? -1,
        all: named === 'exclusions' ? 'excluded' : named === 'deliverables' ? 'included' : undefined,
        version: versionCol !== null,
        included: { kind: 'deliverables', heading: 'included', lines: [header], inline: true },
        excluded: { kind: 'exclusions', heading: 'not included', lines: [header], inline: true },
      };
      sections.push(status.included, status.excluded);
      blank = false;
      continue;
    }
    if (split) {
      if (cells) {
        cells.slice(0, 2).forEach((c, k) => {
          if (c.text) split![k]!.lines.push({ text: c.text, start: start + c.at, afterBlank: false });
        });
        continue;
      }
      split = null;
      backToOuter();
    }
    const columns = inOutColumns(cells);
    if (columns) {
      split = [
        { kind: 'deliverables', heading: columns[0], lines: [], inline: true },
        { kind: 'exclusions', heading: columns[1], lines: [], inline: true },
      ];
      sections.push(...split);
      blank = false;
      continue;
    }
    // The first line is the document's title ("SCOPE OF WORK – CGI for the 2027 collection"), not a section.
    const isTitle = !titled && line.trim() !== '';
    if (isTitle) titled = true;
    if (!line.trim()) {
      blank = true;
      const last = sections[sections.length - 1]!;
      // A chat's message ends with its heading's reach: "SCOPE" and its list, then "Can we start
      // Monday?" from the client, is no more of the scope.
      if (chat && last.lines.length > 0) sections.push({ kind: 'other', heading: 'message', lines: [] });
      // Back to the section the one-line heading interrupted.
      else if (last.inline) backToOuter();
      continue;
    }
    // "Duration: 1 June to 31 August" then "2.1 Measurement plan: ...": the section's numbered clauses
    // go on under it, no part of the one-line field above them.
    const open0 = sections[sections.length - 1]!;
    if (open0.inline && !ITEM_KINDS.includes(open0.kind) && SUB_CLAUSE.test(line)) backToOuter();
    // "1. Scope. We will provide ..." then "2. Approvals. ...": a contract's next numbered clause is
    // no more of the clause whose label opened a section.
    else if (open0.inline && open0.numbered && CLAUSE.test(line) && !inlineHeadingOf(line, lang)) backToOuter();
    // "5.2 Excluded from the Contract Price: a; b; c." then "5.3 The City will provide ...": so is the
    // next sub-clause after one whose label opened a section.
    else if (open0.inline && open0.subClause && SUB_CLAUSE.test(line) && !inlineHeadingOf(line, lang)) backToOuter();
    const pack = packages?.get(line.trim());
    if (pack) {
      sections.push({ kind: pack, heading: BOX_HEADING[pack], lines: [] });
      blank = false;
      continue;
    }
    if (packages && EVERYTHING_IN.test(line)) continue;
    // An order form's ticked and unticked boxes say what was bought, whatever the section.
    const current = outerSection();
    // "Action items: [x] Pelita to confirm batch dates": a page's to-do list, no order form.
    const box = ACTION_HEADING.test(current.heading) ? null : boxOf(line);
    const open = sections[sections.length - 1]!;
    if (box && (current.kind !== box || open.kind !== box)) {
      if (open.inline && open.kind === box) open.lines.push({ text: line, start, afterBlank: false });
      // "[ ] Video episodes" after "[x] Cover art" under "Optional add-ons": back to the add-ons.
      else if (current.kind === box) sections.push({ ...current, lines: [{ text: line, start, afterBlank: false }] });
      else
        sections.push({
          kind: box,
          heading: BOX_HEADING[box],
          lines: [{ text: line, start, afterBlank: false }],
          inline: true,
          box: true,
        });
      blank = false;
      continue;
    }
    // "PHASE 2 (not in this SOW)<TAB>—<TAB>—": a spreadsheet row with only its first cell filled is
    // a heading like any other line.
    const lone =
      cells && cells[0]?.text && cells.slice(1).every((c) => !c.text || /^[—–-]+$/.test(c.text)) ? cells[0].text : null;
    // "SCOPE OF WORK – SEO SUPPORT (Q1 FY 2026-27)" titles the document; a bare "Deliverables" opens a section.
    let heading =
      isTitle &&
      (TITLE_LINE.test(headingWords(line)) ||
        FOREIGN_TITLE.test(headingWords(line)) ||
        (TITLE_LINE.test(line) && headingWords(line).split(' ').length > 2))
        ? null
        : headingOf(lone ?? line, lang);
    // "Regards," closes a letter-style SOW: the signature is no item of the section above it.
    if (QUOTED_MESSAGE.test(line.trim())) {
      sections.push({ kind: 'other', heading: 'message', lines: [] });
      blank = false;
      continue;
    }
    if (SIGN_OFF.test(line.trim()) || SIGNATURE_DELIMITER.test(line.trim())) {
      sections.push({ kind: 'other', heading: 'sign-off', lines: [] });
      blank = false;
      continue;
    }
    // "Reporting" over its paragraph, among "Media relations" and "Press releases" over theirs: one
    // more titled item of the deliverables, not a reporting section. So is "5. Reporting" over "5.1
    // 3 dashboards" after "4. Automation" and its "4.1": the next group of a numbered list.
    const titledItem =
      (heading === 'other' &&
        blank &&
        current.kind === 'deliverables' &&
        isTitleLine(line) &&
        titledList(current, n)) ||
      (heading === 'other' && current.kind === 'deliverables' && numberedGroup(current, n));
    // "WHAT YOU GET EACH MONTH" then "ACROSS THE TERM": more deliverables, by the period they fall in.
    if (heading === 'timeline' && current.kind === 'deliverables' && PERIOD_HEADING.test(headingWords(line)))
      heading = 'deliverables';
    // "PACKAGE: E-commerce + lifestyle" over the package's lines (no price beside it, no rival
    // packages): the name of what is bought, the lines under it its deliverables.
    if (!heading && !packages && PACKAGE_NAME.test(line)) heading = 'deliverables';
    if (heading && !titledItem) {
      // "Programme (6 workshops)" with its numbered list, then "Also included": the list above was
      // included too, whatever its heading called it.
      if (heading === 'deliverables' && ALSO_INCLUDED.test(headingWords(line))) {
        const above = outerSection();
        // "Scope" over a creators table, then "Also included": both lists are the scope.
        if (above.kind === 'deliverables' && !PREFERRED_DELIVERABLE_HEADING.test(above.heading))
          above.heading = `${above.heading} (included)`;
        else if (!ITEM_KINDS.includes(above.kind) && above.lines.filter((l) => markerOf(l.text)).length >= 2)
          // Named so, it is one of the lists `pick` prefers, beside the "also included" one.
          Object.assign(above, { kind: 'deliverables', heading: `${above.heading} (included)` });
      }
      const num = /^\s*(\d{1,2})[.)]\s/.exec(line)?.[1];
      sections.push({
        kind: heading,
        heading: headingWords(line),
        lines: [],
        clause: num ? { num: Number(num), sub: false } : undefined,
      });
      blank = false;
      continue;
    }
    // "SCOPE OF WORK — Booth design" under a letterhead still titles the document.
    const found = isTitle || (sections.length === 1 && DOC_TITLE.test(line)) ? null : inlineHeadingOf(line, lang);
    // "Reporting: fortnightly snapshots" in the middle of a deliverables block is one more item,
    // not the start of a reporting section.
    const last = sections[sections.length - 1]!;
    const inline =
      (found && found.kind === 'other' && !blank && current.kind === 'deliverables' && last.lines.length > 0) ||
      // "Included: two rounds of amends on the full document" under "Amends" says the rounds, no list.
      (found?.kind === 'deliverables' && current.kind === 'revisions' && ROUNDS_SENTENCE.test(found.rest))
        ? null
        : found;
    if (inline) {
      sections.push({
        kind: inline.kind,
        heading: headingWords(line.slice(0, line.indexOf(inline.rest))),
        lines: [],
        inline: true,
        numbered: CLAUSE.test(line),
        subClause: SUB_CLAUSE.test(line),
      });
      const at = line.indexOf(inline.rest);
      sections[sections.length - 1]!.lines.push({ text: inline.rest, start: start + at, afterBlank: false });
      blank = false;
      continue;
    }
    // Clause "2." whose lines are "2.1", "2.2": a later clause "6. Term and changes." is no more of it.
    const clause = current.clause;
    if (clause) {
      const next = blank ? CLAUSE_LINE.exec(line) : null;
      if (next && clause.sub && Number(next[1]) > clause.num) {
        sections.push({ kind: 'other', heading: headingWords(next[2]!), lines: [] });
      } else if (line.trimStart().startsWith(`${clause.num}.`) && /^\s*\d{1,2}\.\d/.test(line)) clause.sub = true;
    }
    sections[sections.length - 1]!.lines.push({ text: line, start, afterBlank: blank });
    blank = false;
    // "... The deliverables are:" ends a paragraph by opening the list that follows.
    // The list ends with its paragraph: the prose after it ("Do not hesitate ...") is no more of it.
    if (LIST_OPENER.test(line) && sections[sections.length - 1]!.kind !== 'deliverables')
      sections.push({ kind: 'deliverables', heading: 'deliverables', lines: [], inline: true });
    else if (EXCLUSION_LIST_OPENER.test(line) && sections[sections.length - 1]!.kind !== 'exclusions')
      sections.push({ kind: 'exclusions', heading: 'excluded', lines: [] });
  }
  if (status) closeStatus(status);
  return sections;

  /** A section of titled paragraphs so far, and line `n` opens one more (a paragraph follows it). */
  function titledList(section: Section, n: number): boolean {
    const [first, second] = section.lines;
    const next = all[n + 1]?.trim() ?? '';
    // Not "How we work" over "You'll get two rounds of revisions ...": a section about terms.
    return (
      !!first &&
      !!second &&
      !second.afterBlank &&
      isTitleLine(first.text) &&
      !/^(?:how|what|why|when|where|who|our|your)\b/i.test(all[n]!.trim()) &&
      !!next &&
      !isTitleLine(next) &&
      !ROUNDS_SENTENCE.test(next) &&
      !FEE_SENTENCE.test(next)
    );
  }

  /** Line `n` is group "5." of the section's numbered list: group "4." is above it, "5.1" below. */
  function numberedGroup(section: Section, n: number): boolean {
    const num = Number(/^\s*(\d{1,2})\.\s+\S/.exec(all[n]!)?.[1] ?? 0);
    if (num < 2) return false;
    let next = '';
    for (let k = n + 1; k < all.length && !next.trim(); k++) next = all[k]!;
    return (
      num > 1 &&
      new RegExp(`^\\s*${num}\\.1\\.?\\s`).test(next) &&
      section.lines.some((l) => new RegExp(`^\\s*${num - 1}\\.\\s`).test(l.text))
    );
  }

  /** The section the text is in, under any one-line heading or table that interrupted it. */
  function outerSection(): Section {
    for (let i = sections.length - 1; i > 0; i--) if (!sections[i]!.inline) return sections[i]!;
    return sections[0]!;
  }

  /** Back to that section after an interruption (a table, a one-line heading) ends. */
  function backToOuter() {
    sections.push({ ...outerSection(), lines: [] });
  }

  // A side of the table no row went to holds only the header: it is no section ("included" would
  // otherwise win the deliverables with nothing in it).
  function closeStatus(table: { included: Section; excluded: Section }) {
    for (const side of [table.included, table.excluded])
      if (side.lines.length === 1) sections.splice(sections.indexOf(side), 1);
  }
}
