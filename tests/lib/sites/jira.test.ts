import { describe, expect, it, vi } from 'vitest';
import { jira } from '@/lib/sites/jira';
import { adfText, jiraEnrich } from '@/lib/sites/jira-rest';
import type { Ticket } from '@/lib/sites/types';
import { loadFixture, without } from './load';

function readIssue(doc = loadFixture('jira', 'issue').doc, url = loadFixture('jira', 'issue').url): Ticket {
  const r = jira.read(doc, url);
  if (!r.ok || r.page.type !== 'ticket') throw new Error(`read failed: ${JSON.stringify(r)}`);
  return r.page;
}

describe('jira adapter: issue view', () => {
  it('reads key, summary, description, reporter and project key', () => {
    const t = readIssue();
    expect(t).toMatchObject({ site: 'jira', key: 'ACME-142', title: 'Store locator page for the new site' });
    expect(t.containerId).toBe('ACME');
    expect(t.reporter).toBe('Dana Whitfield');
    expect(t.description).toContain('Map with all 65 stockists, filter by product line');
    expect(t.description).toContain('Not in the wireframes signed off in October.');
  });

  it('reads every comment with author, date and body', () => {
    const [first, second] = readIssue().comments;
    expect(first).toEqual({
      author: 'Marco Ruiz',
      date: '25 November 2026 at 09:30',
      body: 'Could we also show opening hours for each store? Our franchise partners keep asking.',
    });
    expect(second?.author).toBe('Jess Park');
  });

  it('takes the key from the page when the URL has none', () => {
    const { doc } = loadFixture('jira', 'issue');
    const t = readIssue(doc, new URL('https://brightlane.atlassian.net/jira/software/projects/ACME/boards/12'));
    expect(t.key).toBe('ACME-142');
  });

  it('reports the summary selector when the heading is gone', () => {
    const { doc, url } = loadFixture('jira', 'issue');
    const r = jira.read(without(doc, 'h1'), url);
    expect(r).toEqual({ ok: false, failure: { site: 'jira', pageKind: 'ticket', missing: ['jira.summary'] } });
  });

  it('still finds the summary when the testid namespace is renamed (leaf match)', () => {
    const { doc, url } = loadFixture('jira', 'issue');
    doc.querySelector('h1')?.setAttribute('data-testid', 'issue.views.issue-base-v2.summary.heading');
    expect(readIssue(doc, url).title).toBe('Store locator page for the new site');
  });
});

describe('jira adapter: board and backlog', () => {
  it('lists the ACME board cards with key, title and the card as anchor', () => {
    const { doc, url } = loadFixture('jira', 'board');
    const items = jira.listItems?.(doc, url) ?? [];
    expect(items).toHaveLength(10);
    expect(items.find((i) => i.key === 'ACME-117')?.title).toBe('Write product descriptions for 40 new SKUs');
    expect(items[0]?.anchor.getAttribute('data-testid')).toBe('platform-board-kit.ui.card.card');
  });

  it('dedupes backlog rows that carry two links each', () => {
    const { doc, url } = loadFixture('jira', 'backlog');
    const items = jira.listItems?.(doc, url) ?? [];
    expect(items.map((i) => i.key)).toEqual(['ACME-101', 'ACME-104', 'ACME-117', 'ACME-120', 'ACME-128', 'ACME-133']);
    expect(items[2]?.title).toBe('Write product descriptions for 40 new SKUs');
  });
});

describe('jira REST fallback', () => {
  const base: Ticket = {
    type: 'ticket',
    site: 'jira',
    key: 'ACME-9',
    title: 'Thin',
    description: '',
    comments: [],
    reporter: null,
    containerId: 'ACME',
    url: 'https://brightlane.atlassian.net/browse/ACME-9',
  };
  const issueJson = {
    fields: {
      summary: 'Thin',
      reporter: { displayName: 'Dana Whitfield' },
      project: { key: 'ACME' },
      description: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Please add a blog.' }] }],
      },
      comment: {
        comments: [
          {
            author: { displayName: 'Marco' },
            created: '2026-11-20T10:00:00.000+0000',
            body: {
              type: 'doc',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'And a podcast page.' }] }],
            },
          },
        ],
      },
    },
  };

  it('fills description, reporter and comments from same-origin REST with the session', async () => {
    const fetcher = vi.fn(async () => new Response(JSON.stringify(issueJson), { status: 200 }));
    const t = await jiraEnrich(base, new URL(base.url), fetcher as unknown as typeof fetch);
    expect(t.description).toBe('Please add a blog.');
    expect(t.reporter).toBe('Dana Whitfield');
    expect(t.comments[0]).toEqual({
      author: 'Marco',
      date: '2026-11-20T10:00:00.000+0000',
      body: 'And a podcast page.',
    });
    const [href, init] = fetcher.mock.calls[0] as unknown as [string, RequestInit];
    expect(href.startsWith('https://brightlane.atlassian.net/rest/api/3/issue/ACME-9?')).toBe(true);
    expect(init.credentials).toBe('include');
  });

  it('keeps the DOM read when REST fails', async () => {
    const fetcher = vi.fn(async () => new Response('nope', { status: 401 }));
    expect(await jiraEnrich(base, new URL(base.url), fetcher as unknown as typeof fetch)).toEqual(base);
    const throwing = vi.fn(async () => Promise.reject(new Error('offline')));
    expect(await jiraEnrich(base, new URL(base.url), throwing as unknown as typeof fetch)).toEqual(base);
  });

  it('turns ADF into plain text and ignores junk', () => {
    expect(
      adfText({
        type: 'doc',
        content: [
          { type: 'heading', content: [{ type: 'text', text: 'A' }] },
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'b' }, { type: 'hardBreak' }, { type: 'text', text: 'c' }],
          },
        ],
      }),
    ).toBe('A\nb\nc');
    expect(adfText('<b>x</b>')).toBe('');
    expect(adfText(null)).toBe('');
  });
});
