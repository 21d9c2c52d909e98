// Noise a SOW keeps from where it was pasted, blanked before the parse. Every change keeps the
// text's length (characters become spaces), so offsets still point into the pasted text.

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

export function cleanPaste(text: string): string {
  return withoutOneColumnTables(withoutQuoteMarks(withoutSuperseded(text)));
}
