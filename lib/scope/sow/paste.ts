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

export function cleanPaste(text: string): string {
  return withoutQuoteMarks(withoutSuperseded(text));
}
