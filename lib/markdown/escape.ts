// Markdown for Jira, Slack and Notion: stored text (the client's words above all) is data, never
// markup. Punctuation that would open a link, HTML, code, emphasis or a table cell is
// backslash-escaped, and so is anything at the start of a line that would open a heading or list.

/** Escapes inline Markdown (and raw HTML) in one line of text. */
export function escapeMarkdown(text: string): string {
  return (
    text
      // ( ) and ! only act next to [ ], which are escaped, so they stay readable in Slack.
      .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
      .replace(/^(\s*)([#+=-])/, '$1\\$2')
      .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
  );
}

/** Text folded onto one escaped line, so a note in a list item cannot open a block of its own. */
export function escapeMarkdownLine(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}

const lines = (text: string) => text.replace(/\r\n?/g, '\n').split('\n');

/** An escaped paragraph whose line breaks survive (two trailing spaces). */
export function markdownParagraph(text: string): string {
  return lines(text)
    .map((l) => escapeMarkdown(l))
    .join('  \n');
}

/** "> quoted" lines, each line escaped. */
export function markdownQuote(text: string): string {
  return lines(text)
    .map((l) => (l.trim() ? `> ${escapeMarkdown(l)}` : '>'))
    .join('\n');
}

/** A link destination the parser cannot be broken out of: what would end or break it is percent-encoded. */
export function markdownLinkTarget(href: string): string {
  return href.replace(/[\s()<>[\]\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
