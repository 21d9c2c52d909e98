import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, onDbChange, putRecord, putRecords, softDelete } from '@/lib/db';
import type { DbChange } from '@/lib/db';
import { resetChangesForTests } from '@/lib/db/changes';
import { newClient } from '../../factories/fresh';

const nextMessage = (ch: BroadcastChannel) =>
  new Promise<unknown>((resolve) => {
    ch.onmessage = (e: MessageEvent) => resolve(e.data);
  });
const waitFor = async (check: () => boolean) => {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((r) => setTimeout(r, 5));
};

let other: BroadcastChannel; // stands in for another extension page
beforeEach(async () => {
  await closeAndDeleteDbForTests();
  resetChangesForTests();
  other = new BroadcastChannel('scopekeeper-db');
});
afterEach(() => {
  other.close();
  resetChangesForTests();
});

describe('onDbChange', () => {
  it('tells same-context listeners about each write, once, until unsubscribed', async () => {
    const seen: DbChange[] = [];
    const off = onDbChange((c) => seen.push(c));
    const a = await putRecord('clients', newClient());
    const b = newClient();
    const c = newClient();
    await putRecords('clients', [b, c]);
    await softDelete('clients', a.id);
    off();
    await putRecord('clients', newClient());
    await new Promise((r) => setTimeout(r, 20)); // a channel echo would arrive by now
    expect(seen).toEqual([
      { store: 'clients', ids: [a.id] },
      { store: 'clients', ids: [b.id, c.id] },
      { store: 'clients', ids: [a.id] },
    ]);
  });

  it('posts each write to other pages over BroadcastChannel', async () => {
    const message = nextMessage(other);
    const saved = await putRecord('clients', newClient());
    expect(await message).toEqual({ store: 'clients', ids: [saved.id] });
  });

  it('passes on writes from other pages and ignores malformed messages', async () => {
    const seen: DbChange[] = [];
    onDbChange((c) => seen.push(c));
    other.postMessage({ store: 'nope', ids: ['x'] });
    other.postMessage({ store: 'clients', ids: 'x' });
    other.postMessage({ store: 'projects', ids: ['p1'] });
    await waitFor(() => seen.length > 0);
    expect(seen).toEqual([{ store: 'projects', ids: ['p1'] }]);
  });

  it('keeps notifying other listeners when one throws', async () => {
    const seen: string[] = [];
    const quiet = console.error;
    console.error = () => {};
    try {
      onDbChange(() => {
        throw new Error('broken surface');
      });
      onDbChange((c) => seen.push(c.store));
      await putRecord('clients', newClient());
    } finally {
      console.error = quiet;
    }
    expect(seen).toEqual(['clients']);
  });
});
