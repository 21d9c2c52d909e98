// The toolbar count and the notifications come from the views and counters (a full read of every
// ask after each batch of writes was the worker's largest read under load), and count what Home
// counts: overdue waits, sent change orders to chase, and unhandled out-of-scope asks.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { closeAndDeleteDbForTests, listRecords, putRecord, putRecords } from '@/lib/db';
import { refreshReminders } from '@/lib/background/reminders';
import { dueToday } from '@/lib/reminders/today';
import { makeChangeOrder, makeWait } from '@/tests/factories';
import { newClient, newProject, newRequest } from '../../factories/fresh';

const NOW = new Date('2026-12-03T12:00:00.000Z'); // a Thursday: no weekly summary

async function seed() {
  const client = newClient();
  const project = newProject(client.id);
  await putRecord('clients', client);
  await putRecord('projects', project);
  await putRecords('requests', [
    newRequest(project.id, 't1', { verdict: 'out_of_scope', askedAt: '2026-12-01T09:00:00.000Z' }),
    newRequest(project.id, 't2', { verdict: 'out_of_scope', snoozedUntil: '2026-12-20' }), // snoozed
    newRequest(project.id, 't3', { verdict: 'in_scope' }),
  ]);
  const wait = makeWait({ projectId: project.id, clientId: client.id, what: 'Logo files', askedOn: '2026-11-20' });
  await putRecord('waits', wait);
  await putRecord('waits', makeWait({ projectId: project.id, clientId: client.id, askedOn: '2026-12-02' })); // not due
  const order = makeChangeOrder({
    projectId: project.id,
    status: 'sent',
    title: 'Extra landing page',
    history: [{ status: 'sent', at: '2026-11-20T10:00:00.000Z', note: '' }],
  });
  await putRecord('changeOrders', order);
  return { wait, order };
}

let created: string[];
beforeEach(() => {
  fakeBrowser.reset();
  created = [];
  // The fake browser has no notifications: record what would be shown.
  (fakeBrowser as unknown as { notifications: unknown }).notifications = {
    create: vi.fn(async (id: string) => {
      created.push(id);
      return id;
    }),
    onClicked: { addListener() {} },
  };
});
afterEach(async () => {
  await closeAndDeleteDbForTests();
});

describe('refreshReminders', () => {
  it('counts what Home counts, from the views and counters, and shows it on the toolbar', async () => {
    const { wait, order } = await seed();
    const today = '2026-12-03';
    const [waits, changeOrders, requests] = await Promise.all([
      listRecords('waits'),
      listRecords('changeOrders'),
      listRecords('requests'),
    ]);
    const expected = dueToday({ waits, changeOrders, requests, today });
    expect(expected.map((d) => d.kind).sort()).toEqual(['ask', 'changeOrder', 'wait']);

    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    expect(await refreshReminders(NOW)).toBe(expected.length);
    // The asks are counted from the counters: the requests store itself is never read.
    const stores = transaction.mock.calls.flatMap(([names]) => [names].flat());
    expect(stores.length).toBeGreaterThan(0);
    expect(stores).not.toContain('requests');
    transaction.mockRestore();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(created.sort()).toEqual([`due:changeOrder:${order.id}`, `due:wait:${wait.id}`].sort());
  });

  it('notifies each wait and change order once, and never an ask', async () => {
    await seed();
    await refreshReminders(NOW);
    await refreshReminders(NOW);
    expect(created).toHaveLength(2);
    expect(created.some((id) => id.startsWith('due:ask:'))).toBe(false);
  });

  it('follows the asks: a new out-of-scope ask raises the count, an empty database clears it', async () => {
    expect(await refreshReminders(NOW)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    const { wait } = await seed();
    await putRecords('requests', [newRequest(null, 't4', { verdict: 'out_of_scope' })]);
    expect(await refreshReminders(NOW)).toBe(4);
    await putRecord('waits', { ...wait, closedAt: '2026-12-03T10:00:00.000Z' });
    expect(await refreshReminders(NOW)).toBe(3);
  });
});
