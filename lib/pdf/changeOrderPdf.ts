// The change order as a PDF made in the extension (pdf-lib, no print dialog). Client-facing: no
// internal links (the ask's mailbox link is left out), and the stamp says what the status means:
// DRAFT across a draft, none once sent, APPROVED / DECLINED / ON HOLD with the day after an answer.
import { PDFDocument, StandardFonts, degrees, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { ChangeOrder } from '@/lib/db/schemas';
import { changeOrderModel, type ChangeOrderContext } from '@/lib/changeorders/documentModel';
import { dayOf, showDay } from '@/lib/dates/days';
import { t } from '@/lib/i18n';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BRAND = rgb(0.11, 0.3, 0.55);

/** The standard fonts speak WinAnsi only: anything else becomes "?" rather than failing the whole PDF. */
export function pdfSafe(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += ch === '\u2212' ? '-' : '?';
    }
  }
  return out;
}

export function stampFor(co: Pick<ChangeOrder, 'status' | 'history'>): string | null {
  const at = [...co.history].reverse().find((h) => h.status === co.status)?.at;
  const day = at ? (dayOf(at) ?? '') : '';
  if (co.status === 'draft') return t('pdfStampDraft');
  if (co.status === 'sent') return null;
  const word =
    co.status === 'approved'
      ? t('pdfStampApproved')
      : co.status === 'rejected'
        ? t('pdfStampDeclined')
        : t('pdfStampOnHold');
  return day ? `${word} ${showDay(day)}` : word;
}

class Writer {
  y = A4[1] - MARGIN;
  page: PDFPage;
  constructor(
    private doc: PDFDocument,
    private font: PDFFont,
    private bold: PDFFont,
  ) {
    this.page = doc.addPage(A4);
  }
  private wrap(text: string, font: PDFFont, size: number, width: number): string[] {
    const lines: string[] = [];
    for (const para of pdfSafe(font, text).split('\n')) {
      let line = '';
      for (const word of para.split(/\s+/)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) > width && line) {
          lines.push(line);
          line = word;
        } else line = next;
      }
      lines.push(line);
    }
    return lines;
  }
  text(text: string, opts: { size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; indent?: number } = {}) {
    const size = opts.size ?? 10.5;
    const font = opts.bold ? this.bold : this.font;
    const x = MARGIN + (opts.indent ?? 0);
    for (const line of this.wrap(text, font, size, A4[0] - MARGIN - x)) {
      if (this.y < MARGIN + size) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.page.drawText(line, { x, y: this.y - size, size, font, color: opts.color ?? rgb(0.1, 0.1, 0.1) });
      this.y -= size * 1.45;
    }
  }
  row(label: string, amount: string, bold = false) {
    const font = bold ? this.bold : this.font;
    const size = 10.5;
    this.text(label, { bold });
    const a = pdfSafe(font, amount);
    this.page.drawText(a, { x: A4[0] - MARGIN - font.widthOfTextAtSize(a, size), y: this.y + size * 0.45, size, font });
  }
  gap(h = 8) {
    this.y -= h;
  }
}

export async function changeOrderPdf(co: ChangeOrder, ctx: ChangeOrderContext = {}): Promise<Uint8Array> {
  const m = changeOrderModel(co, ctx);
  const doc = await PDFDocument.create();
  doc.setTitle(t('docTextTitle', { ref: m.ref, title: m.title }));
  doc.setCreator('Scopekeeper');
  doc.setProducer('Scopekeeper');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(doc, font, bold);

  if (m.agencyName) w.text(m.agencyName, { size: 12, bold: true, color: BRAND });
  w.text(t('coLabel', { ref: m.ref }), { size: 18, bold: true, color: BRAND });
  w.text(m.title, { size: 13, bold: true });
  w.text([m.clientName, m.projectName, m.date].filter(Boolean).join('  ·  '), { size: 9.5 });
  if (m.supersedes) w.text(m.supersedes, { size: 9.5 });
  w.gap(10);
  if (m.askQuote.trim()) {
    w.text(t('docRequest'), { bold: true });
    w.text(`“${m.askQuote.trim()}”${m.askedBy ? ` (${m.askedBy})` : ''}`, { indent: 10 });
    w.gap();
  }
  w.text(t('docWhy'), { bold: true });
  w.text(m.reason || t('docNotCovered'));
  if (m.affected.length) w.text(`${t('docAffected')} ${m.affected.join(t('listSeparator'))}`);
  w.gap();
  w.text(t('price'), { bold: true });
  for (const l of m.lines) w.row(`${l.label}${l.kind === 'fixed' ? '' : `: ${l.detail}`}`, l.amount);
  if (m.expenses) w.row(t('docExpenses'), m.expenses);
  if (m.discount) {
    w.row(t('subtotal'), m.subtotal);
    w.row(m.discountLabel ?? t('discount'), m.discount);
  }
  w.row(t('total'), m.total, true);
  w.gap();
  w.text(`${t('docScheduleImpact')} ${m.scheduleImpact}`);
  if (m.assumptions.trim()) {
    w.gap();
    w.text(t('coAssumptions'), { bold: true });
    w.text(m.assumptions.trim());
  }
  w.gap();
  if (m.expiresOn) w.text(t('docHtmlValidUntil', { day: m.expiresOn }));
  w.text(t('pdfSignLine', { approver: m.approver || '________________' }));

  const stamp = stampFor(co);
  if (stamp) {
    const size = co.status === 'draft' ? 96 : 40;
    for (const page of doc.getPages()) {
      page.drawText(stamp, {
        x: 120,
        y: 300,
        size,
        font: bold,
        rotate: degrees(35),
        color: co.status === 'approved' ? rgb(0.1, 0.55, 0.25) : rgb(0.75, 0.15, 0.15),
        opacity: 0.22,
      });
    }
  }
  return doc.save();
}

export function pdfFileName(co: Pick<ChangeOrder, 'number' | 'revision' | 'title'>, ref: string): string {
  const slug = co.title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `${ref}${slug ? `-${slug}` : ''}.pdf`;
}
