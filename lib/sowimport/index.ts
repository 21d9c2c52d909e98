// Reading a SOW file into text: .txt/.md as is, .docx through fflate, .pdf through pdf.js. The
// Word and PDF readers are imported only when such a file is picked (extension pages only).
import { t } from '@/lib/i18n';

export type SowRead = { ok: true; text: string } | { ok: false; error: string };

export function sowFileKind(name: string, type = ''): 'text' | 'docx' | 'pdf' | null {
  if (/\.pdf$/i.test(name) || type === 'application/pdf') return 'pdf';
  if (/\.docx$/i.test(name)) return 'docx';
  if (/\.(txt|md|markdown)$/i.test(name) || type.startsWith('text/')) return 'text';
  return null;
}

export async function readSowFile(file: File): Promise<SowRead> {
  const kind = sowFileKind(file.name, file.type);
  const fail = (why: string): SowRead => ({ ok: false, error: `${file.name}: ${why}.` });
  if (!kind) return fail(t('sowFileUnknown'));
  try {
    if (kind === 'text') return { ok: true, text: await file.text() };
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (kind === 'docx') return { ok: true, text: (await import('./docx')).docxText(bytes) };
    const [{ pdfText }, lib, worker] = await Promise.all([
      import('./pdf'),
      import('pdfjs-dist'),
      import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
    ]);
    lib.GlobalWorkerOptions.workerSrc = worker.default;
    return { ok: true, text: await pdfText(bytes, lib) };
  } catch (err) {
    return fail(err instanceof Error ? err.message : String(err));
  }
}
