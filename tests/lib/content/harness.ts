// A runtime wired to the global happy-dom document, a fake location and a recording `send`.
import { vi } from 'vitest';
import { ContentRuntime, type RuntimeDeps, type Send } from '@/lib/content/runtime';
import type { BadgeInfo, MessageType, Reply } from '@/lib/messaging/protocol';
import { defaultSettings, type Settings } from '@/lib/settings';
import type { SiteAdapter } from '@/lib/sites/types';
import { parseHtml } from '../sites/load';

export function showDocument(html: string): void {
  const parsed = parseHtml(html);
  document.documentElement.replaceChildren(
    document.importNode(parsed.head, true),
    document.importNode(parsed.body, true),
  );
}

export function verdictFor(sourceId: string): BadgeInfo {
  return { sourceId, verdict: 'out_of_scope', reason: `Reason for ${sourceId}`, note: null };
}

export interface Harness {
  rt: ContentRuntime;
  location: { href: string };
  settings: Settings;
  calls: { type: MessageType; payload: unknown }[];
  send: ReturnType<typeof vi.fn>;
}

export function harness(adapters: SiteAdapter[], href: string, graceMs = 0, extra: Partial<RuntimeDeps> = {}): Harness {
  const location = { href };
  const settings = defaultSettings();
  const calls: Harness['calls'] = [];
  const send = vi.fn(async (type: MessageType, payload: unknown): Promise<Reply<MessageType>> => {
    calls.push({ type, payload });
    if (type === 'page:read') {
      const page = (payload as { page: { type: string; threadId?: string; key?: string } }).page;
      return { ok: true, data: verdictFor(page.threadId ?? page.key ?? '?') };
    }
    if (type === 'list:items') {
      const items = (payload as { items: { key: string }[] }).items;
      return { ok: true, data: { badges: items.map((i) => verdictFor(i.key)) } };
    }
    return { ok: true, data: { logged: true } } as Reply<MessageType>;
  });
  const rt = new ContentRuntime(adapters, {
    win: { document, location } as unknown as Window,
    send: send as unknown as Send,
    getSettings: async () => settings,
    fetcher: (async () => new Response('{}', { status: 404 })) as typeof fetch,
    graceMs,
    setTimeout: (h, ms) => setTimeout(h, ms),
    ...extra,
  });
  return { rt, location, settings, calls, send };
}
