// Presets for component tests: a web project with a deliverable list and one exclusion, and its asks.
import type { Client, DetectedRequest, Feedback, Project, Wait } from '@/lib/db/schemas';
import { makeClient, makeFeedback, makeProject, makeRequest, makeWait } from './index';

const at = '2026-11-01T10:00:00.000Z';
const stamps = { createdAt: at, updatedAt: at };

export const client = (over: Partial<Client> = {}): Client => makeClient({ ...stamps, name: 'Acme Outdoor', ...over });

export const project = (clientId: string, over: Partial<Project> = {}): Project =>
  makeProject({
    ...stamps,
    clientId,
    scope: {
      deliverables: [
        { id: 'd1', title: 'Homepage design', description: 'Homepage design', quantity: null },
        { id: 'd2', title: 'Page templates', description: 'Page templates', quantity: 12 },
      ],
      exclusions: [{ id: 'x1', title: 'Copywriting', description: 'Copywriting' }],
      revisionRounds: 2,
      budgetHours: 320,
      hourlyRate: 150,
      currency: 'USD',
      startDate: null,
      endDate: null,
    },
    rateCard: [{ role: 'Designer', rateCents: 15000 }],
    ...over,
  });

export const ask = (projectId: string | null, over: Partial<DetectedRequest> = {}): DetectedRequest =>
  makeRequest({
    ...stamps,
    projectId,
    source: {
      site: 'gmail',
      kind: 'thread',
      id: 'thread-1',
      url: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
      title: 'Homepage',
      messageId: null,
    },
    askText: 'Could you also write the copy for the About page?',
    from: 'dana@acmeoutdoor.com',
    askedAt: at,
    scopeRef: 'x1',
    reason: 'Copywriting is excluded in the SOW.',
    matchedText: 'copy',
    ...over,
  });

export const feedback = (over: Partial<Feedback> = {}): Feedback =>
  makeFeedback({ ...stamps, kind: 'praise', sentiment: 'positive', note: 'Love it', ...over });

export const wait = (over: Partial<Wait> = {}): Wait => makeWait({ ...stamps, askedOn: '2026-11-01', ...over });
