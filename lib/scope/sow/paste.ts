// Noise a SOW keeps from where it was pasted, blanked before the parse. Every change keeps the
// text's length (characters become spaces), so offsets still point into the pasted text.
import { headingOf } from './sections';
import { HEADER_WORD } from './tables';

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

// "=== v1 (12.01.2026) === [SUPERSEDED]": an earlier version kept in the document for the record.
const SUPERSEDED_HEADER = /^(={2,}|#{1,4}|-{3,})[^\n]*\b(?:superseded|obsolete|withdrawn|replaced by)\b/i;

/** Blocks headed as superseded, up to the next header of the same kind. */
function withoutSuperseded(text: string): string {
  if (!/superseded|obsolete|withdrawn|replaced by/i.test(text)) return text;
  const lines = text.split('\n');
  let dropping: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = /^(={2,}|#{1,4}|-{3,})/.exec(line)?.[1]?.[0];
    if (dropping && mark === dropping && !SUPERSEDED_HEADER.test(line)) dropping = null;
    const header = SUPERSEDED_HEADER.exec(line);
    if (header) dropping = header[1]![0]!;
    if (dropping) lines[i] = blank(line);
  }
  return lines.join('\n');
}

// "> 1. Pre-production: ...": an email reply quotes the message below it line by line.
const QUOTED = /^(>[> ]*)/gm;

/** An email thread's quote marks, when a block of lines carries them. */
function withoutQuoteMarks(text: string): string {
  if ((text.match(/^>/gm) ?? []).length < 3) return text;
  return text.replace(QUOTED, (m) => ' '.repeat(m.length));
}

// "| Photography or video |": a table of one column (a Markdown list of exclusions) is a list.
const ONE_CELL = /^(\s*)\|([^|\n]*)\|\s*$/;
const RULE_CELL = /^[\s:=+-]*$/;

/** Runs of one-column table rows as a bulleted list; the rule under the header, and the header, blanked. */
function withoutOneColumnTables(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let end = i;
    while (end < lines.length && ONE_CELL.test(lines[end]!)) end++;
    if (end - i >= 2) {
      const headed = RULE_CELL.test(ONE_CELL.exec(lines[i + 1]!)![2]!);
      for (let k = i; k < end; k++) {
        const line = lines[k]!;
        const m = ONE_CELL.exec(line)!;
        if (RULE_CELL.test(m[2]!) || (headed && k === i)) lines[k] = blank(line);
        else lines[k] = line.replace('|', '-').replace(/\|(\s*)$/, ' $1');
      }
    }
    i = Math.max(i, end - 1);
  }
  return lines.join('\n');
}

// A project tool's own controls, pasted with the board: "Add task…", "+ Add section", and the view
// tabs ("List   Board   Timeline   Dashboard").
const TOOL_CONTROL =
  /^[ \t]*(?:\+[ \t]*)?add (?:a )?(?:task|subtask|section|card|item|row|column|group|list|another list)\b[^\n]{0,3}$/gim;
const VIEW_TABS =
  /^[ \t]*(?:(?:overview|list|board|timeline|dashboard|calendar|messages|files|gantt|table|workflow|workload|progress|forms|notes|activity)[ \t]*){4,}$/gim;

// "― 1 / 2 ―", "- 3 -", "Page 3 of 6": a page number printed in the footer.
const PAGE_NUMBER =
  /^[ \t\u3000]*(?:[―—–-][ \t\u3000]*\d{1,3}(?:[ \t\u3000]*\/[ \t\u3000]*\d{1,3})?[ \t\u3000]*[―—–-]|page \d{1,3} of \d{1,3})[ \t\u3000]*$/gim;

// "Saltbush Collective | SOW CBC-0426 | Page 1 of 2": a PDF's running footer, the page number in its
// last cell (read as a table row, it would turn the list it interrupts into a one-row table).
const RUNNING_FOOTER = /^[ \t]*(?:[^\n|\t]{1,60}[ \t]*[|\t][ \t]*){1,3}page \d{1,3}(?: of \d{1,3})?[ \t]*$/gim;

// A Notion database: its view bar ("Deliverables   ⊞ Table   ▦ Board   + Add view"), the "Aa" icon of
// its title column, its "COUNT 6" footer and "+ New" row.
const DATABASE_VIEWS = /^[^\n]*(?:\+ Add view|⊞ Table|▦ Board)[^\n]*$/gm;
const TITLE_ICON = /^Aa (?=[^\t\n|]+[\t|])/gm;
const DATABASE_FOOTER = /^[ \t]*(?:(?:count|sum|average|calculate)[ \t]+[\d.,]+|\+[ \t]*new)[ \t]*$/gim;

// "- - - - - - - -", "________": a rule drawn across the page between parts of the document.
const RULE_LINE = /^[ \t]*(?:[-–—=_*·.][ \t]*){8,}$/gm;

function withoutToolControls(text: string): string {
  return text
    .replace(TOOL_CONTROL, blank)
    .replace(VIEW_TABS, blank)
    .replace(PAGE_NUMBER, blank)
    .replace(RUNNING_FOOTER, blank)
    .replace(DATABASE_VIEWS, blank)
    .replace(TITLE_ICON, blank)
    .replace(DATABASE_FOOTER, blank)
    .replace(RULE_LINE, blank);
}

// A word processor's comments pasted with the text: "[MY4]" anchors after the words commented on, and
// the thread at the end ("[MY4] Name (Org), 4 Mar 2026: ...", indented replies, "✓ Resolved").
const COMMENT_ANCHOR = /(?<=\S)\[[A-Z]{1,3}\d{1,2}\]/g;
const COMMENT_HEAD = /^\[[A-Z]{1,3}\d{1,2}\]\s+\S[^\n:]{0,80}:\s/;
const COMMENT_REPLY = /^(?:[ \t]+\S|[ \t]*[✓✔]?[ \t]*(?:resolved|reopened)\b)/i;

function withoutComments(text: string): string {
  if (!/^\[[A-Z]{1,3}\d{1,2}\]\s/m.test(text)) return text;
  const lines = text.split('\n');
  let inThread = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (COMMENT_HEAD.test(line)) inThread = true;
    else if (!inThread || !COMMENT_REPLY.test(line)) inThread = false;
    if (inThread) lines[i] = blank(line);
  }
  return lines.join('\n').replace(COMMENT_ANCHOR, blank);
}

// A scanned page read by OCR: "l" for 1 in numbers ("l20 pages", "2.l"), "0" for O in capitals
// ("STATEMENT 0F WORK"), words broken at line ends ("An-\nnual"). Read only when the text shows it.
const OCR_DIGIT = /(?<![\p{L}\d])(?:l\d|\d+l(?![\p{L}\d])|\d\.l(?![\p{L}\d]))/gu;
const OCR_NUMBER = /(?<![\p{L}\d])(?=[\dlO.,]*\d)[\dlO][\dlO.,]*(?![\p{L}\d])|^l(?=\.\s)/gmu;
const OCR_CAPITALS = /(?<![\p{L}\d])(?=[\p{Lu}0]*\p{Lu})[\p{Lu}0]*0[\p{Lu}0]*(?![\p{L}\d])/gu;
const BROKEN_WORD = /(\p{L}*\p{Ll})-\n([ \t]*)(\p{Ll}+)/gu;

function withoutOcrSlips(text: string): string {
  if ((text.match(OCR_DIGIT) ?? []).length < 3) return text;
  return (
    text
      .replace(OCR_NUMBER, (m) => m.replace(/l/g, '1').replace(/O/g, '0'))
      // "CZK l 450", "- l -": a lone "l" that groups thousands or numbers a page.
      .replace(/(?<![\p{L}\d])l(?= \d{3}(?!\d))|(?<=^[ \t]*[―—–-][ \t]*)l(?=[ \t]*[―—–-][ \t]*$)/gmu, '1')
      .replace(OCR_CAPITALS, (m) => m.replace(/0/g, 'O'))
      .replace(BROKEN_WORD, (_, head: string, space: string, tail: string) => `${head}${tail}\n${space} `)
  );
}

// A quote pasted into a chat loses its line breaks: "WHAT'S INCLUDED • Studio packshots ... • Video
// or GIFs • FEES - 50% deposit ...". A long line with many " • " or " - " separators is its lines.
const RUN_ON_MIN = 300;
const RUN_ON_MARK = / (?=[•·▪‣] |- (?=\S))/g;

/** Each separator of a run-on line starts a line again (the space before it becomes the break). */
function withoutRunOnLines(text: string): string {
  if (!/[^\n]{300}/.test(text)) return text;
  return text
    .split('\n')
    .map((line) =>
      line.length >= RUN_ON_MIN && (line.match(/ [•·▪‣] /g) ?? []).length >= 4 ? line.replace(RUN_ON_MARK, '\n') : line,
    )
    .join('\n');
}

/**
 * The lines joined again, the line break after each line in `breaks` replaced by `by` (one character,
 * so every offset stays where it was).
 */
function rejoined(lines: readonly string[], breaks: ReadonlySet<number>, by: string): string {
  return lines.map((l, i) => (i === lines.length - 1 ? l : `${l}${breaks.has(i) ? by : '\n'}`)).join('');
}

// A project tool's scope exported as YAML: "scope:" / "in:" / "out:" blocks of "- key: X" records
// with "title:" and "detail: >-" fields. Read when most lines are such keys and items.
const YAML_KEY = /^[ \t]*(?:- )?[a-z][a-z0-9_]*:(?:[ \t]|$)/;
const YAML_BLOCK = /^[a-z][a-z0-9_]*:[ \t]*(?:#.*)?$/;
const YAML_ID = /^([ \t]*)- (?:key|id|ref|code):[ \t]*\S+[ \t]*$/;
const YAML_TITLE = /^([ \t]*)(- )?(?:title|name|summary):[ \t]*("?)(.*?)\3[ \t]*$/;
const YAML_TEXT = /^([ \t]*)(?:detail|details|description|note|notes):[ \t]*(?:([>|]-?)[ \t]*$|("?)(.*?)\3[ \t]*$)/;
const YAML_NULL = /^[ \t]*[a-z][a-z0-9_]*:[ \t]*(?:null|~)[ \t]*$/;
const YAML_QUOTED_ITEM = /^([ \t]*- )"(.*)"([ \t]*)$/;

/**
 * The export as the parser's own layout, every offset kept: a record's id line blanked, its title a
 * bullet ("- Clickable prototype —", the dash joining its detail), its "detail: >-" folded onto the
 * text under it, "null" fields blanked, quotes dropped and "revision_rounds" read as words.
 */
function withoutYamlSyntax(text: string): string {
  const lines = text.split('\n');
  const keyed = lines.filter((l) => YAML_KEY.test(l)).length;
  const filled = lines.filter((l) => l.trim() && !/^\s*#/.test(l)).length;
  if (keyed < 8 || keyed < filled * 0.5 || lines.filter((l) => YAML_BLOCK.test(l)).length < 2) return text;
  const out: string[] = [];
  // The line breaks to fold: "detail: >-" joins the text under it.
  const folded = new Set<number>();
  lines.forEach((line, i) => {
    let m: RegExpExecArray | null;
    if (YAML_ID.test(line) || YAML_NULL.test(line)) out.push(blank(line));
    // A record's title: a list item's first field, or the field under its id ("project: name:" is no item).
    // The title stays where it stood, a bullet before it; a dash where its detail's key was joins the two.
    else if ((m = YAML_TITLE.exec(line)) && (m[2] || YAML_ID.test(lines[i - 1] ?? ''))) {
      const at = line.indexOf(m[4]!, m[1]!.length + (m[2]?.length ?? 0));
      out.push(`${m[1]}-${' '.repeat(at - m[1]!.length - 1)}${m[4]}`.padEnd(line.length));
    } else if ((m = YAML_TEXT.exec(line)) && m[1]) {
      if (m[2]) folded.add(i);
      const value = m[4] ?? '';
      const at = value ? line.lastIndexOf(value) : line.length;
      out.push(`${m[1]}—${' '.repeat(Math.max(0, at - m[1]!.length - 1))}${value}`.padEnd(line.length));
    } else if ((m = YAML_QUOTED_ITEM.exec(line))) out.push(`${m[1]} ${m[2]} ${m[3]}`);
    else out.push(line.replace(/^([ \t]*[a-z][a-z0-9]*(?:_[a-z0-9]+)+)(?=:)/, (k) => k.replace(/_/g, ' ')));
  });
  return rejoined(out, folded, ' ');
}

// A web page's table copied one cell per line: its header ("Item", "What's included", "Qty", "Notes")
// a run of short column names, then each row's cells on as many lines.
const CELL_HEADER = (line: string) =>
  line.length <= 30 && !/[.,;:!?]$/.test(line) && line.split(/\s+/).length <= 3 && !/^[-•*–·▪◦●]/.test(line);

const isColumnName = (l: string | undefined) => !!l?.trim() && CELL_HEADER(l.trim()) && HEADER_WORD.test(l.trim());

/**
 * Each row's cells joined by tabs (the line breaks between them become tabs), so the table reads as
 * one pasted from a spreadsheet. A blank line ends a row early; a heading after one ends the table.
 */
function withoutCellPerLine(text: string): string {
  const lines = text.split('\n');
  const breaks = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    let k = 0;
    while (i + k < lines.length && isColumnName(lines[i + k])) k++;
    if (k < 2 || k > 6) continue;
    // The header follows a blank line or a heading ("Not included", then "Item", "Why").
    const before = lines[i - 1]?.trim();
    if (headingOf(lines[i]!) !== null || (before && headingOf(before) === null)) continue;
    // The rows: groups of k lines, a blank line ending one early.
    let j = i + k;
    let cell = 0;
    const rowBreaks: number[] = [];
    for (let h = i; h < i + k - 1; h++) rowBreaks.push(h);
    let rows = 0;
    while (j < lines.length) {
      const line = lines[j]!;
      if (!line.trim()) {
        const next = lines[j + 1];
        if (!next?.trim() || headingOf(next) !== null) break;
        cell = 0;
        j++;
        continue;
      }
      if (/\t|\|/.test(line)) break;
      if (cell > 0) rowBreaks.push(j - 1);
      cell++;
      if (cell === k) {
        cell = 0;
        rows++;
      }
      j++;
    }
    if (rows < 2) continue;
    rowBreaks.forEach((b) => breaks.add(b));
    i = j;
  }
  if (!breaks.size) return text;
  return rejoined(lines, breaks, '\t');
}

// "1.\tDiscovery & solution design", "4.1.\tUp to 6 workflows:", "a.\tnew-enquiry routing;": Word puts
// a tab after a list's number. With no other tab on the line it is a list item, not a table row.
const LIST_TAB =
  /^([ \t]*(?:\(?\d{1,2}(?:\.\d{1,2}){0,3}[.)]|\(?[a-z][.)]|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|[•·▪◦●○*–-]))(\t+)(?=[^\t\n]*\S[^\t\n]*$)/gm;

/** A Word list's tab after each marker as spaces (the same length, so offsets hold). */
function withoutListTabs(text: string): string {
  if (!text.includes('\t')) return text;
  return text.replace(LIST_TAB, (_m, marker: string, tabs: string) => marker + ' '.repeat(tabs.length));
}

// "[14/04/2026, 10:12] Tolu (Lens & Lagos): ..." (iOS) and "28/02/2026, 18:05 - Wanjiru: ..." (Android):
// a chat export's stamp and sender before each message, and the "<Media omitted>" of an attachment.
const CHAT_STAMP =
  /^(?:\[\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\s[-–]\s)[^:\n]{1,60}:\s/gm;
const ATTACHMENT = /^\s*<(?:media omitted|attached: [^>]*|image omitted|document omitted)>\s*$/gim;

/** A chat export: three messages or more, each after its stamp and sender. */
export const isChatExport = (text: string): boolean => (text.match(CHAT_STAMP) ?? []).length >= 3;

/**
 * A chat export's stamps and senders blanked, each message a paragraph of its own: the stamp becomes a
 * line break and spaces (the same length), so "NOT included: ..." ends with its message and the
 * client's "Can we do 8 instead?" below it is no more of the list.
 */
function withoutChatStamps(text: string): string {
  if (!isChatExport(text)) return text;
  return text
    .replace(CHAT_STAMP, (m, at: number) => (at > 0 ? '\n' + ' '.repeat(m.length - 1) : ' '.repeat(m.length)))
    .replace(ATTACHMENT, (m) => ' '.repeat(m.length));
}

// "|| # || Workshop || Sessions ||": a Confluence wiki table's header row, its cells set off by doubled bars.
const WIKI_HEADER = /^\s*\|\|.*\|\|\s*$/gm;

/** A wiki table's doubled bars as single ones (" |", the same length), so its header is a row like the rest. */
function withoutWikiHeaders(text: string): string {
  if (!text.includes('||')) return text;
  return text.replace(WIKI_HEADER, (line) => line.replace(/\|\|/g, ' |'));
}

export function cleanPaste(text: string): string {
  // OCR first: its page numbers ("- l -") are then page numbers like any other.
  return withoutOneColumnTables(
    withoutComments(
      withoutToolControls(
        withoutQuoteMarks(
          withoutSuperseded(
            withoutOcrSlips(
              withoutRunOnLines(
                withoutCellPerLine(withoutListTabs(withoutChatStamps(withoutWikiHeaders(withoutYamlSyntax(text))))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
