// The items of one section: table rows, list items (bullets, "1.", "3.2", "(a)", "D1"), inline
// lists ("a; b; and c."), or, where a section is prose, its sentences.
import {
  agencyVerbEnd,
  articleOf,
  connectorsOf,
  FOREIGN_EXCLUSION_LEAD,
  FOREIGN_LEAD_LABEL,
  FOREIGN_VERDICT,
  type Lang,
} from './lang';
import { NUMBER_WORD } from './numbers';
import { quantityOf } from './quantity';
import { foldNesting, type Mark } from './nesting';
import { alignTabRows, cellsOf, readTable, storyTitle, type TableRow } from './tables';

export interface SourceLine {
  text: string;
  /** Offset of the line's first character in the SOW text. */
  start: number;
  /** A blank line came before it: a new paragraph. */
  afterBlank: boolean;
}

export interface RawItem {
  title: string;
  description: string;
  quantity: number | null;
  start: number;
  end: number;
}

const MARKER =
  /^\s*(?:(?:(?:[Pp]osition|[Pp]os\.|[Ww]ork [Pp]ackage|WP|wp|[Dd]eliverable|[Ii]tem)\s?\d{1,2}\s*[–—:.-]|[A-Z]\)|[-•*–·・▪◦●○►✓✔✗✘✕✖×◯☑☒☐✅❌①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳❶❷❸❹❺❻❼❽❾❿→➔➜⇒▸▹»]|o(?=\s)|\(?\d{1,2}(?:\.\d{1,2}){1,3}\.?\)?|\d{1,2}-\d{1,2}\.|\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-z][.)]|\([a-z]\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|[A-Z]{1,2}\d{1,2}(?:\.\d{1,2}){1,2}|[A-Z]{1,2}\d{1,2}[.):]?|[A-Z]{2,5}-\d{1,4}[.:)]?|#\d{1,2}[.:]?|\*\d{1,2}\)?|※\d{0,2}|\[[ xX✓✔]\])\s+|・\s*)(?=\S)/;

export function markerOf(line: string): string | null {
  return MARKER.exec(line)?.[0] ?? null;
}

/** Splits at `sep` outside parentheses and quotes. */
export function splitTopLevel(text: string, sep: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m.index === i) {
        parts.push(text.slice(last, i));
        last = i + m[0].length;
        i = last - 1;
      }
    }
  }
  parts.push(text.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

// "ni textos de marketing": a Spanish list's last item, after "nor".
const CONNECTOR = /^(?:and|or|and\/or|as well as|plus|nor|ni)\s+/i;

const QUALIFIER =
  /^(?:whether|including|such as|except|unless|even|which|who|whose|so that|because|although|though)\b/i;

/** "a; b; and c." or, where `commas`, "a, b and c" -> ["a", "b", "c"]. */
export function splitList(text: string, commas: boolean, lang: Lang = 'en'): string[] {
  const body = text.trim().replace(/[.;:]\s*$/, '');
  // "a, b und c", "a, b et c", "a, b of c": the SOW's own "and" and "or" join the last item too
  // (not "Foto- und Videoproduktion", one item whose first word is cut short).
  const local = connectorsOf(lang);
  const connector = local ? new RegExp(`^(?:${local})\\s+`, 'iu') : null;
  const isConnected = (p: string) => CONNECTOR.test(p) || (connector?.test(p) ?? false);
  let parts = splitTopLevel(body, /;\s*/y);
  if (parts.length < 2 && commas) {
    parts = splitTopLevel(body, /,\s*/y);
    // "a, b and c": the last comma part still holds "b and c". Not "a, b, or c and d": the serial
    // comma already set the last item apart ("or ongoing SEO and ads management" is one).
    if (parts.length >= 2 && !isConnected(parts[parts.length - 1]!) && !QUALIFIER.test(parts[parts.length - 1]!))
      parts.push(
        ...splitTopLevel(
          parts.pop()!,
          local
            ? new RegExp(`(?<!-)\\s+(?:and|or|and\\/or|${local})\\s+(?=\\S)`, 'iuy')
            : /\s+(?:and|or|and\/or)\s+(?=\S)/y,
        ),
      );
    // "translate anything, whether into Irish or any other language": a clause that qualifies the
    // part before it is no item of its own.
    parts = parts.reduce<string[]>((kept, p) => {
      if (kept.length && QUALIFIER.test(p)) kept[kept.length - 1] += `, ${p}`;
      else kept.push(p);
      return kept;
    }, []);
  }
  return parts
    .map((p) =>
      p
        .replace(CONNECTOR, '')
        .replace(connector ?? /^$/, '')
        .trim(),
    )
    .filter((p) => p.length > 1);
}

// A line's translation after it ("Paid media 付費媒體") is no part of its title. A thousands comma
// ("up to 8,000 contacts") cuts nothing.
const TITLE_CUT =
  /\s*(?:(?<!\d),|,(?!\d{3}\b)|[;(（、※\u3000]|(?<=\p{L})\s[x×]\s?\d|\s[–—-]\s|\s(?:including|incl\.|with|for|across|covering|via|using|to be|that|which|where|so that|based on|per)\s|\s(?=[A-Za-z]{0,6}[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]))/iu;

// "16:9, 1:1 and 9:16" are frame shapes; "10:30" in a label is a time, and no label ends there.
const ASPECT_RATIO = /\b(?:16:9|9:16|4:5|1:1|4:3|3:4|21:9|2:3|3:2)\b/g;
// A short label (six words at most) before the colon: "Three dashboards will be built on the data:" is prose.
export const LABEL_LINE = /^\s*([A-Z][^:.;|\t\s]*(?:\s[^:.;|\t\s]+){0,5}):\s+\S/;
// "Speaker notes: 24 = concepts" under a slide's bullets: the presenter's aside, not the last item.
const SPEAKER_NOTE = /^\s*speaker notes?\s*:/i;
const ITEM_NOTE = /^\s+(?:assumptions?|dependency|dependencies|prerequisites?)\s*:/i;
// A count in words, "eight" to "forty-five" and "hundred": what "(8)" after it restates.
const COUNT_WORD = `${NUMBER_WORD}|[a-z]+ty(?:-[a-z]+)?|hundred|thousand`;
const NUMBER_ECHO = new RegExp(`\\b(${COUNT_WORD})\\s*\\(\\d{1,5}\\)`, 'gi');

/** "Title: text" -> title and text; otherwise a short title cut from the start of the text. */
export function titleAndDescription(text: string, lang: Lang = 'en'): { title: string; description: string } {
  const clean = text.replace(/\*\*/g, '').trim();
  // "As a tourist, I want a native app.": a user story's title is what it asks for.
  const story = storyTitle(clean);
  if (story !== clean) return { title: story, description: clean };
  const labelled = /^([^:.;]{2,70}?)\s*(?::|\s[–—-]\s|\.\s)\s*(\S.*)$/.exec(clean);
  if (
    labelled &&
    labelled[1]!.split(/\s+/).length <= 8 &&
    !/\d{1,2}:\d{2}/.test(clean.slice(0, 80).replace(ASPECT_RATIO, ''))
  ) {
    const title = labelled[1]!.trim();
    return { title: title.charAt(0).toUpperCase() + title.slice(1), description: clean };
  }
  // Prose: "Brightline will also produce packaging artwork" -> "Produce packaging artwork"; "For
  // naming, we present a longlist" -> "Present a longlist"; "The sprint closes with brand
  // guidelines" -> "Brand guidelines".
  const work = clean
    .replace(
      /^[^,;:]{0,40}?\b(?:opens|closes|ends|starts|concludes|kicks off) with\s+|^[^,;:(]{0,40}?\b(?:covers|includes)\s+(?=up to \d)|^[^;:(]{0,80}?\bwe(?:['’]ll|\s+will|\s+shall)\s+(?:also\s+|then\s+)?(?=\w+\s)|^[^;:(]{0,80}?\bwe\s+(?:also\s+|then\s+)?(?=\w+\s)|^[^,;:(]{0,60}?\b(?:will|shall)\s+(?:also\s+)?/i,
      '',
    )
    .replace(/^(?:an?|the)\s+/i, '')
    // "la stampa degli astucci", "l'audit": the SOW language's article too.
    .replace(articleOf(lang) ?? /^$/, '')
    // "Eight (8) remote interviews": the figure in brackets repeats the word; it cuts no title.
    .replace(NUMBER_ECHO, '$1');
  const cut = work.search(TITLE_CUT);
  let title = cut > 3 ? work.slice(0, cut) : work;
  // "Visual design of up to 8 templates" -> "Visual design"; a one-word head keeps its "of".
  const of = /^(\S+\s+\S+(?:\s+\S+)?)\s+of\s/i.exec(title);
  // "4 weeks of Slack support" counts its head: the head alone says nothing.
  if (of && !/^(\d|up|one|two|three|four|five|six|all|each|any)\b/i.test(of[1]!)) title = of[1]!;
  const words = title.split(/\s+/);
  if (words.length > 9) title = words.slice(0, 9).join(' ');
  title = title.replace(/[.,;:]+$/, '').trim();
  return { title: title.charAt(0).toUpperCase() + title.slice(1), description: clean };
}

const NUMBER_WORD_BEFORE = new RegExp(`\\b(?:${COUNT_WORD})\\s*$`, 'i');
const INLINE_ENUM = /(?:^|[\s:;,])\((?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x|\d{1,2})\)\s+/g;

/** "The following are outside this SOW: (i) a; (ii) b" -> its enumerated parts, with their offsets. */
function enumeratedParts(text: string): { text: string; at: number }[] | null {
  // "eight (8) hero ASINs": digits in brackets after a number word restate it; they enumerate nothing.
  const marks = [...text.matchAll(INLINE_ENUM)].filter(
    (m) => !/^\W*\(\d/.test(m[0]) || !NUMBER_WORD_BEFORE.test(text.slice(0, (m.index ?? 0) + 1)),
  );
  if (marks.length < 2) return null;
  // "(i) a; (ii) b": a list item's own marker was cut off before, so its first part has no mark
  // left; the text before the first mark is that part when it ends as one (not an intro's colon).
  const lead = text.slice(0, marks[0]!.index ?? 0).trim();
  const first = /[;,]$/.test(lead) ? [{ text: lead.replace(/[\s;,]+$/, ''), at: 0 }] : [];
  return first.concat(
    marks.map((m, i) => {
      const from = (m.index ?? 0) + m[0].length;
      const to = i + 1 < marks.length ? (marks[i + 1]!.index ?? text.length) : text.length;
      return {
        text: text
          .slice(from, to)
          .replace(/[\s;,.]*(?:and|or)?\s*$/i, '')
          .trim(),
        at: from,
      };
    }),
  );
}

function item(text: string, start: number, lang: Lang = 'en'): RawItem {
  const { title, description } = titleAndDescription(text, lang);
  return { title, description, quantity: quantityOf(text, lang), start, end: start + text.length };
}

/** "Location shoots, video, ghost mannequin editing, styling": three commas or more, no sentence's verb. */
const BARE_LIST = /^(?![^,]*\b(?:is|are|will|shall|we|you|our|your)\b)[^,:;]{2,60}(?:,[^,:;]{2,60}){2,}\.?\s*$/i;

/** Lines that introduce a list rather than being one of its items. */
const INTRO =
  /:\s*$|^(the following|this (sow|statement of work|agreement)|we will (deliver|provide)|the (agency|supplier|consultant|studio) will (deliver|provide)[^.]*:)/i;

const FIELD = /^\s*([A-Z][\w &/.-]{0,24}?)\s*:\s+(\S.*)$/;

/**
 * Records of "Key: value" lines, one record per repeat of the first key ("Deliverable: Stand
 * concept / Description: ... / Qty: 2 concepts"): one item per record, or null for another layout.
 */
function recordItems(lines: SourceLine[]): RawItem[] | null {
  const fields = lines.map((l) => FIELD.exec(l.text));
  const firstKey = fields[0]?.[1]?.toLowerCase();
  if (!firstKey || fields.some((f) => !f)) return null;
  const records: { title: string; start: number; values: [string, string][] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [, key, value] = fields[i]!;
    if (key!.toLowerCase() === firstKey) records.push({ title: value!.trim(), start: lines[i]!.start, values: [] });
    else records[records.length - 1]!.values.push([key!.toLowerCase(), value!.trim()]);
  }
  if (records.length < 2 || records.every((r) => r.values.length === 0)) return null;
  return records.map((r) => {
    const described = r.values.find(([k]) => /descr|detail|scope|what/.test(k))?.[1];
    const count = r.values.find(([k]) => /^(qty|quantity|number|count|volume)\b/.test(k))?.[1];
    const description = described ?? r.values.map(([, v]) => v).join('; ');
    return {
      title: r.title,
      description: description ? `${r.title}: ${description}` : r.title,
      quantity: (count ? quantityOf(count) : null) ?? quantityOf(description),
      start: r.start,
      end: r.start + r.title.length,
    };
  });
}

export function extractItems(
  lines: SourceLine[],
  kind: 'deliverable' | 'exclusion',
  prose = true,
  lang: Lang = 'en',
): RawItem[] {
  const items = itemsOfLines(lines, kind, prose, lang);
  if (kind === 'deliverable') return items;
  // "The monthly photoshoot is removed from scope": the exclusion's title is what is excluded; "It is
  // not part of this SOW" names nothing.
  return items
    .map((x) =>
      VERDICT.test(x.title) || (VERDICT.test(x.description) && x.description.startsWith(x.title))
        ? { ...x, title: titleAndDescription(trimVerdict(VERDICT.test(x.title) ? x.title : x.description), lang).title }
        : x,
    )
    .filter((x) => !/^(?:it|they|this|that|these|those)$/i.test(x.title));
}

function itemsOfLines(lines: SourceLine[], kind: 'deliverable' | 'exclusion', prose: boolean, lang: Lang): RawItem[] {
  const records = recordItems(lines);
  if (records) return records;
  const items: RawItem[] = [];
  // Each run of table rows is a table of its own: an address line with a pipe above a quote's line
  // items is no row of them.
  const tables: TableRow[][] = [];
  const tableLines = new Map<number, number>();
  let listed = false;
  let current: {
    text: string;
    start: number;
    marked?: boolean;
    indent?: number;
    numbered?: boolean;
    marker?: string;
  } | null = null;
  // Each list item's marker, for the nesting its markers show (foldNesting).
  const marks = new Map<RawItem, Mark>();
  // An exclusions section's unbulleted comma lists and "(i) a; (ii) b" sentences, beside its bulleted
  // lines or tables.
  const unmarked: SourceLine[] = [];
  let titled = false;
  // A Notion or outline paste: unmarked items indented under unmarked group lines ("‣ Phase 1 ·
  // Discovery", then "    Stakeholder interviews"). Each indented line is an item, the group
  // lines are none; an indented line under a marked item still continues it (a wrapped line).
  // Indented beyond the lines' common margin: a chat export's lines all start after its blanked stamps.
  // (A loop, not Math.min(...): a pasted section may hold more lines than a call takes arguments.)
  let margin = Infinity;
  for (const l of lines) if (l.text.trim()) margin = Math.min(margin, l.text.length - l.text.trimStart().length);
  const indented = (l: SourceLine) =>
    /^(?: {2,}|\t)\S/.test(l.text.slice(Number.isFinite(margin) ? margin : 0)) && !markerOf(l.text);
  const outline = lines.filter(indented).length >= 2 && !lines.some((l) => !indented(l) && markerOf(l.text));
  const flush = () => {
    const before = items.length;
    if (current) {
      const parts = enumeratedParts(current.text);
      if (parts) for (const p of parts) items.push(item(p.text, current.start + p.at, lang));
      // "- Not included: a, b and c." among notes: each thing it names is an exclusion.
      // So is "2.4 Corrib is not responsible for a, for b, or for c." as one numbered clause.
      else if (
        kind === 'exclusion' &&
        (LEAD_LABEL.test(current.text) ||
          FOREIGN_LEAD_LABEL.test(current.text) ||
          (NOT_RESPONSIBLE_LEAD.test(current.text) && current.text.includes(',')))
      )
        items.push(...proseItems([{ text: current.text, start: current.start, afterBlank: true }], kind, lang));
      else items.push(item(current.text, current.start, lang));
      const { marker, indent } = current;
      if (marker !== undefined) for (const it of items.slice(before)) marks.set(it, { marker, indent: indent ?? 0 });
    }
    current = null;
  };
  lines.forEach((l, i) => {
    const cells = cellsOf(l.text);
    if (cells) {
      flush();
      if (!tableLines.has(i - 1)) tables.push([]);
      tables[tables.length - 1]!.push({ cells, line: i });
      tableLines.set(i, l.start);
      listed = true;
      return;
    }
    const marker = markerOf(l.text);
    if (marker) {
      // "WP2 – Creative development" over indented "D2.1 ..." items: a group's name, no item.
      const indent = l.text.length - l.text.trimStart().length;
      // Only between numbered markers: a bullet's bold group name may be an item itself.
      if (current?.marked && indent > (current.indent ?? 0) && current.numbered && /\d/.test(marker)) current = null;
      flush();
      listed = true;
      current = {
        text: l.text.slice(marker.length).trim(),
        start: l.start + marker.length,
        marked: true,
        indent,
        numbered: /\d/.test(marker),
        marker,
      };
      // "Deliverable 1 — Product discovery" then its description on the next line: a title.
      titled = /[A-Za-z]{2}/.test(marker) && !/[.:;]$/.test(current.text);
      return;
    }
    // "   Assumption: ..." / "   Dependency: ..." under an item: what it rests on, not more of it.
    // A bullet left with nothing after it ("– [deleted: Gift box]" once the deletion is accepted).
    if (ITEM_NOTE.test(l.text) || SPEAKER_NOTE.test(l.text) || /^\s*[-•*–·▪◦●○►]\s*$/.test(l.text)) {
      flush();
      return;
    }
    if (outline) {
      flush();
      if (indented(l)) {
        listed = true;
        const lead = l.text.length - l.text.trimStart().length;
        current = { text: l.text.trim(), start: l.start + lead };
      }
      return;
    }
    if (current && !l.afterBlank && !INTRO.test(current.text)) {
      current.text += `${titled ? ':' : ''} ${l.text.trim()}`;
      titled = false;
      return;
    }
    flush();
    if (kind === 'exclusion' && ((BARE_LIST.test(l.text) && !INTRO.test(l.text)) || enumeratedParts(l.text)))
      unmarked.push(l);
  });
  flush();
  items.splice(0, items.length, ...foldNesting(items, marks));
  // One line of columns aligned by spaces ("Status  Signed ✅     Owner  Wei Ling") is a page's
  // properties, not a table.
  const read = tables
    .filter((t) => t.length > 1 || /[|\t]/.test(lines[t[0]!.line]!.text))
    .flatMap((t) => {
      const aligned = alignTabRows(t.map((r) => lines[r.line]!.text));
      return readTable(aligned ? t.map((r, k) => ({ ...r, cells: aligned[k]! })) : t);
    });
  for (const row of read) {
    const start = tableLines.get(row.line) ?? 0;
    items.push({
      title: row.title,
      description: row.description,
      quantity: row.quantity ?? quantityOf(row.description, lang),
      start,
      end: start + row.title.length,
    });
  }
  // "Location shoots, video, ghost mannequin editing" beside a bulleted line under "Not included":
  // the unbulleted list excludes as much as the bulleted one.
  if (listed && unmarked.length) items.push(...proseItems(unmarked, kind, lang));
  if (listed) return items.filter((it) => !INTRO.test(it.description)).sort((a, b) => a.start - b.start);
  if (!prose) return [];
  return (
    titledParagraphs(lines, lang) ??
    (kind === 'exclusion' ? lineList(lines, lang) : null) ??
    proseItems(lines, kind, lang)
  );
}

/**
 * "Copywriting, editing or proofreading" over "Photography or image licensing" over ...: unbulleted
 * short lines, one under the other, are a list of one item a line (a line's commas split nothing).
 */
function lineList(lines: SourceLine[], lang: Lang): RawItem[] | null {
  const short = (t: string) => t.trim().split(/\s+/).length <= 12 && !/[.:;]$/.test(t.trim());
  if (lines.length < 3 || lines.some((l, i) => (i > 0 && l.afterBlank) || !short(l.text))) return null;
  return lines.map((l) => item(l.text.trim(), l.start + l.text.length - l.text.trimStart().length, lang));
}

/** "Press releases" over a line or two saying what they are: a title line, no list mark, no full stop. */
export function isTitleLine(text: string): boolean {
  const t = text.trim();
  return /^\p{Lu}/u.test(t) && !/[.:;,!?]$/.test(t) && t.split(/\s+/).length <= 6 && !markerOf(t);
}

/**
 * "Media relations" then "Ongoing pitching to ... media.", a blank line, "Press releases" then its
 * paragraph: one short paragraph per item under its title. Each paragraph is one item, titled by
 * its title line (its sentences are no items of their own); null for any other layout.
 */
function titledParagraphs(lines: SourceLine[], lang: Lang): RawItem[] | null {
  const blocks: SourceLine[][] = [];
  for (const [i, l] of lines.entries()) {
    if (i === 0 || l.afterBlank) blocks.push([]);
    blocks[blocks.length - 1]!.push(l);
  }
  if (blocks.length < 2 || blocks.some((b) => b.length < 2 || !isTitleLine(b[0]!.text) || isTitleLine(b[1]!.text)))
    return null;
  return blocks.map((b) => {
    const text = `${b[0]!.text.trim()}: ${b
      .slice(1)
      .map((l) => l.text.trim())
      .join(' ')}`;
    const last = b[b.length - 1]!;
    return { ...item(text, b[0]!.start, lang), end: last.start + last.text.length };
  });
}

/**
 * "Per l'e-commerce lo Studio realizzerà, in due giornate di shooting, le foto su fondo bianco ...": a
 * sentence of prose in another language is titled by what the agency makes, after its verb (as "we
 * will" is cut from an English one); an aside between commas right after the verb is no part of it.
 */
export function titledByWork(x: RawItem, lang: Lang): RawItem {
  const end = agencyVerbEnd(x.description, lang);
  if (end === null) return x;
  const rest = x.description
    .slice(end)
    .replace(/^\s*,[^,]{0,80},\s*/, ' ')
    .trim();
  if (rest.split(/\s+/).length < 2) return x;
  return { ...x, title: titleAndDescription(rest, lang).title };
}

/** "Booth design: One modular island booth ...": each labelled paragraph one item (at least two). */
export function labelledItems(lines: SourceLine[], lang: Lang = 'en'): RawItem[] {
  const labelled = lines.filter((l) => LABEL_LINE.test(l.text));
  return labelled.length >= 2 ? labelled.map((l) => item(l.text.trim(), l.start, lang)) : [];
}

/** Where a sentence ends: not after "e.g.", "i.e.", "etc." or "incl." ("(e.g. Sendy, Glovo)"). */
// Not after a price list's dot leaders ("R180 per image ......... Qty 150 = R27 000").
export const SENTENCE_END =
  /(?<=[.!?])(?<!\b(?:[eE]\.g|[iI]\.e|etc|incl|approx|vs|cf|ca|[nN]o)\.)(?<!\.\.\.)\s+(?=[A-Z("“])/;

const VERDICT =
  /\b(?:is|are)\s+(?:likewise\s+|also\s+|now\s+)?(?:outside|not part of|not included|excluded from|out of scope|removed from (?:the )?scope)\b|\b(?:do|does) not form part of\b/i;

// The verdict and everything after it, with the comma before it.
const VERDICT_TO_END = new RegExp(`,?\\s*(?:${VERDICT.source}).*$`, 'i');

/** "Paid search is managed by another agency and is outside this engagement" -> "Paid search ...". */
function trimVerdict(text: string): string {
  return (
    text
      // "Druck und Produktion sind nicht enthalten", "les relations presse sont exclues".
      .replace(FOREIGN_VERDICT, '')
      .replace(VERDICT_TO_END, '')
      .trim() || text
  );
}

/** "Corrib is not responsible under this SOW for ...": what the agency leaves out of the contract. */
export const NOT_RESPONSIBLE_FOR = String.raw`(?:is|are) not responsible under (?:this|the) (?:sow|agreement|contract|schedule|statement of work|order|retainer|work order) for`;

// A colon closes the lead whenever the words before it say "outside / excluded / not included"
// ("For clarity, the following sit outside this engagement: a; b; and c.").
const EXCLUSION_LEAD = new RegExp(
  String.raw`^(?:we (?:will not|won't|shall not|do not|don't|don\u2019t)(?: do| offer| provide)?(?= \w)|[^,:;]{1,60}?\b${NOT_RESPONSIBLE_FOR}(?= \w)|I (?:do not|don't|don\u2019t|will not|won't|won\u2019t) (?:do|include|cover|provide|offer)(?= \w)|[^:]{0,80}\b(?:outside|excluded|not included|out of scope|not covered)\b[^:]{0,60}:|the following(?: are| is)?(?: \w+)? (?:excluded|not included|out of scope|outside (?:the scope of )?[^:]{0,60})[^:]*:|(?:[^:;]{0,60}:\s*)?(?:this|the|our)(?: [\w'\u2019]+){0,3} (?:does|do|will) not (?:include|cover|extend to)|(?:excludes|excluded|not included|out of scope|exclusions?)(?: are| is)?:?|we will not (?:provide|deliver|do)|[^,:;]{1,40}?\b(?:will not|won't|shall not) (?:handle|provide|supply|cover|include|deliver|undertake|manage|arrange|book|pay for|offer|produce|create)\b|excluding)\s*`,
  'i',
);

// "Not included on this job: a, b and c." too: a few words may say what it is not included in.
const LEAD_LABEL = /^(?:not included|excluded|excludes|out of scope)(?:\s+[\w/-]+){0,4}\s*:\s*\S/i;

const NOT_RESPONSIBLE_LEAD = new RegExp(String.raw`^[^,:;]{1,60}?\b${NOT_RESPONSIBLE_FOR} `, 'i');

/** ", and will not", ", does not": the next clause of a list of things the agency will not do. */
// ", we don't build ..., and we don't place ...": so is each "we don't".
const NEGATED_AGAIN =
  /,?\s*(?:and\s+)?(?:will|shall|does|do)\s+not\s+(?=\w)|,?\s*(?:and\s+)?won't\s+(?=\w)|,?\s*(?:and\s+)?we\s+(?:don't|don’t|do not|won't|won’t|will not)(?:\s+(?:do|offer|provide))?\s+(?=\w)/iy;

const VERB = /\b(?:is|are|was|were|will|shall|would|does|do|can|may|must|has|have|includes?|covers?)\b/i;

// "Anything listed only in Option C (video editing, social posting, guest booking)": what the
// parentheses list is what is excluded, each on its own.
const REFERS_TO_LIST =
  /^(?:anything|everything|all|any (?:items?|services?|work))\b[^()]{0,60}\(([^()]+,[^()]+)\)\s*$/i;

function namedInParentheses(part: string, lang: Lang): string[] {
  const inner = REFERS_TO_LIST.exec(part)?.[1];
  return inner ? splitList(inner, true, lang) : [part];
}

/** A section written as prose: inline lists become items, else each sentence is one. */
function proseItems(lines: SourceLine[], kind: 'deliverable' | 'exclusion', lang: Lang): RawItem[] {
  const out: RawItem[] = [];
  for (const l of lines) {
    let cursor = 0;
    for (const sentence of l.text.trim().split(SENTENCE_END)) {
      const at = l.text.indexOf(sentence, cursor);
      cursor = at + sentence.length;
      const lead =
        EXCLUSION_LEAD.exec(sentence) ?? (kind === 'exclusion' ? FOREIGN_EXCLUSION_LEAD.exec(sentence) : null);
      let body = lead ? sentence.slice(lead[0].length) : sentence;
      // "I don't do SEO research as part of this, but I can recommend someone": the offer after
      // "but" is no exclusion, "as part of this" no part of what is excluded.
      if (lead && kind === 'exclusion')
        body = body.replace(/,\s+but\s+(?:I|we)\b.*$/, '').replace(/\s+as part of (?:this|the \w+)$/, '');
      // "a, b, or c — we would quote c separately": a remark after the whole list, no part of its last item.
      const dash = /\s[–—]\s/.exec(body);
      if (lead && dash && body.lastIndexOf(',') >= 0 && dash.index > body.lastIndexOf(','))
        body = body.slice(0, dash.index);
      // "The fee does not include a, b and c." is a list; "X is outside this retainer." is one item.
      // An exclusion line that is only a list ("link building, paid search and translation") names
      // each thing excluded; a sentence with a verb is one item.
      // Not where a dash sets off why: "media spend – paid by the client, billed separately" is one.
      const explained = /\s[–—]\s/.test(body);
      const bareList = kind === 'exclusion' && body.includes(',') && !VERB.test(body) && !explained;
      // "We will not design the website, will not write copy, and will not produce merchandise or
      // signage": each negated verb opens an exclusion of its own.
      const clauses =
        lead && /(?:\bnot|n't|n’t)(?:\s+(?:do|offer|provide))?$/i.test(lead[0].trim())
          ? splitTopLevel(body, NEGATED_AGAIN)
          : [body];
      // "We will deliver (1) a brand identity; (2) a microsite; and (3) ...": the enumerated parts.
      const enumerated = enumeratedParts(body);
      if (enumerated) {
        const from = sentence.indexOf(body);
        for (const p of enumerated) if (p.text) out.push(item(p.text, l.start + at + from + p.at, lang));
        continue;
      }
      // "Integration with Visma is out of scope; the client exports sales manually": the why after
      // the semicolon is no second exclusion.
      const verdictFirst =
        kind === 'exclusion' && !lead && body.includes(';') && !body.includes(':')
          ? splitTopLevel(body, /;\s*/y)[0]!
          : null;
      const parts =
        verdictFirst && VERDICT.test(verdictFirst)
          ? [trimVerdict(verdictFirst)]
          : clauses.length > 1
            ? clauses.flatMap((c) => splitList(c, false, lang))
            : lead || bareList || body.includes(';')
              ? splitList(body, kind === 'exclusion' && (!!lead || bareList) && !explained, lang)
              : [trimVerdict(body)];
      let from = 0;
      // "... not responsible for a, for b, or for c": each part without its "for".
      const forEach = lead && /\bfor$/i.test(lead[0].trim());
      const named = kind === 'exclusion' ? parts.flatMap((p) => namedInParentheses(p, lang)) : parts;
      for (const part of forEach ? named.map((p) => p.replace(/^(?:(?:and|or)\s+)?for\s+/i, '')) : named) {
        const idx = sentence.indexOf(part, from);
        from = idx >= 0 ? idx + part.length : from;
        if (!part.trim() || INTRO.test(part)) continue;
        out.push(item(part.replace(/[.;]$/, ''), l.start + at + Math.max(0, idx), lang));
      }
    }
  }
  return out;
}
