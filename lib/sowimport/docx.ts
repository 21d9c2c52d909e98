// The text of a Word (.docx) SOW: its word/document.xml, one line per paragraph. fflate unzips;
// the XML is read with plain patterns (no DOM), so this also runs in Node for the tests.
import { strFromU8, unzipSync } from 'fflate';
import { t } from '@/lib/i18n';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
      : (ENTITIES[e.toLowerCase()] ?? ''),
  );

export function docxText(bytes: Uint8Array): string {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  } catch {
    throw new Error(t('sowDocxInvalid'));
  }
  const xml = files['word/document.xml'];
  if (!xml) throw new Error(t('sowDocxEmpty'));
  const body = strFromU8(xml);
  const paragraphs: string[] = [];
  for (const p of body.match(/<w:p[\s>][\s\S]*?<\/w:p>|<w:p\/>/g) ?? []) {
    let text = '';
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>/g)) {
      text += m[1] !== undefined ? decode(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
    }
    // Word list items carry no bullet character: mark them so the SOW parser sees a list.
    if (/<w:numPr>/.test(p) && text.trim()) text = `- ${text}`;
    paragraphs.push(text);
  }
  return (
    paragraphs
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
