// "Analyse this page" on pages no adapter understands: Readability on a clone, so the live page is
// never modified. Returns plain text only.
import { Readability } from '@mozilla/readability';

export function readableText(doc: Document): { title: string; text: string } | null {
  try {
    const clone = doc.cloneNode(true) as Document;
    const article = new Readability(clone, { charThreshold: 200 }).parse();
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
