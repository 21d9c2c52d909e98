// Jira Data Center / Server and GitHub Enterprise pages on registered self-hosted origins.
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites/registry';
import type { SelfHostedOrigin } from '@/lib/sites/hosts';
import { loadFixture } from './load';

const JIRA_SH: SelfHostedOrigin[] = [{ origin: 'https://jira.brightlane.internal', site: 'jira' }];
const kindAt = (href: string): string | null => {
  const url = new URL(href);
  return adapterFor(url, JIRA_SH)?.page(url) ?? null;
};

describe('Jira Server classic board and backlog (RapidBoard.jspa)', () => {
  it('is a ticket only while an issue detail is open', () => {
    const base = 'https://jira.brightlane.internal/secure/RapidBoard.jspa?rapidView=12';
    expect(kindAt(base)).toBe('list');
    expect(kindAt(`${base}&view=planning`)).toBe('list');
    expect(kindAt(`${base}&view=planning.nodetail&selectedIssue=ACME-117`)).toBe('list');
    expect(kindAt(`${base}&view=planning&selectedIssue=ACME-117`)).toBe('ticket');
    expect(kindAt(`${base}&view=detail&selectedIssue=ACME-117`)).toBe('ticket');
    expect(kindAt('https://jira.brightlane.internal/jira/secure/RapidBoard.jspa?rapidView=3')).toBe('list');
  });

  it('lists the board cards with key, title and the card as anchor', () => {
    const { doc, url, selfHosted } = loadFixture('jira', 'server-board');
    const adapter = adapterFor(url, selfHosted);
    expect(adapter?.page(url)).toBe('list');
    const items = adapter?.listItems?.(doc, url) ?? [];
    expect(items.map((i) => [i.key, i.title])).toEqual([
      ['ACME-101', 'Homepage hero: final copy'],
      ['ACME-117', 'Write product descriptions for 40 new SKUs'],
      ['ACME-120', 'Newsletter template refresh'],
      ['ACME-142', 'Store locator page for the new site'],
      ['ACME-128', 'Fix broken footer links'],
    ]);
    expect(items[0]?.anchor.getAttribute('data-issue-key')).toBe('ACME-101');
  });

  it('treats a backlog with a highlighted selectedIssue but no detail as a list, and lists its rows', () => {
    const { doc, url, selfHosted } = loadFixture('jira', 'server-backlog');
    const adapter = adapterFor(url, selfHosted);
    expect(url.searchParams.get('selectedIssue')).toBe('ACME-117');
    expect(adapter?.page(url)).toBe('list');
    expect(adapter?.listItems?.(doc, url).map((i) => i.key)).toEqual(['ACME-101', 'ACME-117', 'ACME-133']);
  });
});

describe('Jira Server classic issue view with comments', () => {
  it('reads description, reporter and each comment once (not its collapsed copy)', () => {
    const { doc, url, selfHosted } = loadFixture('jira', 'server-issue');
    const adapter = adapterFor(url, selfHosted);
    const r = adapter?.read(doc, url);
    if (!r?.ok || r.page.type !== 'ticket') throw new Error(JSON.stringify(r));
    expect(r.page).toMatchObject({
      key: 'ACME-142',
      title: 'Store locator page for the new site',
      reporter: 'Dana Whitfield',
    });
    expect(r.page.description).toBe(
      'Map with all 65 stockists, filter by product line and a search by postcode.\nNot in the wireframes signed off in October.',
    );
    expect(r.page.comments).toEqual([
      {
        author: 'Marco Ruiz',
        date: '2026-11-25T09:30:00+0000',
        body: 'Could we also show opening hours for each store? Our franchise partners keep asking.',
      },
      {
        author: 'Jess Park',
        date: '2026-11-26T14:05:00+0000',
        body: 'Opening hours are not in the signed SOW; I will draft a change order.',
      },
    ]);
    expect(adapter?.badgeAnchor(doc, url)?.classList.contains('toolbar-split-left')).toBe(true);
  });
});

describe('GitHub Enterprise Server (legacy issue markup)', () => {
  it('reads the opening post as the description and only the replies as comments', () => {
    const { doc, url, selfHosted } = loadFixture('github', 'enterprise-issue');
    const adapter = adapterFor(url, selfHosted);
    const r = adapter?.read(doc, url);
    if (!r?.ok || r.page.type !== 'ticket') throw new Error(JSON.stringify(r));
    expect(r.page).toMatchObject({
      key: 'acme-outdoor/storefront#42',
      title: 'Add a store locator',
      reporter: 'dwhitfield',
      containerId: 'acme-outdoor/storefront',
    });
    expect(r.page.description).toBe(
      'The client wants a store locator with all 65 stockists and a postcode search.\nIt was not in the signed wireframes.',
    );
    expect(r.page.comments).toEqual([
      { author: 'mruiz', date: '2026-11-21T09:15:00Z', body: 'Could the locator also show opening hours?' },
    ]);
    expect(adapter?.badgeAnchor(doc, url)?.classList.contains('gh-header-title')).toBe(true);
  });

  it('lists rows whose links carry the enterprise origin', () => {
    const { doc, url, selfHosted } = loadFixture('github', 'enterprise-list');
    const adapter = adapterFor(url, selfHosted);
    expect(adapter?.page(url)).toBe('list');
    expect(adapter?.listItems?.(doc, url).map((i) => [i.key, i.title])).toEqual([
      ['acme-outdoor/storefront#42', 'Add a store locator'],
      ['acme-outdoor/storefront#43', 'Write 40 product descriptions'],
    ]);
  });
});
