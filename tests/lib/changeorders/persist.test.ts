import { afterEach, describe, expect, it } from 'vitest';
import { putAsStored } from '@/tests/lib/db/raw';
import { closeAndDeleteDbForTests, getRecord, listRecords, openDb, putRecord, ValidationError } from '@/lib/db';
import {
  LockedError,
  absorb,
  markAbsorbed,
  newChangeOrder,
  reviseChangeOrder,
  saveChangeOrder,
  saveTransition,
  TransitionError,
  transition,
} from '@/lib/changeorders';
import { AT, draft, project, request } from '../../factories/changeOrderProject';

afterEach(closeAndDeleteDbForTests);

describe('saving change orders', () => {
  it('numbers drafts per project and marks the covered requests handled', async () => {
    const ask = await putRecord('requests', request());
    const first = await saveChangeOrder(await newChangeOrder(project(), [ask], { today: '2026-11-28' }));
    const second = await newChangeOrder(project(), [ask], { today: '2026-11-28' });
    expect(first.number).toBe(1);
    expect(second.number).toBe(2);
    expect((await getRecord('requests', ask.id))?.changeOrderId).toBe(first.id);
  });

  it('rejects an invalid order with the field named', async () => {
    await expect(saveChangeOrder(draft({ title: '  ' }))).rejects.toThrow(ValidationError);
    await expect(saveChangeOrder(draft({ title: '  ' }))).rejects.toThrow(/title/);
  });

  it('refuses to edit an approved order; its revision saves and takes over the requests', async () => {
    const ask = await putRecord('requests', request());
    const sent = transition(await saveChangeOrder(draft({ requestIds: [ask.id] })), 'sent', AT);
    const approved = await saveChangeOrder(transition(await saveChangeOrder(sent), 'approved', AT));
    await expect(saveChangeOrder({ ...approved, title: 'Edited after approval' })).rejects.toThrow(LockedError);
    expect((await getRecord('changeOrders', approved.id))?.title).toBe(approved.title);
    const rev = await saveChangeOrder({ ...reviseChangeOrder(approved, AT), title: 'Blog, smaller' });
    expect(rev.revision).toBe(1);
    expect((await getRecord('requests', ask.id))?.changeOrderId).toBe(rev.id);
  });
});

describe('saving is one transaction', () => {
  it('leaves no order behind when linking its asks fails midway (a surface closed mid-save)', async () => {
    const good = await putRecord('requests', request());
    // A stored ask that no longer validates makes the linking step throw after the order was written.
    const broken = { ...request(), askText: 42 } as unknown as ReturnType<typeof request>;
    await putAsStored('requests', [broken]);
    const co = draft({ requestIds: [good.id, broken.id] });
    await expect(saveChangeOrder(co)).rejects.toThrow();
    expect(await getRecord('changeOrders', co.id)).toBeNull();
    expect(await listRecords('changeOrders')).toEqual([]);
    expect((await getRecord('requests', good.id))?.changeOrderId).toBeNull();
  });

  it('writes the order and links every ask in a single IndexedDB transaction', async () => {
    const asks = await Promise.all([putRecord('requests', request()), putRecord('requests', request())]);
    const db = await openDb();
    const original = db.transaction.bind(db);
    const modes: string[] = [];
    db.transaction = ((stores: never, mode?: IDBTransactionMode) => {
      if (mode === 'readwrite') modes.push(mode);
      return original(stores, mode);
    }) as typeof db.transaction;
    try {
      await saveChangeOrder(draft({ requestIds: asks.map((a) => a.id) }));
    } finally {
      db.transaction = original;
    }
    expect(modes).toHaveLength(1);
  });
});

describe('saveTransition', () => {
  it('stamps and stores each move, and stores nothing on an illegal one', async () => {
    const saved = await saveChangeOrder(draft());
    await expect(saveTransition(saved, 'approved')).rejects.toThrow(TransitionError);
    expect((await getRecord('changeOrders', saved.id))?.status).toBe('draft');
    const sent = await saveTransition(saved, 'sent', 'emailed', AT);
    expect((await getRecord('changeOrders', saved.id))?.history.at(-1)).toEqual({
      status: 'sent',
      at: AT,
      note: 'emailed',
    });
    expect(sent.status).toBe('sent');
  });
});

describe('absorbed work', () => {
  it('records the estimated value and a note', async () => {
    const ask = await putRecord('requests', request());
    const saved = await markAbsorbed(ask, 37500, '  goodwill before launch ', AT);
    expect(saved.absorbed).toEqual({ valueCents: 37500, note: 'goodwill before launch', at: AT });
    expect((await getRecord('requests', ask.id))?.absorbed?.valueCents).toBe(37500);
  });

  it('refuses fractional or negative values', () => {
    expect(() => absorb(request(), 12.5, '', AT)).toThrow(RangeError);
    expect(() => absorb(request(), -1, '', AT)).toThrow(RangeError);
  });
});
