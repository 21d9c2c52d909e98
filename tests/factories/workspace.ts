// Record builders for component tests: valid records with readable defaults.
import type { Client, DetectedRequest, Feedback, Project, Wait } from '@/lib/db/schemas';

let n = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
const at = '2026-11-01T10:00:00.000Z';
const base = () => ({ id: uuid(), createdAt: at, updatedAt: at, deletedAt: null });

export function client(over: Partial<Client> = {}): Client {
  return { ...base(), name: 'Acme Outdoor', domains: ['acmeoutdoor.com'], notes: '', ...over };
}

export function project(clientId: string, over: Partial<Project> = {}): Project {
  return {
    ...base(),
    clientId,
    name: 'Acme website rebuild',
    status: 'active',
    sowText: '',
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
    links: [],
    threadIds: [],
    ...over,
  };
}

export function ask(projectId: string | null, over: Partial<DetectedRequest> = {}): DetectedRequest {
  return {
    ...base(),
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
    verdict: 'out_of_scope',
    scopeRef: 'x1',
    confidence: 0.8,
    reason: 'Copywriting is excluded in the SOW.',
    matchedText: 'copy',
    correction: null,
    changeOrderId: null,
    absorbed: null,
    ...over,
  };
}

export function feedback(over: Partial<Feedback> = {}): Feedback {
  return {
    ...base(),
    clientId: null,
    projectId: null,
    kind: 'praise',
    sentiment: 'positive',
    note: 'Love it',
    sourceUrl: null,
    sourceTitle: null,
    ...over,
  };
}

export function wait(over: Partial<Wait> = {}): Wait {
  return {
    ...base(),
    clientId: null,
    projectId: null,
    what: 'Logo files',
    askedOn: '2026-11-01',
    dueBy: null,
    closedAt: null,
    threadId: null,
    sourceUrl: null,
    auto: false,
    ...over,
  };
}
