// Requests from the extension (background, side panel) to this tab's content script. Each answers
// with the Reply envelope; anything we do not handle gets `undefined` so other listeners may answer.
import type { MessageType, Reply } from '@/lib/messaging/protocol';
import type { ContentRuntime } from './runtime';
export type Readable = (doc: Document) => { title: string; text: string } | null;

export type ComposeInsert = (doc: Document, text: string) => { inserted: boolean; reason: string | null };

const OURS = new Set<MessageType>(['page:reread', 'page:readability', 'compose:insert', 'badges:refresh']);

export async function handleMessage(
  rt: ContentRuntime,
  raw: unknown,
  compose: ComposeInsert | null,
  readable: Readable | null = null,
): Promise<Reply<MessageType> | undefined> {
  if (!raw || typeof raw !== 'object') return undefined;
  const { type, payload } = raw as { type?: unknown; payload?: unknown };
  if (typeof type !== 'string' || !OURS.has(type as MessageType)) return undefined;
  try {
    switch (type as MessageType) {
      case 'page:reread': {
        const r = await rt.readEnriched();
        return { ok: true, data: { page: r?.ok ? r.page : null, failure: r && !r.ok ? r.failure : null } };
      }
      case 'page:readability':
        // Readability is ~12 kB gzipped: only bundles with budget to spare pass it in.
        if (!readable) return { ok: false, error: 'Readability is not bundled in this content script.' };
        return { ok: true, data: readable(rt.doc) };
      case 'compose:insert': {
        const text = (payload as { text?: unknown } | undefined)?.text;
        if (typeof text !== 'string') return { ok: false, error: 'compose:insert needs { text: string }.' };
        if (!compose)
          return { ok: true, data: { inserted: false, reason: 'Inserting text is only available in Gmail.' } };
        return { ok: true, data: compose(rt.doc, text.slice(0, 100_000)) };
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
