// "Analyse this page" on pages no adapter understands: Readability on an inert copy of the page
// (the content script's serialised snapshot, parsed here with DOMParser: no script runs, nothing
// loads, and the live page is never touched). Returns plain text only.
import { Readability } from '@mozilla/readability';

export function readableFromHtml(html: string, url: string): { title: string; text: string } | null {
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // Relative links resolve against the page, not the extension.
    const base = doc.createElement('base');
    base.href = url;
    doc.head.prepend(base);
    const article = new Readability(doc, { charThreshold: 200 }).parse();
    const text = (article?.textContent ?? '')
      .replace(/[ \t\u00a0]+/g, ' ')
      .replace(/\n\s*\n+/g, '\n\n')
      .trim();
    if (!text) return null;
    return { title: (article?.title ?? doc.title ?? '').trim(), text: text.slice(0, 200_000) };
  } catch {
    return null;
  }
}
