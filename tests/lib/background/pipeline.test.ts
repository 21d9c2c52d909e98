import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { seedAcme } from './seedAcme';
import { closeAndDeleteDbForTests, findRequestsBySource } from '@/lib/db';
import { processPage } from '@/lib/background/pipeline';
import { handlers } from '@/lib/background/handlers';
import { knownVerdicts } from '@/lib/background/verdicts';
import type { Thread } from '@/lib/sites/types';

const sender = { tabId: 7, url: null, fromContentScript: true };

function thread(body: string, email = 'dana@acmeoutdoor.com'): Thread {
  return {
    type: 'thread',
    site: 'gmail',
    threadId: 'thread-f:1',
    subject: 'Product pages',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    messages: [
      { id: 'm1', from: { name: 'Dana', email }, to: [], date: '2026-11-20T10:00:00Z', body, collapsed: false },
    ],
  };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await closeAndDeleteDbForTests();
});

describe('background pipeline', () => {
  it('judges a client thread against the SOW, stores the asks and remembers the badge', async () => {
    const { project } = await seedAcme();
    const state = await processPage(
      7,
      thread(
        'Hi team,\n\nCould you also write the product descriptions for the 40 new products we are adding?\n\nThanks,\nDana',
      ),
    );
    expect(state.projectId).toBe(project.id);
    expect(state.badge?.verdict).toBe('out_of_scope');
    const stored = await findRequestsBySource('thread-f:1');
    expect(stored.length).toBeGreaterThan(0);
    expect(stored[0]!.verdict).toBe('out_of_scope');
    expect(stored[0]!.askText).toMatch(/product descriptions/);
    expect(await knownVerdicts(['thread-f:1', 'nope'], 'gmail')).toHaveLength(1);
  });

  it('gives unknown when no project matches, and stores nothing', async () => {
    await seedAcme();
    const state = await processPage(7, thread('Could you build us an app?', 'someone@elsewhere.org'));
    expect(state.badge?.verdict).toBe('unknown');
    expect(await findRequestsBySource('thread-f:1')).toEqual([]);
  });

  it('keeps an AM correction across re-reads and flips the badge', async () => {
    await seedAcme();
    const body = 'Hi,\n\nCould you also write the product descriptions for the 40 new products?\n\nDana';
    await processPage(7, thread(body));
    const [ask] = await findRequestsBySource('thread-f:1');
    await handlers['request:correct']!({ requestId: ask!.id, verdict: 'in_scope', scopeRef: 'd5' }, sender);
    const again = await processPage(7, thread(body));
    const [after] = await findRequestsBySource('thread-f:1');
    expect(after!.id).toBe(ask!.id);
    expect(after!.correction?.verdict).toBe('in_scope');
    expect(again.badge?.verdict).toBe('in_scope');
  });

  it('stores each ask once when two tabs of the same thread are judged at the same moment', async () => {
    await seedAcme();
    const body = 'Hi,\n\nCould you also write the product descriptions for the 40 new products?\n\nDana';
    const [a, b] = await Promise.all([processPage(7, thread(body)), processPage(8, thread(body))]);
    expect([a.badge?.verdict, b.badge?.verdict]).toEqual(['out_of_scope', 'out_of_scope']);
    const live = (await findRequestsBySource('thread-f:1')).filter((r) => !r.deletedAt);
    expect(live.length).toBeGreaterThan(0);
    expect(new Set(live.map((r) => r.askText)).size).toBe(live.length);
    expect(await knownVerdicts(['thread-f:1'], 'gmail')).toMatchObject([{ verdict: 'out_of_scope' }]);
  });

  it('keeps a correction that lands while the same thread is being judged again', async () => {
    await seedAcme();
    const body = 'Hi,\n\nCould you also write the product descriptions for the 40 new products?\n\nDana';
    await processPage(7, thread(body));
    const [ask] = await findRequestsBySource('thread-f:1');
    await Promise.all([
      processPage(7, thread(body)),
      handlers['request:correct']!({ requestId: ask!.id, verdict: 'in_scope', scopeRef: 'd5' }, sender),
    ]);
    expect((await findRequestsBySource('thread-f:1')).find((r) => r.id === ask!.id)?.correction?.verdict).toBe(
      'in_scope',
    );
    // In either order, the verdict remembered last is one that saw the correction.
    expect(await knownVerdicts(['thread-f:1'], 'gmail')).toMatchObject([{ verdict: 'in_scope' }]);
  });

  it('skips messages from the agency itself', async () => {
    await seedAcme();
    await fakeBrowser.storage.local.set({ settings: undefined });
    const { saveSettings } = await import('@/lib/settings');
    await saveSettings({ agencyDomains: ['northlight.studio'] });
    const t = thread('Could you send us the final logo files?', 'ellie@northlight.studio');
    t.messages.push({
      id: 'm2',
      from: { name: 'Dana', email: 'dana@acmeoutdoor.com' },
      to: [],
      date: null,
      body: 'Thanks!',
      collapsed: false,
    });
    const state = await processPage(7, t);
    expect(state.badge?.verdict).toBe('no_request');
  });
});

describe('waits found in threads', () => {
  const agencyAsk = (): Thread => ({
    ...thread(
      'Hi Dana,\n\nCould you send us the final product photos for the hero banners by Friday?\n\nEllie',
      'ellie@northlight.studio',
    ),
    messages: [
      {
        id: 'm0',
        from: { name: 'Dana', email: 'dana@acmeoutdoor.com' },
        to: [],
        date: '2026-11-10T09:00:00Z',
        body: 'Thanks for the update.',
        collapsed: false,
      },
      {
        id: 'm1',
        from: { name: 'Ellie', email: 'ellie@northlight.studio' },
        to: [{ name: 'Dana', email: 'dana@acmeoutdoor.com' }],
        date: '2026-11-12T09:00:00Z',
        body: 'Hi Dana,\n\nCould you send us the final product photos for the hero banners by Friday?\n\nEllie',
        collapsed: false,
      },
    ],
  });

  it('records a wait when the agency asked last, and closes it when the client replies', async () => {
    const { saveSettings } = await import('@/lib/settings');
    await saveSettings({ agencyDomains: ['northlight.studio'] });
    const { project } = await seedAcme();
    const first = await processPage(7, agencyAsk());
    expect(first.badge?.note).toMatch(/^waiting on client \d+ days?$/);
    const { listRecords } = await import('@/lib/db');
    const [wait] = await listRecords('waits', { projectId: project.id });
    expect(wait?.auto).toBe(true);
    expect(wait?.what).toMatch(/product photos/);
    expect(wait?.closedAt).toBeNull();

    const replied = agencyAsk();
    replied.messages.push({
      id: 'm2',
      from: { name: 'Dana', email: 'dana@acmeoutdoor.com' },
      to: [],
      date: '2026-11-14T09:00:00Z',
      body: 'Attached, thanks!',
      collapsed: false,
    });
    const second = await processPage(7, replied);
    expect(second.badge?.note).toBeNull();
    const [closed] = await listRecords('waits', { projectId: project.id });
    expect(closed?.closedAt).toMatch(/^2026-11-14/);
  });
});

describe('which messages carry the client asks', () => {
  it("never judges the agency's own replies, even before the agency domains are set", async () => {
    await seedAcme();
    const t = thread('Hi team,\n\nCould you also write the product descriptions for the 40 new products?\n\nDana');
    t.messages.unshift({
      id: 'm0',
      from: { name: 'Jess', email: 'jess@brightlane.agency' },
      to: [],
      date: null,
      body: 'Could you review the first round on Friday? I will have the six pages ready for your review.',
      collapsed: false,
    });
    await processPage(7, t);
    const asks = await findRequestsBySource('thread-f:1');
    expect(asks.length).toBeGreaterThan(0);
    expect(asks.every((a) => a.source.messageId === 'm1')).toBe(true);
  });
});
