import { makeChangeOrder } from '@/tests/factories';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { putAsStored } from '@/tests/lib/db/raw';
import {
  closeAndDeleteDbForTests,
  createRecord,
  findRequestsBySource,
  getRecord,
  listProjectRecordsWhere,
  listRecords,
  nextBriefNumber,
  nextChangeOrderNumber,
  putRecord,
  putRecords,
  softDelete,
  ValidationError,
} from '@/lib/db';
import { newClient, newProject, newRequest, tick } from '../../factories/fresh';

beforeEach(closeAndDeleteDbForTests);
afterEach(closeAndDeleteDbForTests);

describe('createRecord', () => {
  it('adds a uuid and timestamps without saving', async () => {
    const c = createRecord('clients', { name: 'Acme', domains: [], notes: '' });
    expect(c.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(c.createdAt).toBe(c.updatedAt);
    expect(c.deletedAt).toBeNull();
    expect(await getRecord('clients', c.id)).toBeNull();
  });
});

describe('putRecord / getRecord', () => {
  it('stores the parsed record and stamps updatedAt', async () => {
    const c = newClient({ name: '  Acme  ', domains: [' ACME.com '], updatedAt: '2000-01-01T00:00:00.000Z' });
    const saved = await putRecord('clients', c);
    expect(saved.name).toBe('Acme');
    expect(saved.domains).toEqual(['acme.com']);
    expect(saved.updatedAt > '2000-01-01').toBe(true);
    expect(await getRecord('clients', c.id)).toEqual(saved);
  });

  it('rejects an invalid record with store and field in the message, writing nothing', async () => {
    const c = newClient({ name: ' ' });
    const err = await putRecord('clients', c).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).message).toBe('clients.name: name is required');
    expect((err as ValidationError).field).toBe('name');
    expect(await getRecord('clients', c.id)).toBeNull();
  });

  it('says "is required" for a missing field and gives nested paths', async () => {
    const { name: _drop, ...noName } = newClient();
    await expect(putRecord('clients', noName as never)).rejects.toThrow('clients.name: name is required');
    const p = newProject(crypto.randomUUID(), { rateCard: [{ role: 'Dev', rateCents: -1 }] });
    await expect(putRecord('projects', p)).rejects.toThrow(/^projects\.rateCard\[0\]\.rateCents: /);
  });
});

describe('listRecords', () => {
  it('returns newest first, hides soft-deleted unless asked, honours limit', async () => {
    const a = await putRecord('clients', newClient({ name: 'A' }));
    await tick();
    const b = await putRecord('clients', newClient({ name: 'B' }));
    await tick();
    const c = await putRecord('clients', newClient({ name: 'C' }));
    await tick();
    await softDelete('clients', b.id);
    expect((await listRecords('clients')).map((r) => r.name)).toEqual(['C', 'A']);
    expect((await listRecords('clients', { includeDeleted: true })).map((r) => r.name)).toEqual(['B', 'C', 'A']);
    expect((await listRecords('clients', { limit: 1 })).map((r) => r.id)).toEqual([c.id]);
    expect(a.id).toBeTruthy();
  });

  it('filters by projectId and clientId', async () => {
    const client = await putRecord('clients', newClient());
    const p1 = await putRecord('projects', newProject(client.id));
    const p2 = await putRecord('projects', newProject(crypto.randomUUID()));
    await putRecords('requests', [newRequest(p1.id, 't1'), newRequest(p1.id, 't2'), newRequest(p2.id, 't3')]);
    expect(await listRecords('requests', { projectId: p1.id })).toHaveLength(2);
    expect((await listRecords('projects', { clientId: client.id })).map((p) => p.id)).toEqual([p1.id]);
    expect(await listRecords('clients', { projectId: p1.id })).toEqual([]);
  });
});

describe('putRecords', () => {
  it('is all or nothing: one bad record writes none and names its index', async () => {
    const good = newClient();
    const bad = newClient({ name: '' });
    await expect(putRecords('clients', [good, bad])).rejects.toThrow('clients[1].name: name is required');
    expect(await listRecords('clients', { includeDeleted: true })).toEqual([]);
  });
});

describe('softDelete', () => {
  it('keeps the record with deletedAt set and ignores unknown ids', async () => {
    const c = await putRecord('clients', newClient());
    await softDelete('clients', c.id);
    await softDelete('clients', crypto.randomUUID());
    const stored = await getRecord('clients', c.id);
    expect(stored?.deletedAt).toBeTruthy();
    expect(stored?.updatedAt).toBe(stored?.deletedAt);
  });
});

describe('queries', () => {
  it('finds live requests by source id', async () => {
    const [r1, r2, r3] = [newRequest(null, 'thread-a'), newRequest(null, 'thread-a'), newRequest(null, 'thread-b')];
    await putRecords('requests', [r1, r2, r3]);
    await softDelete('requests', r2.id);
    expect((await findRequestsBySource('thread-a')).map((r) => r.id)).toEqual([r1.id]);
    expect(await findRequestsBySource('nope')).toEqual([]);
  });

  it('numbers change orders and briefs per project, never reusing deleted numbers', async () => {
    const projectId = crypto.randomUUID();
    expect(await nextChangeOrderNumber(projectId)).toBe(1);
    const co = (number: number, pid = projectId) =>
      makeChangeOrder({ id: crypto.randomUUID(), projectId: pid, number, title: 'Extra page' });
    const three = co(3);
    await putRecords('changeOrders', [co(1), three, co(9, crypto.randomUUID())]);
    await softDelete('changeOrders', three.id);
    expect(await nextChangeOrderNumber(projectId)).toBe(4);
    await putRecord(
      'briefs',
      createRecord('briefs', { projectId, number: 2, audience: 'dev', since: null, markdown: '' }),
    );
    expect(await nextBriefNumber(projectId)).toBe(3);
    expect(await nextBriefNumber(crypto.randomUUID())).toBe(1);
  });
});

describe('listProjectRecordsWhere', () => {
  it('returns the newest live records of one project that pass the filter, up to the limit', async () => {
    const project = crypto.randomUUID();
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString();
    const rows = Array.from({ length: 30 }, (_, i) =>
      newRequest(project, `t-${i}`, { verdict: i % 3 === 0 ? 'in_scope' : 'out_of_scope' }),
    );
    await putRecords('requests', rows);
    // putRecords stamps one time for all; give them distinct ones straight in the store.
    await putAsStored('requests', [
      ...rows.map((r, i) => ({ ...r, updatedAt: at(i) })),
      { ...newRequest(crypto.randomUUID(), 'other'), updatedAt: at(99) },
    ]);
    await softDelete('requests', rows[29]!.id);
    const out = await listProjectRecordsWhere('requests', project, 5, (r) => r.verdict === 'out_of_scope');
    expect(out.map((r) => r.source.id)).toEqual(['t-28', 't-26', 't-25', 't-23', 't-22']);
    expect(await listProjectRecordsWhere('requests', project, 100, () => true)).toHaveLength(29);
  });
});
