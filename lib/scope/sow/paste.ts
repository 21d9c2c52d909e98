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

// A project tool's own controls, pasted with the board: "Add task…", "+ Add section", and the view
// tabs ("List   Board   Timeline   Dashboard").
const TOOL_CONTROL =
  /^[ \t]*(?:\+[ \t]*)?add (?:a )?(?:task|subtask|section|card|item|row|column|group|list|another list)\b[^\n]{0,3}$/gim;
const VIEW_TABS =
  /^[ \t]*(?:(?:overview|list|board|timeline|dashboard|calendar|messages|files|gantt|table|workflow|workload|progress|forms|notes|activity)[ \t]*){4,}$/gim;

// "― 1 / 2 ―", "- 3 -", "Page 3 of 6": a page number printed in the footer.
const PAGE_NUMBER =
  /^[ \t\u3000]*(?:[―—–-][ \t\u3000]*\d{1,3}(?:[ \t\u3000]*\/[ \t\u3000]*\d{1,3})?[ \t\u3000]*[―—–-]|page \d{1,3} of \d{1,3})[ \t\u3000]*$/gim;

function withoutToolControls(text: string): string {
  return text.replace(TOOL_CONTROL, blank).replace(VIEW_TABS, blank).replace(PAGE_NUMBER, blank);
}

export function cleanPaste(text: string): string {
  return withoutToolControls(withoutQuoteMarks(withoutSuperseded(text)));
}
