// Minimal valid records for tests; override what the test is about.
import { createRecord } from '@/lib/db';
import type { Client, DetectedRequest, Project } from '@/lib/db';
import { emptyScope as blankScope } from '@/lib/scope/empty';

export const emptyScope = blankScope();

export const newClient = (over: Partial<Client> = {}): Client => ({
  ...createRecord('clients', { name: 'Acme', domains: ['acme.com'], notes: '' }),
  ...over,
});

export const newProject = (clientId: string, over: Partial<Project> = {}): Project => ({
  ...createRecord('projects', {
    clientId,
    name: 'Website',
    status: 'active',
    sowText: '',
    scope: emptyScope,
    rateCard: [],
    links: [],
    threadIds: [],
  }),
  ...over,
});

export const newRequest = (projectId: string | null, sourceId: string, over: Partial<DetectedRequest> = {}) => ({
  ...createRecord('requests', {
    projectId,
    source: {
      site: 'gmail',
      kind: 'thread',
      id: sourceId,
      url: 'https://mail.google.com/',
      title: 'Re: hi',
      messageId: null,
    },
    askText: 'Can you add a blog?',
    from: null,
    askedAt: null,
    verdict: 'out_of_scope',
    scopeRef: null,
    confidence: 0.8,
    reason: '',
    matchedText: null,
    correction: null,
    changeOrderId: null,
    absorbed: null,
  }),
  ...over,
});

export const tick = (ms = 2) => new Promise((r) => setTimeout(r, ms));
