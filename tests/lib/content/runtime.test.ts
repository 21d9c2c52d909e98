import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ChangeLog } from '@/lib/content/changes';
import { gmail } from '@/lib/sites/gmail';
import { jira } from '@/lib/sites/jira';
import { ticketAdapters } from '@/lib/sites/ticket-adapters';
import type { SiteAdapter } from '@/lib/sites/types';
import { fixturePath } from '../sites/load';
import { harness, showDocument } from './harness';

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM';
const fixture = (site: string, page: string): string => readFileSync(fixturePath(site, page), 'utf8');
const badges = (): Element[] => Array.from(document.querySelectorAll('scopekeeper-badge'));

beforeEach(() => showDocument('<html><body></body></html>'));

describe('content runtime: detail pages', () => {
  it('reads the Gmail thread, sends page:read and mounts the returned badge in the header', async () => {
    showDocument(fixture('gmail', 'thread-out-of-scope'));
    const h = harness([gmail], THREAD_URL);
    await h.rt.update();
    expect(h.calls.map((c) => c.type)).toEqual(['page:read']);
    const [badge] = badges();
    expect(badges()).toHaveLength(1);
    expect(badge?.getAttribute('data-source')).toBe('1931f3be4c51da14');
    expect(badge?.parentElement?.classList.contains('ha')).toBe(true);
  });

  it('re-applies a badge wiped by a re-render without re-sending an unchanged page', async () => {
    showDocument(fixture('gmail', 'thread-out-of-scope'));
    const h = harness([gmail], THREAD_URL);
    await h.rt.update();
    await h.rt.update();
    expect(badges()).toHaveLength(1);
    badges()[0]?.remove();
    await h.rt.update();
    expect(badges()).toHaveLength(1);
    expect(h.calls.filter((c) => c.type === 'page:read')).toHaveLength(1);
  });

  it('does nothing on a site switched off in settings', async () => {
    showDocument(fixture('gmail', 'thread-out-of-scope'));
    const h = harness([gmail], THREAD_URL);
    h.settings.enabledSites.gmail = false;
    await h.rt.update();
    expect(h.calls).toEqual([]);
    expect(badges()).toHaveLength(0);
  });

  it('waits out late rendering, then reports the missing selector once', async () => {
    showDocument('<html><body><div role="main"></div></body></html>');
    const late = harness([gmail], THREAD_URL, 60_000);
    await late.rt.update();
    expect(late.calls).toEqual([]);
    late.rt.stopped = true;
    const h = harness([gmail], THREAD_URL, 0);
    await h.rt.update();
    await h.rt.update();
    expect(h.calls).toEqual([
      {
        type: 'page:failure',
        payload: {
          url: THREAD_URL,
          failure: { site: 'gmail', pageKind: 'thread', missing: ['gmail.subject', 'gmail.message'] },
          structure: expect.stringContaining('selectors that missed: gmail.subject, gmail.message'),
        },
      },
    ]);
    // The report shows the page's shape, not its text.
    expect((h.calls[0]?.payload as { structure: string }).structure).toContain('div[role=main]');
  });

  it("works out the page's kind once per address, not on every batch of mutations", async () => {
    showDocument(fixture('gmail', 'thread-out-of-scope'));
    const counted: SiteAdapter = { ...gmail, page: vi.fn(gmail.page) };
    const h = harness([counted], THREAD_URL, 0, { changes: new ChangeLog() });
    await h.rt.update();
    const afterPass = vi.mocked(counted.page).mock.calls.length;
    for (let i = 0; i < 50; i++) expect(h.rt.wants()).toBe(false); // a page ticking elsewhere
    expect(counted.page).toHaveBeenCalledTimes(afterPass);
    h.location.href = 'https://mail.google.com/mail/u/0/#settings/general';
    expect(h.rt.wants()).toBe(true);
    expect(vi.mocked(counted.page).mock.calls.at(-1)?.[0].href).toBe(h.location.href);
  });

  it('removes the page badge when the SPA navigates away', async () => {
    showDocument(fixture('gmail', 'thread-out-of-scope'));
    const h = harness([gmail], THREAD_URL);
    await h.rt.update();
    h.location.href = 'https://mail.google.com/mail/u/0/#settings/general';
    await h.rt.update();
    expect(badges()).toHaveLength(0);
  });

  it('turns a throwing adapter into a reported failure, never an exception', async () => {
    const broken: SiteAdapter = {
      ...jira,
      read: () => {
        throw new Error('boom');
      },
      listItems: () => {
        throw new Error('boom');
      },
      badgeAnchor: () => {
        throw new Error('boom');
      },
    };
    const h = harness([broken], 'https://brightlane.atlassian.net/browse/ACME-1');
    await expect(h.rt.update()).resolves.toBeUndefined();
    expect(h.calls[0]?.payload).toMatchObject({ failure: { site: 'jira', missing: ['adapter.exception: boom'] } });
  });

  it('shows Scope ? with what went wrong when the background answers a page with an error', async () => {
    showDocument(fixture('jira', 'issue'));
    const h = harness([jira], 'https://brightlane.atlassian.net/browse/ACME-142');
    h.send.mockImplementation(async () => ({ ok: false, error: 'requests[0].askedAt: expected a date' }));
    await h.rt.update();
    const [badge] = badges();
    expect(badges()).toHaveLength(1);
    expect(badge?.getAttribute('data-verdict')).toBe('unknown');
    expect(badge?.getAttribute('data-source')).toBe('ACME-142');
    expect(badge?.shadowRoot?.querySelector('[role=button]')?.getAttribute('aria-label')).toContain('askedAt');
  });

  it('survives a send that rejects', async () => {
    showDocument(fixture('jira', 'issue'));
    const h = harness([jira], 'https://brightlane.atlassian.net/browse/ACME-142');
    h.send.mockImplementation(async () => Promise.reject(new Error('context invalidated')));
    await expect(h.rt.update()).resolves.toBeUndefined();
    expect(badges()).toHaveLength(0);
  });
});

describe('content runtime: lists', () => {
  it('badges the ACME board cards in one pass', async () => {
    showDocument(fixture('jira', 'board'));
    const h = harness(ticketAdapters, 'https://brightlane.atlassian.net/jira/software/projects/ACME/boards/12');
    await h.rt.update();
    expect(h.calls.map((c) => c.type)).toEqual(['list:items']);
    expect(badges()).toHaveLength(10);
    const card = document.getElementById('card-ACME-117');
    expect(card?.querySelector('scopekeeper-badge')?.getAttribute('data-source')).toBe('ACME-117');
  });

  it('sends big boards in batches of 100 and only new keys afterwards', async () => {
    const cards = Array.from(
      { length: 250 },
      (_, i) =>
        `<div id="card-ACME-${i + 1}" data-testid="platform-board-kit.ui.card.card"><span data-testid="issue-field-single-line-text-readview-card.ui.single-line-text.container.box">Task ${i + 1}</span></div>`,
    ).join('');
    showDocument(`<html><body><main>${cards}</main></body></html>`);
    const h = harness([jira], 'https://brightlane.atlassian.net/jira/software/projects/ACME/boards/12');
    await h.rt.update();
    expect(h.calls.map((c) => (c.payload as { items: unknown[] }).items.length)).toEqual([100, 100, 50]);
    await h.rt.update();
    expect(h.calls).toHaveLength(3);
    expect(badges()).toHaveLength(250);
  });

  it('respects listBadges = false', async () => {
    showDocument(fixture('jira', 'board'));
    const h = harness([jira], 'https://brightlane.atlassian.net/jira/software/projects/ACME/boards/12');
    h.settings.listBadges = false;
    await h.rt.update();
    expect(h.calls).toEqual([]);
  });

  it('badges judged Gmail inbox rows in the subject cell', async () => {
    showDocument(fixture('gmail', 'inbox'));
    const h = harness([gmail], 'https://mail.google.com/mail/u/0/#inbox');
    await h.rt.update();
    expect(badges()).toHaveLength(4);
    expect(badges()[0]?.parentElement?.classList.contains('y6')).toBe(true);
  });

  it('reset (badges:refresh, settings change) forgets and re-sends', async () => {
    showDocument(fixture('jira', 'board'));
    const h = harness([jira], 'https://brightlane.atlassian.net/jira/software/projects/ACME/boards/12');
    await h.rt.update();
    h.rt.reset();
    expect(badges()).toHaveLength(0);
    await h.rt.update();
    expect(h.calls).toHaveLength(2);
    expect(badges()).toHaveLength(10);
  });
});

describe('content runtime: self-hosted origins', () => {
  const SERVER_URL = 'https://jira.acme.internal/browse/ACME-142';

  it('reads a Jira Server page once its origin is registered, and ignores it before', async () => {
    showDocument(fixture('jira', 'issue'));
    const before = harness(ticketAdapters, SERVER_URL);
    await before.rt.update();
    expect(before.calls).toEqual([]);
    before.rt.stopped = true;

    const h = harness(ticketAdapters, SERVER_URL);
    h.settings.selfHosted = [{ origin: 'https://jira.acme.internal', site: 'jira' }];
    await h.rt.update();
    const read = h.calls.find((c) => c.type === 'page:read');
    expect((read?.payload as { page: { key: string; site: string } }).page).toMatchObject({
      key: 'ACME-142',
      site: 'jira',
    });
  });
});
