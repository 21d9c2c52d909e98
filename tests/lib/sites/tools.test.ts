// The seven other project tools, table-driven: each fixture's read and list, checked field by field.
import { describe, expect, it } from 'vitest';
import { adapterById } from '@/lib/sites/registry';
import type { SiteId, Ticket } from '@/lib/sites/types';
import { loadFixture } from './load';

interface Case {
  site: SiteId;
  ticket: string;
  list: string;
  expect: Partial<Ticket> & { descriptionHas: string; comment: { author: string | null; bodyHas: string } };
  keys: string[];
  firstTitle: string;
}

const cases: Case[] = [
  {
    site: 'asana', ticket: 'task', list: 'board',
    expect: { key: '1208765432109876', title: 'Add a size guide pop-up to every product page', containerId: '1204567890123456', descriptionHas: 'size guide pop-up with a chart', comment: { author: 'Dana Whitfield', bodyHas: 'before the March launch' } },
    keys: ['1208765432109870', '1208765432109871', '1208765432109876', '1208765432109879'], firstTitle: 'Homepage hero: final copy',
  },
  {
    site: 'trello', ticket: 'card', list: 'board',
    expect: { key: 'Qw3rTy12', title: 'Homepage hero copy', containerId: 'AcMe2026', descriptionHas: 'German version of each', comment: { author: 'Dana Whitfield', bodyHas: 'by Thursday' } },
    keys: ['Qw3rTy12', 'Zx8cVb34', 'Lm9nOp56'], firstTitle: 'Homepage hero copy',
  },
  {
    site: 'linear', ticket: 'issue', list: 'list',
    expect: { key: 'WEB-214', title: 'Product comparison table for tents', containerId: 'WEB', reporter: 'Dana Whitfield', descriptionHas: 'weight, capacity, season rating', comment: { author: 'Marco Ruiz', bodyHas: 'sleeping bags' } },
    keys: ['WEB-210', 'WEB-212', 'WEB-214', 'WEB-219'], firstTitle: 'Homepage hero copy',
  },
  {
    site: 'github', ticket: 'issue', list: 'list',
    expect: { key: 'acme-outdoor/storefront#42', title: 'Add wishlist sharing by email', containerId: 'acme-outdoor/storefront', reporter: 'dana-acme', descriptionHas: 'weekly digest email of price drops', comment: { author: 'jess-brightlane', bodyHas: 'quote it separately' } },
    keys: ['acme-outdoor/storefront#42', 'acme-outdoor/storefront#41', 'acme-outdoor/storefront#38'], firstTitle: 'Add wishlist sharing by email',
  },
  {
    site: 'clickup', ticket: 'task', list: 'list',
    expect: { key: '86b1x2y3z', title: 'Extra banner sizes for the spring campaign', containerId: '901234567890', descriptionHas: 'six more banner sizes', comment: { author: 'Dana Whitfield', bodyHas: 'animated' } },
    keys: ['86b1x2y3z', '86b1x2y40', '86b1x2y41'], firstTitle: 'Extra banner sizes for the spring campaign',
  },
  {
    site: 'monday', ticket: 'item', list: 'board',
    expect: { key: '3849205512', title: 'Extra Instagram reels for December', containerId: '3849201756', descriptionHas: '', comment: { author: 'Dana Whitfield', bodyHas: 'four more reels' } },
    keys: ['3849205512', '3849205513', '3849205514'], firstTitle: 'Extra Instagram reels for December',
  },
  {
    site: 'basecamp', ticket: 'todo', list: 'todolist',
    expect: { key: '7012345678', title: 'Extra landing page for the trade show', containerId: '27450011', reporter: 'Dana Whitfield', descriptionHas: 'lead form for the booth QR code', comment: { author: 'Marco Ruiz', bodyHas: 'German version' } },
    keys: ['7012345678', '7012345679', '7012345680'], firstTitle: 'Extra landing page for the trade show',
  },
]; // prettier-ignore

describe.each(cases)('$site adapter', (c) => {
  const adapter = adapterById(c.site);
  if (!adapter) throw new Error(`no adapter ${c.site}`);

  it('reads the detail fixture', () => {
    const { doc, url } = loadFixture(c.site, c.ticket);
    expect(adapter.page(url)).toBe('ticket');
    const r = adapter.read(doc, url);
    if (!r.ok || r.page.type !== 'ticket') throw new Error(JSON.stringify(r));
    const { descriptionHas, comment, ...fields } = c.expect;
    expect(r.page).toMatchObject({ site: c.site, url: url.href, ...fields });
    expect(r.page.description).toContain(descriptionHas);
    expect(r.page.comments[0]?.author).toBe(comment.author);
    expect(r.page.comments[0]?.body).toContain(comment.bodyHas);
    expect(adapter.badgeAnchor(doc, url)).not.toBeNull();
  });

  it('lists the cards or rows of the list fixture', () => {
    const { doc, url } = loadFixture(c.site, c.list);
    expect(adapter.page(url)).toBe('list');
    const items = adapter.listItems?.(doc, url) ?? [];
    expect(items.map((i) => i.key)).toEqual(c.keys);
    expect(items[0]?.title).toBe(c.firstTitle);
    for (const i of items) expect(i.anchor.isConnected).toBe(true);
  });

  it('names the title selector when the title is gone', () => {
    const { doc, url } = loadFixture(c.site, c.ticket);
    expect(adapter.read(doc, url).ok).toBe(true);
    // Strip every element any title selector could hit, plus the page title fallbacks.
    const titleField = `${c.site}.title`;
    doc.title = '';
    for (const el of Array.from(
      doc.querySelectorAll(
        'h1, h2, textarea, input, meta, [aria-label="Issue title"], [data-testid="issue-title"], [class*="title"], [class*="Title"], [data-test*="title"]',
      ),
    ))
      el.remove();
    const r = adapter.read(doc, url);
    expect(r).toEqual({ ok: false, failure: { site: c.site, pageKind: 'ticket', missing: [titleField] } });
  });
});
