// Setting up from the page itself: a new client's name and email domains from the thread's
// non-agency senders, or the tool key a ticket would be linked by. Pure; the side panel asks first.
import type { Client, Project } from '@/lib/db/schemas';
import type { Thread, Ticket } from '@/lib/sites/types';
import { domainMatches, emailDomain, ticketLinkValues } from '@/lib/background/match';
import { suggestedAgencyDomain } from './account';

export interface ClientSuggestion {
  name: string;
  domains: string[];
}

/** "acme-outdoor.co.uk" -> "Acme Outdoor". */
export function nameFromDomain(domain: string): string {
  const label = domain.split('.')[0] ?? domain;
  return label
    .split(/[-_]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

/** The client behind a thread nobody set up yet: the commonest outside company domain among its people. */
export function suggestClient(thread: Thread, agencyDomains: string[], clients: Client[]): ClientSuggestion | null {
  const counts = new Map<string, number>();
  for (const m of thread.messages) {
    for (const person of [m.from, ...m.to]) {
      const d = emailDomain(person?.email);
      // Personal mailboxes (gmail.com) cannot identify a company; agency addresses are ours.
      if (!d || !suggestedAgencyDomain(`x@${d}`) || agencyDomains.some((a) => domainMatches(d, a))) continue;
      counts.set(d, (counts.get(d) ?? 0) + (person === m.from ? 2 : 1));
    }
  }
  const known = (d: string) => clients.some((c) => !c.deletedAt && c.domains.some((cd) => domainMatches(d, cd)));
  const domains = [...counts.entries()]
    .filter(([d]) => !known(d))
    .sort((a, b) => b[1] - a[1])
    .map(([d]) => d);
  return domains.length ? { name: nameFromDomain(domains[0]!), domains: [domains[0]!] } : null;
}

export interface LinkSuggestion {
  site: Ticket['site'];
  /** As typed into a project's tool links: the Jira key, the repo, the board. */
  value: string;
}

/** What an unlinked ticket's project would be linked by (the key prefix "ACME", the container). */
export function suggestLink(ticket: Ticket): LinkSuggestion | null {
  const keyPrefix = /^([A-Z][A-Z0-9_]+)-\d+$/.exec(ticket.key)?.[1];
  const value = keyPrefix ?? ticket.containerId ?? ticketLinkValues(ticket)[0] ?? null;
  return value ? { site: ticket.site, value } : null;
}

/** The project to offer first: one whose name or client's name the ticket's title mentions, else the newest active. */
export function likelyProject(ticket: Ticket, projects: Project[], clients: Client[]): Project | null {
  const live = projects.filter((p) => !p.deletedAt && p.status !== 'closed');
  const text = `${ticket.title} ${ticket.description}`.toLowerCase();
  const clientName = (p: Project) => clients.find((c) => c.id === p.clientId)?.name.toLowerCase() ?? '\u0000';
  return (
    live.find((p) => text.includes(p.name.toLowerCase()) || text.includes(clientName(p))) ??
    [...live].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ??
    null
  );
}
