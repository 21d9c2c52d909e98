// Shared records for change-order tests: a web project priced from a rate card, and its asks.
import type { ChangeOrder, DetectedRequest, Project } from '@/lib/db/schemas';
import { draftFromRequests } from '@/lib/changeorders/draft';

export const AT = '2026-11-28T10:00:00.000Z';
const ids = { project: '11111111-1111-4111-8111-111111111111', client: '22222222-2222-4222-8222-222222222222' };

export function project(over: Partial<Project> = {}): Project {
  return {
    id: ids.project,
    clientId: ids.client,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    name: 'Acme website rebuild',
    status: 'active',
    sowText: '',
    scope: {
      deliverables: [
        { id: 'd1', title: 'Homepage design', description: 'One homepage', quantity: 1 },
        { id: 'd2', title: 'Page templates', description: 'Up to 12 templates', quantity: 12 },
      ],
      exclusions: [{ id: 'x1', title: 'Blog', description: 'No blog or CMS content migration' }],
      revisionRounds: 2,
      budgetHours: 320,
      hourlyRate: 150,
      currency: 'USD',
      startDate: '2026-09-01',
      endDate: '2027-01-31',
    },
    rateCard: [
      { role: 'Designer', rateCents: 12500 },
      { role: 'Developer', rateCents: 15000 },
    ],
    links: [],
    threadIds: [],
    ...over,
  };
}

export function request(over: Partial<DetectedRequest> = {}): DetectedRequest {
  return {
    id: crypto.randomUUID(),
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    projectId: ids.project,
    source: {
      site: 'gmail',
      kind: 'thread',
      id: '18c2a',
      url: 'https://mail.google.com/mail/u/0/#inbox/18c2a',
      title: 'Quick one',
      messageId: null,
    },
    askText: 'Can you also add a blog section to the site? Should not take long.',
    from: 'Dana Whitfield <dana@acmeoutdoor.com>',
    askedAt: AT,
    verdict: 'out_of_scope',
    scopeRef: 'x1',
    confidence: 0.9,
    reason: 'Matches exclusion Blog',
    matchedText: 'No blog or CMS content migration',
    correction: null,
    changeOrderId: null,
    absorbed: null,
    ...over,
  };
}

export function draft(over: Partial<ChangeOrder> = {}): ChangeOrder {
  return { ...draftFromRequests(project(), [request()], { number: 1, today: '2026-11-28', now: AT }), ...over };
}
