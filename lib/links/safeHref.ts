// Stored URLs come from pages and client emails: only http(s) ever becomes a link, in the side
// panel, in a printable change order or in a Markdown brief (no javascript:, data: or file:).

/** The normalised http(s) URL, or null for anything else (including text that is not a URL). */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url.trim());
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
