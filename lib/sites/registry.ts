// Every site adapter, and URL -> adapter. A page belongs to at most one adapter (tested both ways).
import { gmail } from './gmail';
import { pickAdapter, type SelfHostedOrigin } from './hosts';
import { ticketAdapters } from './ticket-adapters';
import type { SiteAdapter, SiteId } from './types';

export const adapters: SiteAdapter[] = [gmail, ...ticketAdapters];

/** `selfHosted` (settings) maps registered Jira Server / GitHub Enterprise origins to those adapters' page logic. */
export function adapterFor(url: URL, selfHosted: readonly SelfHostedOrigin[] = []): SiteAdapter | null {
  return pickAdapter(adapters, url, selfHosted);
}

export function adapterById(id: SiteId): SiteAdapter | null {
  return adapters.find((a) => a.id === id) ?? null;
}
