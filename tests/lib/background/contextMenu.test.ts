import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { closeAndDeleteDbForTests, createRecord, listRecords, putRecord } from '@/lib/db';
import { emptyScope } from '@/lib/scope/empty';
import { logSelection } from '@/lib/background/contextMenu';
import { emptyState, saveTabState } from '@/lib/background/tabState';

beforeEach(async () => {
  fakeBrowser.reset();
  await closeAndDeleteDbForTests();
});

describe('Log selection as client feedback', () => {
  it("files the selected text under the tab's project and client, linked to the page", async () => {
    const client = await putRecord(
      'clients',
      createRecord('clients', { name: 'Acme', domains: ['acme.com'], notes: '' }),
    );
    const project = await putRecord(
      'projects',
      createRecord('projects', {
        clientId: client.id,
        name: 'Web',
        status: 'active',
        sowText: '',
        scope: emptyScope(),
        rateCard: [],
        links: [],
        threadIds: [],
      }),
    );
    await saveTabState({
      ...emptyState(4, 'https://mail.google.com/mail/u/0/#inbox/x', 'Thread'),
      projectId: project.id,
    });
    await logSelection('  They love the new homepage  ', 4, 'https://mail.google.com/mail/u/0/#inbox/x', 'Thread');
    const [entry] = await listRecords('feedback');
    expect(entry).toMatchObject({
      clientId: client.id,
      projectId: project.id,
      note: 'They love the new homepage',
      sourceUrl: 'https://mail.google.com/mail/u/0/#inbox/x',
      sourceTitle: 'Thread',
    });
  });

  it('still captures the text on a page with no known project', async () => {
    await logSelection('Call me tomorrow', null, null, null);
    const [entry] = await listRecords('feedback');
    expect(entry).toMatchObject({ clientId: null, projectId: null, note: 'Call me tomorrow' });
  });
});

describe('Log selection in Firefox MV2 (no browser.action)', () => {
  it('saves and ticks the browserAction button instead of failing', async () => {
    const b = fakeBrowser as unknown as Record<string, unknown>;
    const action = b.action;
    const ticks: string[] = [];
    b.action = undefined;
    b.browserAction = {
      setBadgeText: async ({ text }: { text: string }) => {
        ticks.push(text);
      },
    };
    try {
      await expect(logSelection('Firefox note', 5, 'https://example.com/', 'Page')).resolves.toMatchObject({
        note: 'Firefox note',
      });
      expect(ticks).toEqual(['✓']);
      expect(await listRecords('feedback')).toHaveLength(1);
    } finally {
      b.action = action;
      delete b.browserAction;
    }
  });
});
