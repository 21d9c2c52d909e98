// Which project does a page belong to? Gmail: the client's email domains (or a thread the AM
// assigned by hand). Tickets: the tool ids linked to a project (Jira key, Trello board, repo...).
import type { Client, Project } from '@/lib/db/schemas';
import type { Thread, Ticket } from '@/lib/sites/types';

export function emailDomain(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  return at > 0 && email
    ? email
        .slice(at + 1)
        .trim()
        .toLowerCase()
    : null;
}

/** True when `domain` is `d` or a subdomain of it (mail.acme.com belongs to acme.com). */
export function domainMatches(domain: string, d: string): boolean {
  const want = d.trim().toLowerCase().replace(/^@/, '');
  return want.length > 0 && (domain === want || domain.endsWith(`.${want}`));
}

function pickProject(candidates: Project[]): Project | null {
  // Prefer active projects, then the most recently touched one.
  const rank = (p: Project) => (p.status === 'active' ? 0 : p.status === 'paused' ? 1 : 2);
  return [...candidates].sort((a, b) => rank(a) - rank(b) || b.updatedAt.localeCompare(a.updatedAt))[0] ?? null;
}

export function matchThread(thread: Thread, projects: Project[], clients: Client[]): Project | null {
  const live = projects.filter((p) => !p.deletedAt);
  const assigned = live.filter((p) => p.threadIds.includes(thread.threadId));
  if (assigned.length) return pickProject(assigned);
  const people = thread.messages.flatMap((m) => [m.from, ...m.to]).filter((p) => p !== null);
  const domains = new Set(people.map((p) => emailDomain(p.email)).filter((d): d is string => d !== null));
  const clientIds = new Set(
    clients
      .filter((c) => !c.deletedAt && c.domains.some((d) => [...domains].some((dom) => domainMatches(dom, d))))
      .map((c) => c.id),
  );
  return pickProject(live.filter((p) => clientIds.has(p.clientId)));
}

/** The tool-side id a ticket is linked by: its container, or for key-style tickets the key prefix. */
export function ticketLinkValues(ticket: Ticket): string[] {
  const values = [ticket.containerId, ticket.key.match(/^([A-Z][A-Z0-9_]+)-\d+$/)?.[1] ?? null];
  return values.filter((v): v is string => !!v).map((v) => v.toLowerCase());
}

export function matchTicket(ticket: Ticket, projects: Project[]): Project | null {
  const wanted = new Set(ticketLinkValues(ticket));
  return pickProject(
    projects.filter(
      (p) => !p.deletedAt && p.links.some((l) => l.site === ticket.site && wanted.has(l.value.trim().toLowerCase())),
    ),
  );
}

export function matchPage(page: Thread | Ticket, projects: Project[], clients: Client[]): Project | null {
  return page.type === 'thread' ? matchThread(page, projects, clients) : matchTicket(page, projects);
}
