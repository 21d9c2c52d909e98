// Senders are checked: a content script reports only about its own tab, from a page of the site it
// claims; it cannot read another tab's state or another site's verdicts.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { seedAcme } from './seedAcme';
import { closeAndDeleteDbForTests, findRequestsBySource } from '@/lib/db';
import { handlers } from '@/lib/background/handlers';
import { dispatch } from '@/lib/messaging/receive';
import type { ResponseMap } from '@/lib/messaging/protocol';
import { knownVerdicts, rememberVerdict } from '@/lib/background/verdicts';
import { saveTabState, emptyState } from '@/lib/background/tabState';
import type { Thread } from '@/lib/sites/types';
import { saveSettings } from '@/lib/settings';

const gmailTab = { tabId: 7, url: 'https://mail.google.com/mail/u/0/#inbox/abc', fromContentScript: true };
const jiraTab = { tabId: 8, url: 'https://acme.atlassian.net/browse/ACME-1', fromContentScript: true };

function thread(body: string): Thread {
  return {
    type: 'thread',
    site: 'gmail',
    threadId: 'thread-s:1',
    subject: 'Product pages',
    url: 'https://mail.google.com/mail/u/0/#inbox/abc',
    messages: [
      {
        id: 'm1',
        from: { name: 'Dana', email: 'dana@acmeoutdoor.com' },
        to: [],
        date: '2026-11-20T10:00:00Z',
        body,
        collapsed: false,
      },
    ],
  };
}

const ask =
  'Hi team,\n\nCould you also write the product descriptions for the 40 new products we are adding?\n\nThanks,\nDana';

beforeEach(async () => {
  fakeBrowser.reset();
  await closeAndDeleteDbForTests();
});

describe('sender checks in the background', () => {
  it('a spoofed page:read from a Jira tab cannot replace a Gmail thread verdict or delete its ask', async () => {
    await seedAcme();
    const first = await dispatch(handlers, { type: 'page:read', payload: { page: thread(ask) } }, gmailTab);
    expect(first).toMatchObject({ ok: true, data: { verdict: 'out_of_scope' } });
    const before = await findRequestsBySource('thread-s:1');
    expect(before.filter((r) => !r.deletedAt).length).toBeGreaterThan(0);

    const spoof = await dispatch(handlers, { type: 'page:read', payload: { page: thread('Thanks!') } }, jiraTab);
    expect(spoof).toEqual({ ok: false, error: expect.stringContaining('gmail report from a jira page was refused') });
    const after = await findRequestsBySource('thread-s:1');
    expect(after.filter((r) => !r.deletedAt)).toHaveLength(before.filter((r) => !r.deletedAt).length);
  });

  it('refuses page reports from no tab or an unsupported page', async () => {
    const failure = { url: 'https://x', failure: { site: 'jira', pageKind: 'ticket', missing: [] } };
    const noTab = { tabId: null, url: 'https://acme.atlassian.net/browse/ACME-1', fromContentScript: true };
    expect(await dispatch(handlers, { type: 'page:failure', payload: failure }, noTab)).toMatchObject({ ok: false });
    const other = { tabId: 9, url: 'https://evil.example/', fromContentScript: true };
    expect(await dispatch(handlers, { type: 'page:failure', payload: failure }, other)).toMatchObject({ ok: false });
    expect(await dispatch(handlers, { type: 'page:failure', payload: failure }, jiraTab)).toMatchObject({ ok: true });
  });

  it('a self-hosted origin is accepted once granted and refused once removed (the kept settings follow)', async () => {
    const selfHostedTab = { tabId: 10, url: 'https://jira.agency.example/browse/ACME-1', fromContentScript: true };
    const failure = { url: selfHostedTab.url, failure: { site: 'jira', pageKind: 'ticket', missing: [] } };
    const report = () => dispatch(handlers, { type: 'page:failure', payload: failure }, selfHostedTab);
    expect(await report()).toMatchObject({ ok: false, error: expect.stringContaining('from a unsupported page') });
    await saveSettings({ selfHosted: [{ origin: 'https://jira.agency.example', site: 'jira' }] });
    expect(await report()).toMatchObject({ ok: true });
    await saveSettings({ selfHosted: [] });
    expect(await report()).toMatchObject({ ok: false });
  });

  it("a content script cannot read another tab's state", async () => {
    await saveTabState({ ...emptyState(7, gmailTab.url, 'Secret subject') });
    const reply = await dispatch(handlers, { type: 'panel:state', payload: { tabId: 7 } }, jiraTab);
    expect(reply.ok).toBe(false);
    expect(JSON.stringify(reply)).not.toContain('Secret subject');
  });

  it("list badges: a Jira board gets only Jira verdicts, never a Gmail thread's", async () => {
    await rememberVerdict(
      { sourceId: 'thread-s:1', verdict: 'out_of_scope', reason: 'Secret ask', note: null },
      'gmail',
    );
    const asJira = await dispatch(
      handlers,
      { type: 'list:items', payload: { site: 'jira', url: jiraTab.url, items: [{ key: 'thread-s:1', title: 'x' }] } },
      jiraTab,
    );
    expect(JSON.stringify(asJira)).not.toContain('Secret ask');
    const claimGmail = await dispatch(
      handlers,
      { type: 'list:items', payload: { site: 'gmail', url: jiraTab.url, items: [{ key: 'thread-s:1', title: 'x' }] } },
      jiraTab,
    );
    expect(claimGmail.ok).toBe(false);
  });

  it('badges go to a content script with their words (label and screen-reader text), not stored with them', async () => {
    await seedAcme();
    const read = await dispatch(handlers, { type: 'page:read', payload: { page: thread(ask) } }, gmailTab);
    expect(read).toMatchObject({ ok: true, data: { verdict: 'out_of_scope', label: 'Out of scope' } });
    const listed = await dispatch(
      handlers,
      { type: 'list:items', payload: { site: 'gmail', url: gmailTab.url, items: [{ key: 'thread-s:1', title: 'x' }] } },
      gmailTab,
    );
    const badge = listed.ok ? (listed.data as ResponseMap['list:items']).badges[0] : undefined;
    expect(badge).toMatchObject({ sourceId: 'thread-s:1', label: 'Out of scope' });
    expect(badge?.aria).toContain(badge?.reason);
    const [stored] = await knownVerdicts(['thread-s:1'], 'gmail');
    expect(stored).toBeDefined();
    expect(stored).not.toHaveProperty('label');
  });
});
