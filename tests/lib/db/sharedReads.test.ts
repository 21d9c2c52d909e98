// A shared read is done once while its stores are unchanged, and never outlives a write to them:
// this context's own, or another page's (heard on the change channel). The service worker matches
// every page and board against the projects and clients, and judges them with the project's
// corrections, through them.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAndDeleteDbForTests, putRecord, putRecords, sharedCorrectedRequests, sharedList } from '@/lib/db';
import { CHANNEL_NAME } from '@/lib/db/changes';
import { newClient, newProject, newRequest } from '../../factories/fresh';

afterEach(async () => {
  vi.restoreAllMocks();
  await closeAndDeleteDbForTests();
});

/** How many transactions were opened on `store` since the spy was made. */
function readsOf(store: string) {
  const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
  return () => transaction.mock.calls.filter(([names]) => [names].flat().includes(store)).length;
}

describe('sharedList', () => {
  it('reads a store once while it is unchanged, however many ask', async () => {
    await putRecord('clients', newClient({ name: 'Acme' }));
    const reads = readsOf('clients');
    const [a, b] = await Promise.all([sharedList('clients'), sharedList('clients')]);
    expect(a.map((c) => c.name)).toEqual(['Acme']);
    expect(b).toBe(a);
    expect(await sharedList('clients')).toBe(a);
    expect(reads()).toBe(1);
  });

  it('reads again after a write to its store, and keeps the list through writes to others', async () => {
    const acme = newClient({ name: 'Acme' });
    await putRecord('clients', acme);
    const first = await sharedList('clients');
    await putRecord('projects', newProject(acme.id));
    expect(await sharedList('clients')).toBe(first);
    await putRecord('clients', newClient({ name: 'Globex' }));
    expect((await sharedList('clients')).map((c) => c.name).sort()).toEqual(['Acme', 'Globex']);
  });

  it('drops the list when another page announces a write to its store', async () => {
    await putRecord('clients', newClient({ name: 'Acme' }));
    const first = await sharedList('clients');
    const otherPage = new BroadcastChannel(CHANNEL_NAME);
    otherPage.postMessage({ store: 'clients', ids: ['x'] });
    otherPage.close();
    await vi.waitFor(async () => expect(await sharedList('clients')).not.toBe(first));
  });

  it('keeps no failed read', async () => {
    await putRecord('clients', newClient({ name: 'Acme' }));
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementationOnce(() => {
      throw new Error('disk gone');
    });
    await expect(sharedList('clients')).rejects.toThrow('disk gone');
    transaction.mockRestore();
    expect((await sharedList('clients')).map((c) => c.name)).toEqual(['Acme']);
  });

  it("keeps a project's corrections until an ask is written, then reads the new correction", async () => {
    const project = newProject('c1');
    const ask = newRequest(project.id, 't1', { verdict: 'out_of_scope' });
    await putRecords('requests', [ask]);
    const reads = readsOf('requests');
    expect(await sharedCorrectedRequests(project.id)).toEqual([]);
    expect(await sharedCorrectedRequests(project.id)).toEqual([]);
    expect(reads()).toBe(1);
    const correction = { verdict: 'in_scope' as const, scopeRef: null, at: '2026-12-03T10:00:00.000Z' };
    await putRecord('requests', { ...ask, correction });
    expect((await sharedCorrectedRequests(project.id)).map((r) => r.correction)).toEqual([correction]);
    expect(await sharedCorrectedRequests('another-project')).toEqual([]);
  });
});
