// A long page comes in parts (lib/sites/pageParts.ts): the background puts them back in order, says so
// when it lost them (a worker restart), keeps them apart per tab, and never holds them unbounded.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { seedAcme } from './seedAcme';
import { closeAndDeleteDbForTests, findRequestsBySource } from '@/lib/db';
import { handlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/receive';
import { dropAllParts, holdPart, takeParts } from '@/lib/background/pageParts';
import { joinPage, PARTS_MISSING, splitPage } from '@/lib/sites/pageParts';
import type { Ticket } from '@/lib/sites/types';

const jiraTab = { tabId: 8, url: 'https://acme.atlassian.net/browse/ACME-1', fromContentScript: true };

function ticket(comments: string[]): Ticket {
  return {
    type: 'ticket',
    site: 'jira',
    key: 'ACME-1',
    title: 'Product pages',
    description: 'Build the product page template.',
    comments: comments.map((body, i) => ({ author: `Dana ${i}`, date: null, body })),
    reporter: 'Dana',
    containerId: 'ACME',
    url: jiraTab.url,
  };
}

const long = (i: number): string => `Comment ${i}. ${'Some pasted log output. '.repeat(2000)}`;

beforeEach(async () => {
  fakeBrowser.reset();
  dropAllParts();
  await closeAndDeleteDbForTests();
});

describe('splitPage / joinPage', () => {
  it('keeps a short page whole, and splits a long one into parts that join back to the same page', () => {
    expect(splitPage(ticket(['a', 'b'])).parts).toEqual([]);
    const page = ticket(Array.from({ length: 12 }, (_, i) => long(i)));
    const { head, parts } = splitPage(page, 100_000);
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.reduce((n, c) => n + (c.body?.length ?? 0), 0)).toBeLessThanOrEqual(100_000);
    expect(head.title).toBe(page.title);
    expect(joinPage(head, parts)).toEqual(page);
  });

  it('never cuts one comment longer than a part', () => {
    const page = ticket([long(0) + long(1), 'short']);
    const { head, parts } = splitPage(page, 1000);
    expect(parts).toEqual([[page.comments[0]]]);
    expect(head.comments).toEqual([page.comments[1]]);
  });
});

describe('the parts held in the background', () => {
  it('hands the parts over in order once, and null when one is missing', () => {
    holdPart(1, 'r', 1, [{ author: null, date: null, body: 'second' }]);
    holdPart(1, 'r', 0, [{ author: null, date: null, body: 'first' }]);
    expect(takeParts(2, 'r', 2)).toBeNull(); // another tab's read
    expect(takeParts(1, 'r', 2)?.map((p) => p[0]?.body)).toEqual(['first', 'second']);
    expect(takeParts(1, 'r', 2)).toBeNull(); // already handed over
    holdPart(1, 's', 0, [{ author: null, date: null, body: 'only' }]);
    expect(takeParts(1, 's', 2)).toBeNull();
  });

  it('drops reads whose page:read never came, and refuses more text than it may hold', () => {
    holdPart(1, 'old', 0, [{ author: null, date: null, body: 'x' }], 0);
    holdPart(1, 'new', 0, [{ author: null, date: null, body: 'y' }], 120_000);
    expect(takeParts(1, 'old', 1)).toBeNull();
    expect(takeParts(1, 'new', 1)).not.toBeNull();
    const huge = [{ author: null, date: null, body: 'z'.repeat(2_000_000) }];
    expect(() => {
      for (let i = 0; i < 40; i++) holdPart(1, 'big', i, huge);
    }).toThrow(/too long/);
    expect(takeParts(1, 'big', 40)).toBeNull();
  });
});

describe('page:part and page:read in parts', () => {
  it('judges the whole page from its parts, and says when the parts are gone', async () => {
    await seedAcme();
    const ask = 'Could you also write the product descriptions for the 40 new products we are adding?';
    const page = ticket([long(0), ask, long(2), 'Thanks!']);
    const { head, parts } = splitPage(page, 50_000);
    expect(parts.flat().some((c) => c.body?.includes('product descriptions'))).toBe(true); // in a part, not the head
    expect(head.comments.some((c) => c.body.includes('product descriptions'))).toBe(false);
    for (const [index, items] of parts.entries()) {
      const reply = await dispatch(
        handlers,
        { type: 'page:part', payload: { site: 'jira', readId: 'r1', index, items } },
        jiraTab,
      );
      expect(reply).toEqual({ ok: true, data: { received: index + 1 } });
    }
    const read = { page: head, parts: { readId: 'r1', count: parts.length } };
    expect(await dispatch(handlers, { type: 'page:read', payload: read }, jiraTab)).toMatchObject({
      ok: true,
      data: { verdict: 'out_of_scope' },
    });
    const asks = await findRequestsBySource('ACME-1');
    expect(asks.some((r) => r.askText.includes('product descriptions'))).toBe(true);
    // Sent again with no parts held (a worker restart in between): the content script is told to send it whole.
    const again = await dispatch(handlers, { type: 'page:read', payload: read }, jiraTab);
    expect(again).toEqual({ ok: false, error: expect.stringContaining(PARTS_MISSING) });
  });

  it("refuses a part from another site's page", async () => {
    const part = { site: 'gmail', readId: 'r', index: 0, items: [] };
    expect(await dispatch(handlers, { type: 'page:part', payload: part }, jiraTab)).toMatchObject({ ok: false });
  });
});
