// Presets for change-order tests: a web project priced from a rate card, and its out-of-scope ask.
import type { ChangeOrder, DetectedRequest, Project } from '@/lib/db/schemas';
import { draftFromRequests } from '@/lib/changeorders/draft';
import { makeProject, makeRequest } from './index';

export const AT = '2026-11-28T10:00:00.000Z';
const ids = { project: '11111111-1111-4111-8111-111111111111', client: '22222222-2222-4222-8222-222222222222' };
const stamps = { createdAt: AT, updatedAt: AT };

export const project = (over: Partial<Project> = {}): Project =>
  makeProject({
    ...stamps,
    id: ids.project,
    clientId: ids.client,
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
    ...over,
  });

export const request = (over: Partial<DetectedRequest> = {}): DetectedRequest =>
  makeRequest({
    ...stamps,
    id: crypto.randomUUID(),
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
    scopeRef: 'x1',
    confidence: 0.9,
    reason: 'Matches exclusion Blog',
    matchedText: 'No blog or CMS content migration',
    ...over,
  });

export function draft(over: Partial<ChangeOrder> = {}): ChangeOrder {
  return { ...draftFromRequests(project(), [request()], { number: 1, today: '2026-11-28', now: AT }), ...over };
}
