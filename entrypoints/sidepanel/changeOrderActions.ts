// Browser glue for the side panel's change orders: drafting with the project's next number, saving
// and moving through the status machine, and two of the ways a change order leaves the panel (the
// open Gmail reply, a printable tab; the clipboard is ./clipboard). Each returns a sentence for the AM.
import {
  LockedError,
  TransitionError,
  markAbsorbed,
  newChangeOrder,
  saveChangeOrder,
  saveTransition,
} from '@/lib/changeorders';
import type { CoStatus } from '@/lib/changeorders';
import type { ChangeOrder, DetectedRequest, Project } from '@/lib/db';
import { ValidationError } from '@/lib/db';
import { sendToTab } from '@/lib/messaging/send';
import { addDays, today } from '@/lib/dates/days';
import { formatCoRef } from '@/lib/changeorders/number';
import { statusWord } from '@/lib/changeorders/status';
import type { ChangeOrderContext } from '@/lib/changeorders/documentModel';
import { FOLLOW_UP_DAYS } from '@/lib/reminders/today';
import type { Result } from './clipboard';
import { t } from '@/lib/i18n';

export type Saved = { ok: true; co: ChangeOrder } | { ok: false; error: string };

/** One sentence saying why a change order was not saved, naming the field or the lock. */
export function coFailure(err: unknown): string {
  if (err instanceof ValidationError) return t('notSaved', { error: err.message });
  if (err instanceof LockedError || err instanceof TransitionError) return err.message;
  return t('notSavedReload', { error: err instanceof Error ? err.message : String(err) });
}

async function attempt(fn: () => Promise<ChangeOrder>): Promise<Saved> {
  try {
    return { ok: true, co: await fn() };
  } catch (err) {
    return { ok: false, error: coFailure(err) };
  }
}

/** An unsaved draft; its number is the project's next free one (taken for good on save). */
export function draftChangeOrder(project: Project, asks: DetectedRequest[], now = new Date()): Promise<ChangeOrder> {
  return newChangeOrder(project, asks, { today: today(now), now: now.toISOString() });
}

export const saveOrder = (co: ChangeOrder): Promise<Saved> => attempt(() => saveChangeOrder(co));

/**
 * Saves the order's current edits with the move, so choosing "Sent" on an edited draft sends what
 * is on screen rather than the last saved version.
 */
export const moveOrder = (co: ChangeOrder, to: CoStatus, note = ''): Promise<Saved> =>
  attempt(() => saveTransition(co, to, note));

/** The ask recorded as work done without a change order, with its estimated value. */
export async function absorbAsk(ask: DetectedRequest, valueCents: number, note: string): Promise<string | null> {
  try {
    await markAbsorbed(ask, valueCents, note);
    return null;
  } catch (err) {
    return coFailure(err);
  }
}

type Send = typeof sendToTab<'compose:insert'>;

/** Puts the email text into the tab's open Gmail reply or compose box; never sends anything. */
export async function insertIntoReply(tabId: number | null, text: string, send: Send = sendToTab): Promise<Result> {
  if (tabId === null) return { ok: false, message: t('insertNoTab') };
  const r = await send(tabId, 'compose:insert', { text });
  if (!r.ok) return { ok: false, message: t('insertFailed', { error: r.error }) };
  if (!r.data.inserted) return { ok: false, message: t('insertFailed', { error: r.data.reason ?? t('insertNoBox') }) };
  return {
    ok: true,
    message: t('inserted'),
  };
}

type Open = (url: string, target: string) => unknown;

/**
 * Opens the printable document in a new tab. A Blob URL keeps it a local file (no network, no
 * storage); the document's own CSP forbids scripts. Revoked once the tab has surely loaded it.
 */
export function openPrintable(html: string, open: Open = (u, t) => window.open(u, t)): Result {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
  const win = open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (!win) return { ok: false, message: t('printBlocked') };
  return { ok: true, message: t('printOpened') };
}

/** Saves bytes as a download from the panel (an <a download>: no downloads permission needed). */
export function downloadBytes(bytes: Uint8Array, name: string, type = 'application/pdf'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The branded PDF, made here (pdf-lib is loaded only when a PDF is asked for). */
export async function downloadPdf(co: ChangeOrder, ctx: ChangeOrderContext): Promise<Result> {
  try {
    const { changeOrderPdf, pdfFileName } = await import('@/lib/pdf/changeOrderPdf');
    const ref = formatCoRef(co);
    const name = pdfFileName(co, ref);
    downloadBytes(await changeOrderPdf(co, ctx), name);
    return { ok: true, message: t('pdfDownloaded', { name }) };
  } catch (err) {
    return { ok: false, message: t('pdfFailed', { error: err instanceof Error ? err.message : String(err) }) };
  }
}

/**
 * Step two of a change order: marked sent (with a follow-up day, so a silent client is chased),
 * the client email put into the Gmail reply (opened if needed), and the PDF downloaded beside it
 * to attach (Gmail gives extensions no way to attach a file). Nothing is sent by itself.
 */
export async function sendToClient(
  tabId: number | null,
  co: ChangeOrder,
  email: string,
  ctx: ChangeOrderContext,
  now = new Date(),
): Promise<{ saved: Saved; message: Result }> {
  const withFollowUp = { ...co, followUpOn: co.followUpOn ?? addDays(today(now), FOLLOW_UP_DAYS) };
  const saved = co.status === 'sent' ? await saveOrder(withFollowUp) : await moveOrder(withFollowUp, 'sent');
  if (!saved.ok) return { saved, message: { ok: false, message: saved.error } };
  const [inserted, pdf] = [await insertIntoReply(tabId, email), await downloadPdf(saved.co, ctx)];
  const ref = formatCoRef(saved.co);
  const parts = [
    t('coMarked', { ref, status: statusWord('sent') }),
    inserted.ok ? t('coEmailInserted') : inserted.message,
    pdf.ok ? t('pdfAttach', { message: pdf.message }) : pdf.message,
  ];
  return { saved, message: { ok: inserted.ok && pdf.ok, message: parts.join(' ') } };
}
