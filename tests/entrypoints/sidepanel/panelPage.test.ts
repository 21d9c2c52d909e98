import { describe, expect, it } from 'vitest';
import type { PageState } from '@/lib/messaging/protocol';
import { pinnedTabId } from '@/lib/hooks/pinnedTab';
import { panelPage } from '@/entrypoints/sidepanel/panelPage';

const empty: PageState = {
  tabId: 3,
  url: 'https://example.com/a',
  title: 'A page',
  page: null,
  failure: null,
  readable: null,
  projectId: null,
  sourceId: null,
  badge: null,
};

describe('panelPage', () => {
  it('titles a thread by its subject and carries the badge reason', () => {
    const p = panelPage({
      ...empty,
      page: { type: 'thread', site: 'gmail', threadId: 't1', subject: 'Homepage', url: empty.url, messages: [] },
      sourceId: 't1',
      badge: {
        sourceId: 't1',
        verdict: 'out_of_scope',
        reason: 'Copywriting is excluded',
        note: 'waiting on client 6 days',
      },
    });
    expect(p).toMatchObject({
      title: 'Homepage',
      kind: 'thread',
      problem: null,
      summary: 'Copywriting is excluded · waiting on client 6 days',
    });
  });
  it('explains an unread page and a broken adapter', () => {
    expect(panelPage(empty).problem).toMatch(/Analyse this page/);
    const broken = panelPage({ ...empty, failure: { site: 'jira', pageKind: 'ticket', missing: ['title'] } });
    expect(broken.problem).toMatch(/could not read this jira ticket \(title not found\)/);
  });
});

describe('pinnedTabId', () => {
  it('reads ?tab=<id>', () => {
    expect(pinnedTabId('?tab=42')).toBe(42);
    expect(pinnedTabId('?tab=x')).toBeNull();
    expect(pinnedTabId('')).toBeNull();
  });
});
