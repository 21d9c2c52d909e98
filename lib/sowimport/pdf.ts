// The text layer of a PDF SOW through pdf.js, line by line as the page lays it out. Extension pages
// only (never content scripts), and loaded lazily: pdf.js is large.
import type * as PdfJsModule from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { t } from '@/lib/i18n';

type PdfJs = typeof PdfJsModule;

/** `lib`: pdf.js itself (the extension page passes the browser build, with its worker set). */
export async function pdfText(bytes: Uint8Array, lib: PdfJs): Promise<string> {
  let doc;
  try {
    doc = await lib.getDocument({ data: bytes }).promise;
  } catch (err) {
    throw new Error(t('sowPdfFailed', { error: err instanceof Error ? err.message : String(err) }), {
      cause: err,
    });
  }
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    let text = '';
    for (const item of content.items as TextItem[]) {
      if (typeof item.str !== 'string') continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text.trim());
  }
  await doc.cleanup?.();
  const all = pages.join('\n\n').trim();
  if (!all) throw new Error('this PDF has no text layer (a scan?): paste the SOW text instead');
  return all + '\n';
}
