// Presets for database tests: records stamped now with random ids, as createRecord makes them, so
// their order in lists is the order the test wrote them.
import type { Client, DetectedRequest, Project } from '@/lib/db';
import { emptyScope as blankScope } from '@/lib/scope/empty';
import { makeClient, makeProject, makeRequest } from './index';

export const emptyScope = blankScope();

function fresh() {
  const at = new Date().toISOString();
  return { id: crypto.randomUUID(), createdAt: at, updatedAt: at, deletedAt: null };
}

export const newClient = (over: Partial<Client> = {}): Client =>
  makeClient({ ...fresh(), name: 'Acme', domains: ['acme.com'], ...over });

export const newProject = (clientId: string, over: Partial<Project> = {}): Project =>
  makeProject({ ...fresh(), clientId, name: 'Website', scope: emptyScope, ...over });

export const newRequest = (projectId: string | null, sourceId: string, over: Partial<DetectedRequest> = {}) =>
  makeRequest({
    ...fresh(),
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
    scopeRef: null,
    ...over,
  });

export const tick = (ms = 2) => new Promise((r) => setTimeout(r, ms));
