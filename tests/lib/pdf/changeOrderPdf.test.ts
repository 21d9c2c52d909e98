import { showDay } from '@/lib/dates/days';
import { unzlibSync } from 'fflate';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { changeOrderPdf, pdfFileName, pdfSafe, stampFor } from '@/lib/pdf/changeOrderPdf';
import { makeChangeOrder } from '../../factories';

const hex = (s: string) => Buffer.from(s, 'latin1').toString('hex').toUpperCase();
/** Every stream of the file inflated, so the hex strings pdf-lib draws text with can be searched. */
function drawn(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  let out = '';
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)endstream/g)) {
    const body = Buffer.from(m[1]!, 'latin1');
    try {
      out += Buffer.from(unzlibSync(body)).toString('latin1');
    } catch {
      out += m[1];
    }
  }
  return out.toUpperCase();
}

const co = makeChangeOrder({
  projectId: crypto.randomUUID(),
  number: 2,
  title: 'Store locator — über page',
  askQuote: 'Can you add a store locator? 🙏',
  sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/secret',
  currency: 'EUR',
  lines: [{ kind: 'time', role: 'Dev', hours: 6, rateCents: 12000, amountCents: 0, description: '' }],
  history: [{ status: 'draft', at: '2026-12-01T10:00:00.000Z', note: '' }],
});

describe('changeOrderPdf', () => {
  it('makes a real PDF with the total, stamped DRAFT while a draft, and no mailbox link', async () => {
    const bytes = await changeOrderPdf(co, { clientName: 'Acme', projectName: 'Web', agencyName: 'Brightlane' });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getTitle()).toBe('Change order CO-002: Store locator — über page');
    const text = drawn(bytes);
    expect(text).toContain(hex('DRAFT'));
    expect(text).toContain(hex('Total'));
    expect(text).not.toContain(hex('mail.google'));
  });

  it('drops the stamp once sent and stamps the answer with its day', async () => {
    const sent = { ...co, status: 'sent' as const };
    expect(stampFor(sent)).toBeNull();
    expect(drawn(await changeOrderPdf(sent))).not.toContain(hex('DRAFT'));
    const approved = {
      ...co,
      status: 'approved' as const,
      history: [...co.history, { status: 'approved' as const, at: '2026-12-03T09:00:00.000Z', note: '' }],
    };
    expect(stampFor(approved)).toBe(`APPROVED ${showDay('2026-12-03')}`);
  });

  it('replaces what the standard font cannot draw instead of failing', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    expect(pdfSafe(font, 'über 🙏')).toBe('über ?');
    expect(pdfFileName(co, 'CO-002')).toBe('CO-002-store-locator-ber-page.pdf');
  });
});
