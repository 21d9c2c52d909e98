// Small helpers shared by the adapters.
import type { PageKind, ReadResult, SiteAdapter, SiteId, Thread, Ticket } from './types';

export const ok = (page: Thread | Ticket): ReadResult => ({ ok: true, page });

export const failed = (site: SiteId, pageKind: PageKind, missing: string[]): ReadResult => ({
  ok: false,
  failure: { site, pageKind, missing },
});

/** Non-empty path segments, URI-decoded where possible. */
export function segments(url: URL): string[] {
  return url.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}

/** Runs an adapter's read and turns any exception into a named failure: nothing reaches the page. */
export function safeRead(adapter: SiteAdapter, doc: Document, url: URL): ReadResult {
  const kind = safePage(adapter, url) ?? 'ticket';
  try {
    const r = adapter.read(doc, url);
    if (r && typeof r === 'object' && 'ok' in r) return r;
    return failed(adapter.id, kind, ['adapter.result']);
  } catch (err) {
    return failed(adapter.id, kind, [
      `adapter.exception: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300),
    ]);
  }
}

export function safePage(adapter: SiteAdapter, url: URL): PageKind | null {
  try {
    return adapter.page(url);
  } catch {
    return null;
  }
}

/** Same-origin JSON GET with the user's session cookie; null on any failure. */
export async function sameOriginJson(
  fetcher: typeof fetch,
  pageUrl: URL,
  path: string,
  headers: Record<string, string> = {},
): Promise<unknown> {
  try {
    const target = new URL(path, pageUrl.origin);
    if (target.origin !== pageUrl.origin) return null; // never another origin
    const res = await fetcher(target.href, {
      credentials: 'include',
      headers: { Accept: 'application/json', ...headers },
    });
    if (!res.ok) return null;
    return await res.json();
  } catch {
    return null;
  }
}
