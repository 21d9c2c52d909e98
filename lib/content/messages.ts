// Requests from the extension (background, side panel) to this tab's content script. Each answers
// with the Reply envelope; anything we do not handle gets `undefined` so other listeners may answer.
import type { MessageType, Reply } from '@/lib/messaging/protocol';
import type { ContentRuntime } from './runtime';
import { t } from '@/lib/i18n';
import { fitPage } from '@/lib/sites/limits';

type Inserted = { inserted: boolean; reason: string | null };
export type ComposeInsert = (doc: Document, text: string) => Inserted | Promise<Inserted>;

export const CONTENT_MESSAGES = new Set<string>(['page:reread', 'page:snapshot', 'compose:insert', 'badges:refresh']);

// Readability costs ~12 kB gzipped; the side panel runs it on this snapshot instead (DESIGN budget).
const SNAPSHOT_MAX = 20_000_000;

export async function handleMessage(
  rt: ContentRuntime,
  raw: unknown,
  compose: ComposeInsert | null,
): Promise<Reply<MessageType> | undefined> {
  if (!raw || typeof raw !== 'object') return undefined;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !CONTENT_MESSAGES.has(type)) return undefined;
  try {
    switch (type as MessageType) {
      case 'page:reread': {
        const r = await rt.readEnriched();
        return { ok: true, data: { page: r?.ok ? fitPage(r.page) : null, failure: r && !r.ok ? r.failure : null } };
      }
      case 'page:snapshot': {
        // Serialised markup is inert data for the side panel's DOMParser: nothing here is rendered.
        const html = new XMLSerializer().serializeToString(rt.doc);
        if (html.length > SNAPSHOT_MAX) return { ok: false, error: t('pageTooLarge') };
        return { ok: true, data: { html, url: rt.doc.location?.href ?? '', title: rt.doc.title } };
      }
      case 'compose:insert': {
        const text = (payload as { text?: unknown } | undefined)?.text;
        if (typeof text !== 'string') return { ok: false, error: 'compose:insert needs { text: string }.' };
        if (!compose) return { ok: true, data: { inserted: false, reason: t('insertGmailOnly') } };
        return { ok: true, data: await compose(rt.doc, text.slice(0, 100_000)) };
      }
      case 'badges:refresh': {
        rt.reset();
        await rt.update();
        return { ok: true, data: { refreshed: rt.doc.querySelectorAll('scopekeeper-badge').length } };
      }
      default:
        return undefined;
    }
  } catch (err) {
    return { ok: false, error: `${type} failed in the page: ${err instanceof Error ? err.message : String(err)}` };
  }
}
