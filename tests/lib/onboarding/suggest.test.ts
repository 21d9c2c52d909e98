import { describe, expect, it } from 'vitest';
import { likelyProject, nameFromDomain, suggestClient, suggestLink } from '@/lib/onboarding/suggest';
import type { Thread, Ticket } from '@/lib/sites/types';
import { makeClient, makeProject } from '../../factories';

const person = (email: string) => ({ name: email, email });
const thread: Thread = {
  type: 'thread',
  site: 'gmail',
  threadId: 't',
  subject: 'Catalogue',
  url: 'https://mail.google.com/mail/u/0/#inbox/t',
  messages: [
    {
      id: '1',
      from: person('dana@acme-outdoor.com'),
      to: [person('jess@brightlane.agency'), person('pat@gmail.com')],
      date: null,
      body: 'x',
      collapsed: false,
    },
    {
      id: '2',
      from: person('jess@brightlane.agency'),
      to: [person('dana@acme-outdoor.com')],
      date: null,
      body: 'y',
      collapsed: false,
    },
  ],
};
const ticket: Ticket = {
  type: 'ticket',
  site: 'jira',
  key: 'ACME-142',
  title: 'Add store locator for Acme Outdoor',
  description: '',
  comments: [],
  reporter: null,
  containerId: 'ACME',
  url: 'https://brightlane.atlassian.net/browse/ACME-142',
};

describe('setting up from the page', () => {
  it('names the new client from the outside company domain, skipping the agency and personal mailboxes', () => {
    expect(suggestClient(thread, ['brightlane.agency'], [])).toEqual({
      name: 'Acme Outdoor',
      domains: ['acme-outdoor.com'],
    });
    expect(nameFromDomain('globex.co.uk')).toBe('Globex');
  });

  it('offers nothing once the client exists', () => {
    expect(suggestClient(thread, ['brightlane.agency'], [makeClient({ domains: ['acme-outdoor.com'] })])).toBeNull();
  });

  it('suggests the Jira key to link and the project the ticket mentions', () => {
    expect(suggestLink(ticket)).toEqual({ site: 'jira', value: 'ACME' });
    const acme = makeClient({ name: 'Acme Outdoor' });
    const other = makeProject({ clientId: makeClient().id, name: 'Other', updatedAt: '2026-12-01T00:00:00.000Z' });
    const web = makeProject({ clientId: acme.id, name: 'Website', updatedAt: '2026-01-01T00:00:00.000Z' });
    expect(likelyProject(ticket, [other, web], [acme])?.id).toBe(web.id);
  });
});
