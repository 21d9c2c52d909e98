// Client text is data: in a brief it must read as the words the client wrote, never as headings,
// links, HTML or table cells in Jira, Asana or Slack. Each note is folded onto one line (so it
// cannot open a block of its own) and inline control characters are backslash-escaped.

const INLINE = /[\\`*_{}[\]<>|~#!]/g;

export function escapeInline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, (c) => `\\${c}`)
    .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([-+=])(?=\s|$)/, '\\$1');
}

/** "> quoted" lines for a longer client text, each line escaped. */
export function quoteBlock(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => (l.trim() ? `> ${escapeInline(l)}` : '>'))
    .join('\n');
}

/** A link target the Markdown parser cannot be broken out of; null for anything but http(s). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url || !/^https?:\/\//i.test(url.trim())) return null;
  return url.trim().replace(/[\s()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
