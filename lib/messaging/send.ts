// Typed senders. No zod here: content scripts import this file.
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, RequestOf } from './protocol';
import { t } from '@/lib/i18n';

function toReply<T extends MessageType>(raw: unknown): Reply<T> {
  if (raw && typeof raw === 'object' && 'ok' in raw) return raw as Reply<T>;
  return { ok: false, error: t('noReply') };
}

/** Send to the background (or any extension page listening). Never throws. */
export async function sendToBackground<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<T>> {
  const envelope: Envelope<T> = { type, payload };
  try {
    return toReply<T>(await browser.runtime.sendMessage(envelope));
  } catch (err) {
    return { ok: false, error: t('noBackground', { error: errorText(err) }) };
  }
}

/** Send to the content script of one tab. Never throws. */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: RequestOf<T>,
): Promise<Reply<T>> {
  const envelope: Envelope<T> = { type, payload };
  try {
    return toReply<T>(await browser.tabs.sendMessage(tabId, envelope));
  } catch (err) {
    return { ok: false, error: t('noContentScript', { error: errorText(err) }) };
  }
}

export function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
