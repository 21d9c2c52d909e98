// Pages over the schema limits are cut with a marker and still judged, on every path: page:read
// from the content script, and the side panel's re-read (rereadTab -> processPage).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dispatch, type Handlers } from '@/lib/messaging/receive';
import { fitPage, LIMITS, TRUNCATED } from '@/lib/sites/limits';
import type { Thread, Ticket } from '@/lib/sites/types';
import { closeAndDeleteDbForTests } from '@/lib/db';
import { loadTabState } from '@/lib/background/tabState';
import type * as SendModule from '@/lib/messaging/send';

const trelloCard = (title: string): Ticket => ({
  type: 'ticket',
  site: 'trello',
  key: 'abc123',
  title,
  description: 'Card text',
  comments: [],
  reporter: null,
  containerId: 'board1',
  url: 'https://trello.com/c/abc123/1-card',
});
const wideThread = (recipients: number): Thread => ({
  type: 'thread',
  site: 'gmail',
  threadId: 'thread-f:9',
  subject: 'All hands',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  messages: [
    {
      id: 'm1',
      from: { name: 'Dana', email: 'dana@acme.com' },
      to: Array.from({ length: recipients }, (_, i) => ({ name: `P${i}`, email: `p${i}@acme.com` })),
      date: null,
      body: 'Could you add a blog?',
      collapsed: false,
    },
  ],
});
const trelloTab = { tabId: 3, url: 'https://trello.com/c/abc123/1-card', fromContentScript: true };

describe('pages over the limits', () => {
  it('a 2,050-character Trello title and a 602-recipient thread are cut, marked and accepted', async () => {
    const seen: (Thread | Ticket)[] = [];
    const handlers: Handlers = {
      'page:read': ({ page }) => {
        seen.push(page as Thread | Ticket);
        return { sourceId: 'x', verdict: 'unknown', reason: '', note: null };
      },
    };
    const title = 'T'.repeat(2050);
    expect(
      await dispatch(handlers, { type: 'page:read', payload: { page: trelloCard(title) } }, trelloTab),
    ).toMatchObject({ ok: true });
    const gmailTab = { ...trelloTab, url: 'https://mail.google.com/mail/u/0/' };
    expect(await dispatch(handlers, { type: 'page:read', payload: { page: wideThread(602) } }, gmailTab)).toMatchObject(
      {
        ok: true,
      },
    );
    const [card, thread] = seen as [Ticket, Thread];
    expect(card.title).toHaveLength(LIMITS.title);
    expect(card.title.endsWith(TRUNCATED)).toBe(true);
    expect(thread.messages[0]!.to).toHaveLength(LIMITS.recipients);
  });

  it('fitPage leaves a page within the limits unchanged and never splits a surrogate pair', () => {
    const page = trelloCard('Short');
    expect(fitPage(page)).toEqual(page);
    const emoji = fitPage(trelloCard('😀'.repeat(1500))).title;
    expect(emoji.endsWith(TRUNCATED)).toBe(true);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe("the side panel's re-read path", { timeout: 30_000 }, () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    vi.resetModules();
    await closeAndDeleteDbForTests();
  });

  async function panelStateWith(page: unknown) {
    vi.doMock('@/lib/messaging/send', async (orig) => ({
      ...(await orig<typeof SendModule>()),
      sendToTab: async () => ({ ok: true, data: { page, failure: null } }),
    }));
    const tab = await fakeBrowser.tabs.create({ url: trelloTab.url });
    const { handlers } = await import('@/lib/background/handlers');
    const { dispatch: send } = await import('@/lib/messaging/receive');
    const reply = await send(
      handlers,
      { type: 'panel:state', payload: { tabId: tab.id! } },
      {
        tabId: null,
        url: 'chrome-extension://x/sidepanel.html',
        fromContentScript: false,
      },
    );
    vi.doUnmock('@/lib/messaging/send');
    return { reply, tabId: tab.id! };
  }

  it('validates the re-read page: an invalid one is refused and nothing is stored', async () => {
    const { reply, tabId } = await panelStateWith({ ...trelloCard('x'), comments: 'not a list', site: 'myspace' });
    expect(reply.ok).toBe(false);
    expect(await loadTabState(tabId)).toBeNull();
  });

  it('fits an over-long re-read page instead of storing it as sent', async () => {
    const { reply, tabId } = await panelStateWith(trelloCard('T'.repeat(20_000)));
    expect(reply).toMatchObject({ ok: true });
    const stored = await loadTabState(tabId);
    expect((stored?.page as Ticket).title).toHaveLength(LIMITS.title);
  });
});
