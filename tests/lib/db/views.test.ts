// The counters of open asks and the view of open waits stay exact across every way a record is
// written: created, judged again, corrected, linked to a change order, absorbed, snoozed, deleted,
// imported (merge and replace), and a long random mix of all of these. "Exact" means every counter
// equals the count over all records and the view holds precisely the records that pass its test.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStored } from './raw';
import {
  closeAndDeleteDbForTests,
  countDueAsks,
  countOpenAsks,
  getRecord,
  listOpenAsks,
  listOpenWaits,
  openAskSummaries,
  openDb,
  putRecord,
  putRecords,
  softDelete,
} from '@/lib/db';
import type { DetectedRequest, Wait } from '@/lib/db';
import { exportBackup, importBackup } from '@/lib/db/backup';
import { COUNTS, OPEN_WAITS } from '@/lib/db/views';
import { isOpenOutOfScope } from '@/lib/asks/verdict';
import { markAbsorbed, saveChangeOrder } from '@/lib/changeorders/persist';
import { snoozeAsk } from '@/lib/insights/persist';
import { askSummaries } from '@/lib/reminders/home';
import { dueToday } from '@/lib/reminders/today';
import { makeChangeOrder, makeWait } from '@/tests/factories';
import { newClient, newProject, newRequest, tick } from '../../factories/fresh';

const TODAY = '2026-12-03';
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);

/** The views against the records they come from, and every count against a count over all records. */
async function expectExact(projectIds: string[]): Promise<void> {
  const db = await openDb();
  const requests = await readStored('requests');
  const waits = await db.getAll('waits');
  expect((await db.getAll(OPEN_WAITS)).sort(byId)).toEqual(
    waits.filter((w) => w.deletedAt === null && w.closedAt === null).sort(byId),
  );
  // The counters hold exactly what counting the open asks gives, and no zero rows.
  const expected = new Map<string, number>();
  for (const r of requests.filter(isOpenOutOfScope)) {
    const project = r.projectId ?? '';
    const keys = [['open', project], ...(r.snoozedUntil ? [['snoozed', project, r.snoozedUntil]] : [])];
    for (const k of keys) expected.set(JSON.stringify(k), (expected.get(JSON.stringify(k)) ?? 0) + 1);
  }
  const counters = (await db.getAll(COUNTS)).map((c) => [JSON.stringify(c.key), c.n] as const);
  expect(new Map(counters)).toEqual(expected);
  for (const id of projectIds) {
    const open = requests.filter((r) => r.projectId === id && isOpenOutOfScope(r));
    expect(await countOpenAsks(id)).toBe(open.length);
    const awake = open.filter((r) => !(r.snoozedUntil && r.snoozedUntil > TODAY));
    expect(await countOpenAsks(id, TODAY)).toBe(awake.length);
  }
  const summaries = await openAskSummaries(projectIds, TODAY);
  const fromRecords = new Map(askSummaries(requests, TODAY).map((s) => [s.projectId, s]));
  for (const s of summaries) {
    expect(s.open).toBe(fromRecords.get(s.projectId)?.open ?? 0);
    expect(s.newest).toEqual(fromRecords.get(s.projectId)?.newest ?? null);
  }
  expect(await countDueAsks(TODAY)).toBe(dueToday({ waits: [], changeOrders: [], requests, today: TODAY }).length);
}

async function seed() {
  const client = await putRecord('clients', newClient());
  const a = await putRecord('projects', newProject(client.id, { name: 'A' }));
  const b = await putRecord('projects', newProject(client.id, { name: 'B' }));
  return { client, a, b };
}

beforeEach(closeAndDeleteDbForTests);
afterEach(closeAndDeleteDbForTests);

describe('the open-ask counters', () => {
  it('follows create, re-judge, correct, change order, absorb, snooze and delete', async () => {
    const { a, b } = await seed();
    const ids = [a.id, b.id];
    // Created: the background stores a page's asks in one batch.
    const [one, two, three] = [newRequest(a.id, 't1'), newRequest(a.id, 't1'), newRequest(b.id, 't2')];
    const inScope = newRequest(a.id, 't1', { verdict: 'in_scope' });
    const noProject = newRequest(null, 't3');
    await putRecords('requests', [one, two, three, inScope, noProject]);
    await expectExact(ids);
    expect(await countOpenAsks(a.id)).toBe(2);
    expect(await countDueAsks(TODAY)).toBe(4); // the ask with no project is due too

    // Corrected: out of scope -> in scope leaves the view, in scope -> out of scope joins it.
    const get = async (id: string) => (await getRecord('requests', id)) as DetectedRequest;
    const at = new Date().toISOString();
    await putRecord('requests', { ...(await get(one.id)), correction: { verdict: 'in_scope', scopeRef: null, at } });
    await putRecord('requests', {
      ...(await get(inScope.id)),
      correction: { verdict: 'out_of_scope', scopeRef: null, at },
    });
    await expectExact(ids);
    expect((await listOpenAsks(a.id, 10)).map((r) => r.id).sort()).toEqual([two.id, inScope.id].sort());

    // Re-judged by the engine (same ids, new verdicts), as the pipeline writes a page again.
    await putRecords('requests', [{ ...(await get(three.id)), verdict: 'no_request' }]);
    await expectExact(ids);
    expect(await countOpenAsks(b.id)).toBe(0);

    // Covered by a change order (transact), absorbed, snoozed.
    await saveChangeOrder(makeChangeOrder({ projectId: a.id, requestIds: [two.id] }));
    await expectExact(ids);
    await markAbsorbed(await get(inScope.id), 5_000, 'goodwill');
    await expectExact(ids);
    expect(await countOpenAsks(a.id)).toBe(0);
    const four = await putRecord('requests', newRequest(a.id, 't4'));
    expect(await snoozeAsk(four, '2026-12-10')).toBeNull();
    await expectExact(ids);
    expect(await countOpenAsks(a.id)).toBe(1);
    expect(await countOpenAsks(a.id, TODAY)).toBe(0);

    // Deleted, and deleting again changes nothing.
    await softDelete('requests', four.id);
    await softDelete('requests', four.id);
    await softDelete('requests', noProject.id);
    await expectExact(ids);
    expect(await countDueAsks(TODAY)).toBe(0);
  });

  it('counts a record written twice in one batch or one transaction once', async () => {
    const { a } = await seed();
    const ask = newRequest(a.id, 't1');
    await putRecords('requests', [ask, { ...ask, askText: 'again' }, { ...ask, verdict: 'in_scope' }, ask]);
    await expectExact([a.id]);
    expect(await countOpenAsks(a.id)).toBe(1);
    const { transact } = await import('@/lib/db/transact');
    await transact(['requests'], async (tx) => {
      const stored = (await tx.get('requests', ask.id))!;
      await tx.put('requests', { ...stored, snoozedUntil: '2026-12-20' });
      await tx.put('requests', { ...stored, verdict: 'no_request' });
      await tx.put('requests', { ...stored, snoozedUntil: '2026-12-24' });
    });
    await expectExact([a.id]);
    expect(await countOpenAsks(a.id, TODAY)).toBe(0);
  });

  it('lists a project newest first, one page at a time', async () => {
    const { a, b } = await seed();
    const written: DetectedRequest[] = [];
    for (let i = 0; i < 8; i++) {
      written.push(await putRecord('requests', newRequest(i % 2 ? a.id : b.id, `t${i}`)));
      await tick();
    }
    const newestA = written.filter((r) => r.projectId === a.id).reverse();
    expect((await listOpenAsks(a.id, 3)).map((r) => r.id)).toEqual(newestA.slice(0, 3).map((r) => r.id));
    expect((await listOpenAsks(a.id, 100)).map((r) => r.id)).toEqual(newestA.map((r) => r.id));
    expect(await listOpenAsks('no-such-project', 5)).toEqual([]);
  });
});

describe('the open-waits view', () => {
  it('follows create, close, reopen and delete', async () => {
    const { client, a } = await seed();
    const w = (over: Partial<Wait>) =>
      makeWait({ id: crypto.randomUUID(), clientId: client.id, projectId: a.id, ...over });
    const open = await putRecord('waits', w({ what: 'Logo' }));
    const closed = await putRecord('waits', w({ what: 'Copy', closedAt: '2026-11-02T10:00:00' }));
    await putRecord('waits', w({ what: 'Login', projectId: null }));
    await expectExact([a.id]);
    await putRecord('waits', { ...open, closedAt: '2026-11-03T10:00:00' });
    await putRecord('waits', { ...closed, closedAt: null });
    await expectExact([a.id]);
    expect((await listOpenWaits()).map((x) => x.what).sort()).toEqual(['Copy', 'Login']);
    await softDelete('waits', closed.id);
    await expectExact([a.id]);
    expect((await listOpenWaits()).map((x) => x.what)).toEqual(['Login']);
  });
});

describe('import', () => {
  it('keeps the views exact on merge (newer file copies win, older ones are skipped) and on replace', async () => {
    const { a, b } = await seed();
    const ids = [a.id, b.id];
    const r1 = await putRecord('requests', newRequest(a.id, 't1'));
    const r2 = await putRecord('requests', newRequest(a.id, 't2'));
    await putRecord('waits', makeWait({ id: crypto.randomUUID(), clientId: null, projectId: a.id }));
    const backup = await exportBackup();
    await tick();
    // Local changes after the backup: r1 covered by a change order (newer than the file's copy).
    await saveChangeOrder(makeChangeOrder({ projectId: a.id, requestIds: [r1.id] }));
    await expectExact(ids);

    // The file: r2 corrected to in scope (newer than local), a new open ask on b, a new closed wait.
    const later = new Date(Date.now() + 60_000).toISOString();
    const file = structuredClone(backup);
    const fr2 = file.stores.requests.find((r) => (r as DetectedRequest).id === r2.id) as DetectedRequest;
    Object.assign(fr2, { updatedAt: later, correction: { verdict: 'in_scope', scopeRef: null, at: later } });
    file.stores.requests.push({ ...newRequest(b.id, 't9'), updatedAt: later });
    file.stores.waits.push(
      makeWait({ id: crypto.randomUUID(), clientId: null, projectId: b.id, closedAt: '2026-11-05T10:00:00' }),
    );

    expect(await importBackup(file)).toMatchObject({ ok: true });
    await expectExact(ids);
    expect(await countOpenAsks(a.id)).toBe(0); // r1 kept its (newer) local change order, r2 corrected
    expect(await countOpenAsks(b.id)).toBe(1);

    expect(await importBackup(backup, { mode: 'replace' })).toMatchObject({ ok: true });
    await expectExact(ids);
    expect(await countOpenAsks(a.id)).toBe(2); // the backup as it was: both asks open, nothing on b
    expect(await countOpenAsks(b.id)).toBe(0);
  });

  it('leaves the views untouched when an import is cancelled or fails', async () => {
    const { a } = await seed();
    await putRecord('requests', newRequest(a.id, 't1'));
    const file = await exportBackup();
    file.stores.requests.push(newRequest(a.id, 't2'), newRequest(a.id, 't3'));
    const controller = new AbortController();
    controller.abort();
    expect(await importBackup(file, { signal: controller.signal })).toMatchObject({ ok: false, cancelled: true });
    await expectExact([a.id]);
    expect(await countOpenAsks(a.id)).toBe(1);
  });
});

describe('a random mix of writes', () => {
  it('never lets a counter or a view drift from the records', { timeout: 60_000 }, async () => {
    const { client, a, b } = await seed();
    const projects = [a.id, b.id, null];
    let state = 42;
    const rand = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
    const verdicts = ['out_of_scope', 'in_scope', 'no_request'] as const;
    const ids: string[] = [];
    for (let step = 0; step < 150; step++) {
      const existing = ids.length ? ((await getRecord('requests', pick(ids))) as DetectedRequest) : null;
      const op = existing
        ? pick(['create', 'batch', 'correct', 'cover', 'absorb', 'snooze', 'delete', 'wait'])
        : 'create';
      if (op === 'create' || op === 'batch') {
        const batch = Array.from({ length: op === 'batch' ? 3 : 1 }, () =>
          newRequest(pick(projects), `t${step}`, { verdict: pick(verdicts) }),
        );
        await putRecords('requests', batch);
        ids.push(...batch.map((r) => r.id));
      } else if (op === 'correct') {
        const at = new Date().toISOString();
        await putRecord('requests', { ...existing!, correction: { verdict: pick(verdicts), scopeRef: null, at } });
      } else if (op === 'cover' && existing!.projectId) {
        await saveChangeOrder(makeChangeOrder({ projectId: existing!.projectId, requestIds: [existing!.id] }));
      } else if (op === 'absorb') {
        await putRecord('requests', {
          ...existing!,
          absorbed: rand() < 0.5 ? null : { valueCents: 1, note: '', at: TODAY + 'T00:00:00.000Z' },
        });
      } else if (op === 'snooze') {
        await putRecord('requests', {
          ...existing!,
          snoozedUntil: pick([null, '2026-12-01', '2026-12-03', '2026-12-20']),
        });
      } else if (op === 'delete') {
        await softDelete('requests', existing!.id);
      } else if (op === 'wait') {
        await putRecord(
          'waits',
          makeWait({
            id: crypto.randomUUID(),
            clientId: client.id,
            projectId: pick(projects),
            closedAt: rand() < 0.5 ? null : '2026-11-05T10:00:00',
          }),
        );
      }
      if (step % 10 === 9) await expectExact([a.id, b.id]);
    }
    await expectExact([a.id, b.id]);
  });
});
