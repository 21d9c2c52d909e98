import { describe, expect, it } from 'vitest';
import { domainMatches, emailDomain, matchThread, matchTicket } from '@/lib/background/match';
import type { Client, Project } from '@/lib/db/schemas';
import { emptyScope } from '@/lib/scope/empty';
import type { Thread, Ticket } from '@/lib/sites/types';

const stamp = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', deletedAt: null };
const client = (id: string, domains: string[]): Client => ({ id, name: id, domains, notes: '', ...stamp });
const project = (id: string, clientId: string, extra: Partial<Project> = {}): Project => ({
  id,
  clientId,
  name: id,
  status: 'active',
  sowText: '',
  scope: emptyScope(),
  rateCard: [],
  links: [],
  threadIds: [],
  ...stamp,
  ...extra,
});
const thread = (emails: string[], threadId = 't1'): Thread => ({
  type: 'thread',
  site: 'gmail',
  threadId,
  subject: 's',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
  messages: emails.map((email) => ({
    id: null,
    from: { name: 'x', email },
    to: [],
    date: null,
    body: 'hi',
    collapsed: false,
  })),
});
const ticket = (key: string, containerId: string | null, site: Ticket['site'] = 'jira'): Ticket => ({
  type: 'ticket',
  site,
  key,
  title: 't',
  description: '',
  comments: [],
  reporter: null,
  containerId,
  url: 'https://x.atlassian.net/browse/' + key,
});

describe('domains', () => {
  it('reads the domain of an address', () => {
    expect(emailDomain('Dana@AcmeOutdoor.com')).toBe('acmeoutdoor.com');
    expect(emailDomain('nobody')).toBeNull();
    expect(emailDomain(null)).toBeNull();
  });
  it('matches subdomains but not look-alikes', () => {
    expect(domainMatches('mail.acme.com', 'acme.com')).toBe(true);
    expect(domainMatches('acme.com', '@acme.com')).toBe(true);
    expect(domainMatches('notacme.com', 'acme.com')).toBe(false);
    expect(domainMatches('acme.com', '')).toBe(false);
  });
});

describe('matchThread', () => {
  const clients = [client('c1', ['acme.com']), client('c2', ['globex.com'])];
  it('finds the project of the client whose domain wrote', () => {
    const projects = [project('p1', 'c1'), project('p2', 'c2')];
    expect(matchThread(thread(['dana@acme.com']), projects, clients)?.id).toBe('p1');
    expect(matchThread(thread(['x@globex.com']), projects, clients)?.id).toBe('p2');
    expect(matchThread(thread(['x@unknown.org']), projects, clients)).toBeNull();
  });
  it('prefers an active project and a hand-assigned thread', () => {
    const projects = [
      project('old', 'c1', { status: 'closed' }),
      project('new', 'c1'),
      project('other', 'c2', { threadIds: ['t9'] }),
    ];
    expect(matchThread(thread(['dana@acme.com']), projects, clients)?.id).toBe('new');
    expect(matchThread(thread(['dana@acme.com'], 't9'), projects, clients)?.id).toBe('other');
  });
  it('ignores deleted projects and clients', () => {
    const projects = [project('p1', 'c1', { deletedAt: '2026-02-01T00:00:00Z' })];
    expect(matchThread(thread(['dana@acme.com']), projects, clients)).toBeNull();
  });
});

describe('matchTicket', () => {
  const projects = [
    project('jira', 'c1', { links: [{ site: 'jira', value: 'ACME' }] }),
    project('gh', 'c2', { links: [{ site: 'github', value: 'Org/Repo' }] }),
  ];
  it('links by the Jira key prefix or the container id, per site', () => {
    expect(matchTicket(ticket('ACME-12', null), projects)?.id).toBe('jira');
    expect(matchTicket(ticket('org/repo#4', 'org/repo', 'github'), projects)?.id).toBe('gh');
    expect(matchTicket(ticket('org/repo#4', 'org/repo', 'jira'), projects)).toBeNull();
    expect(matchTicket(ticket('OTHER-1', null), projects)).toBeNull();
  });
});
