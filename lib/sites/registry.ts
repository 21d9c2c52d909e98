// Every site adapter, and URL -> adapter. A page belongs to at most one adapter (tested both ways).
import { gmail } from './gmail';
import { ticketAdapters } from './ticket-adapters';
import type { SiteAdapter, SiteId } from './types';
import { safePage } from './util';

export const adapters: SiteAdapter[] = [gmail, ...ticketAdapters];

export function adapterFor(url: URL): SiteAdapter | null {
  return adapters.find((a) => safePage(a, url) !== null) ?? null;
}

export function adapterById(id: SiteId): SiteAdapter | null {
  return adapters.find((a) => a.id === id) ?? null;
}
