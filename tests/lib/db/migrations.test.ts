// Upgrades: a database written by an older version opens with every record intact and migrated.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeAndDeleteDbForTests,
  DB_NAME,
  DB_VERSION,
  findRequestsBySource,
  getRecord,
  listRecords,
  openDb,
  STORE_NAMES,
} from '@/lib/db';
import { schemas } from '@/lib/db/schemas';
import type { Project, StoreName } from '@/lib/db';
import { BY_PROJECT_INDEX, CORRECTED_INDEX, MIGRATIONS, migrateRecord, UNREAD_INDEXES } from '@/lib/db/migrations';
import { listCorrectedRequests, putRecord, softDelete } from '@/lib/db';
import {
  countDueAsks,
  countOpenAsks,
  listAbsorbedRequests,
  listChangeOrdersWithStatus,
  listOpenAsks,
  listFeedbackHeads,
  listOpenWaits,
  listProjectHeads,
} from '@/lib/db';
import { COUNTS, FEEDBACK_HEADS, OPEN_WAITS, PROJECT_HEADS, VIEW_NAMES } from '@/lib/db/views';
import { isPacked, PACK_INDEXES, PACKED_STORES, packsOf, RECORD_ID_INDEX } from '@/lib/db/packs';
import { putAsStored } from './raw';
import { ASK_HEADS, type AskHead, askHeadsOf } from '@/lib/db/askHeads';
import { openAskSummaries } from '@/lib/db/aggregates';

type Row = Record<string, unknown> & { id: string };
const example = (v: number) =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/lib/db/examples', `v${v}.json`), 'utf8')) as {
    version: number;
    stores: Partial<Record<StoreName, Row[]>>;
  };

/** Writes the example with no help from lib/db's upgrade path: raw IndexedDB at version `v`. */
async function writeRawDb(v: number, createStores: (db: IDBDatabase, tx: IDBTransaction) => void): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, v);
    req.onupgradeneeded = () => createStores(req.result, req.transaction!);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  db.close();
  await putRaw(v, example(v).stores);
}

/** Version `v`'s layout, built by its own migrations run raw, holding v's example: an upgrade test's start. */
const writeShippedDb = (v: number) =>
  writeRawDb(v, (db, tx) => {
    // Raw handles have the same createObjectStore/createIndex methods the migrations call.
    for (const m of MIGRATIONS.filter((x) => x.version <= v)) m.createStores(db as never, tx as never);
  });

/** Puts rows into the raw database still at version `v` (no upgrade runs): records as that version wrote them. */
async function putRaw(v: number, stores: Record<string, readonly unknown[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, v);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = db.transaction(Object.keys(stores), 'readwrite');
  for (const [store, rows] of Object.entries(stores)) {
    // From v10 asks and feedback are stored in packs (packs.ts), as an import writes them.
    const stored = v >= 10 && isPacked(store) ? packsOf(store, rows as Row[]) : rows;
    for (const r of stored) tx.objectStore(store).put(r);
  }
  await new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

// The v1 layout as it shipped, written out by hand so an edit to migration 1 cannot hide here.
function shippedV1(db: IDBDatabase): void {
  const layout: Record<string, string[]> = {
    clients: [],
    projects: ['clientId'],
    requests: ['projectId'],
    feedback: ['projectId', 'clientId'],
    changeOrders: ['projectId'],
    upsells: ['projectId', 'clientId'],
    waits: ['projectId', 'clientId'],
  };
  for (const [name, fields] of Object.entries(layout)) {
    const s = db.createObjectStore(name, { keyPath: 'id' });
    for (const f of ['updatedAt', ...fields]) s.createIndex(f, f);
  }
}

beforeEach(closeAndDeleteDbForTests);
afterEach(closeAndDeleteDbForTests);

describe('upgrade from v1', () => {
  it('keeps every record, back-fills the v2 fields and adds the new store and index', async () => {
    await writeRawDb(1, shippedV1);
    const v1 = example(1).stores;
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([...STORE_NAMES, ...VIEW_NAMES].sort());

    for (const store of STORE_NAMES) {
      const before = v1[store] ?? [];
      const after = await listRecords(store, { includeDeleted: true });
      expect(after, store).toHaveLength(before.length);
      for (const old of before) {
        const now = (await getRecord(store, old.id)) as Row | null;
        expect(now, `${store} ${old.id}`).toMatchObject(old); // nothing lost or changed
        expect(() => schemas[store].parse(now), `${store} ${old.id}`).not.toThrow();
      }
    }
    const req = (await getRecord('requests', v1.requests![0]!.id))!;
    expect(req.changeOrderId).toBeNull();
    expect(req.absorbed).toBeNull();
    expect((await getRecord('projects', v1.projects![0]!.id))!.threadIds).toEqual([]);
    expect((await findRequestsBySource('thread-1')).map((r) => r.id).sort()).toEqual(
      v1
        .requests!.filter((r) => (r.source as { id: string }).id === 'thread-1')
        .map((r) => r.id)
        .sort(),
    );
    expect(await listRecords('briefs')).toEqual([]);
    // v3: the per-project stores gained [projectId, updatedAt], and project lists read through it.
    for (const store of ['requests', 'feedback', 'changeOrders', 'upsells', 'waits', 'briefs'] as const) {
      expect([...db.transaction(store).store.indexNames], store).toContain(BY_PROJECT_INDEX);
    }
    const projectId = v1.requests![0]!.projectId as string;
    const expected = v1.requests!.filter((r) => r.projectId === projectId && r.deletedAt === null);
    expect((await listRecords('requests', { projectId })).map((r) => r.id).sort()).toEqual(
      expected.map((r) => r.id).sort(),
    );
  });
});

describe('upgrade from v2', () => {
  it('adds the [projectId, updatedAt] index; project lists come newest first without deleted records', async () => {
    await writeShippedDb(2);
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('feedback').store.indexNames]).toContain(BY_PROJECT_INDEX);
    const v3 = example(3).stores.feedback!;
    const projectId = v3[0]!.projectId as string;
    // v2.json has one feedback entry; written again at v3 with two more, the index keeps up with writes.
    await putAsStored('feedback', v3 as never);
    const listed = await listRecords('feedback', { projectId });
    expect(listed.map((r) => r.note)).toEqual(['Approved the homepage', '=HYPERLINK("x") wants bigger logo']);
    expect(await listRecords('feedback', { projectId, limit: 1 })).toEqual([listed[0]]);
    expect(await listRecords('feedback', { projectId, includeDeleted: true })).toHaveLength(3);
    expect(await listRecords('feedback', { projectId: 'no-such-project' })).toEqual([]);
  });
});

describe('upgrade from v3', () => {
  const P10 = '00000000-0000-4000-8000-000000000010';
  const P11 = '00000000-0000-4000-8000-000000000011';
  it('indexes the corrected requests already stored, per project, leaving out uncorrected and deleted ones', async () => {
    // v4.json's records written into a v3-shaped database: the index must be built from them.
    const v4 = example(4);
    await writeShippedDb(3);
    await putRaw(3, { requests: v4.stores.requests! });

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    expect([...db.transaction('requests').store.indexNames]).toContain(CORRECTED_INDEX);
    // The index itself holds only corrected requests with a project (deleted ones included: it is a
    // plain index; listCorrectedRequests leaves those out).
    expect(await db.countFromIndex('requests', CORRECTED_INDEX)).toBe(4);
    expect((await listCorrectedRequests(P10)).map((r) => r.id)).toEqual([
      '00000000-0000-4000-8000-000000000026',
      '00000000-0000-4000-8000-000000000021',
    ]);
    expect((await listCorrectedRequests(P11)).map((r) => r.id)).toEqual(['00000000-0000-4000-8000-000000000024']);
    expect(await listCorrectedRequests('no-such-project')).toEqual([]);
    // Every record survived the upgrade unchanged.
    for (const old of v4.stores.requests!) expect(await getRecord('requests', old.id)).toMatchObject(old);
  });

  it('keeps the corrections current on correct, delete and uncorrected writes without a re-read of the project', async () => {
    await openDb();
    const v4 = example(4);
    for (const store of STORE_NAMES) {
      // v4 records as stored today: with the later versions' back-fills.
      await putAsStored(store, (v4.stores[store] ?? []).map((r) => migrateRecord(store, r, 4)) as never);
    }
    const plain = (await getRecord('requests', '00000000-0000-4000-8000-000000000020'))!;
    await putRecord('requests', {
      ...plain,
      correction: { verdict: 'out_of_scope', scopeRef: null, at: '2026-05-01T00:00:00.000Z' },
    });
    expect((await listCorrectedRequests(P10)).map((r) => r.id)).toContain(plain.id);
    await softDelete('requests', plain.id);
    expect((await listCorrectedRequests(P10)).map((r) => r.id)).not.toContain(plain.id);
    const corrected = (await getRecord('requests', '00000000-0000-4000-8000-000000000026'))!;
    await putRecord('requests', { ...corrected, correction: null });
    expect((await listCorrectedRequests(P10)).map((r) => r.id)).toEqual(['00000000-0000-4000-8000-000000000021']);
  });
});

describe('upgrade from v4 (v5: snooze, follow-up day, change-order thread)', () => {
  it('back-fills the v5 fields as null and keeps everything else', async () => {
    await writeShippedDb(4);
    const v4 = example(4).stores;
    await openDb();
    for (const store of ['requests', 'waits', 'changeOrders'] as const) {
      for (const old of v4[store] ?? []) {
        const now = (await getRecord(store, old.id)) as Row | null;
        expect(now, `${store} ${old.id}`).toMatchObject(old);
        if (store === 'changeOrders') expect(now).toMatchObject({ followUpOn: null, threadId: null });
        else expect(now!.snoozedUntil).toBeNull();
      }
    }
  });

  it('keeps v5 values that are already set', () => {
    const v5 = example(5).stores;
    const wait = v5.waits![0]!;
    expect(migrateRecord('waits', wait, 5)).toEqual(wait);
    expect(migrateRecord('waits', { ...wait, snoozedUntil: undefined }, 4).snoozedUntil).toBeNull();
    expect(schemas.changeOrders.parse(v5.changeOrders![0]).threadId).toBe('thread-1');
  });
});

describe('upgrade from v5 (v6: open-ask counters, the open-waits view, status and created-at indexes)', () => {
  const P10 = '00000000-0000-4000-8000-000000000010';
  const P11 = '00000000-0000-4000-8000-000000000011';
  const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

  it('fills the counters and the open-waits view from the records already stored, exactly', async () => {
    // v6.json's records written into a v5-shaped database: the counters and view must be built from them.
    await writeShippedDb(5);
    const v6 = example(6).stores;
    await putRaw(5, v6);

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    // The counters: P10 has three open asks (one snoozed until the 10th; 0x29 is absorbed), P11 one; none without a project.
    const counters = (await db.getAll(COUNTS)).map((c) => [c.key, c.n]);
    expect(counters).toEqual([
      [['open', P10], 3],
      [['open', P11], 1],
      [['snoozed', P10, '2026-12-10'], 1],
    ]);
    expect((await db.getAllKeys(OPEN_WAITS)).sort()).toEqual([id(0x60), id(0x62)]);
    expect(await db.get(OPEN_WAITS, id(0x62))).toEqual(await getRecord('waits', id(0x62)));

    expect((await listOpenAsks(P10, 10)).map((r) => r.id)).toEqual([id(0x24), id(0x23), id(0x26)]);
    expect((await listOpenAsks(P10, 1)).map((r) => r.id)).toEqual([id(0x24)]);
    expect(await countOpenAsks(P10)).toBe(3);
    expect(await countOpenAsks(P10, '2026-12-03')).toBe(2); // 0x26 is snoozed until the 10th
    expect(await countOpenAsks(P10, '2026-12-10')).toBe(3);
    expect(await countOpenAsks(P11)).toBe(1);
    expect(await countDueAsks('2026-12-03')).toBe(3);
    expect((await listOpenWaits()).map((w) => w.what).sort()).toEqual(['Brand guidelines PDF', 'Hosting login']);
    expect((await listChangeOrdersWithStatus('sent')).map((c) => c.id)).toEqual([id(0x40)]);
    expect((await listChangeOrdersWithStatus('draft')).map((c) => c.id)).toEqual([id(0x41)]);
    // Absorbed asks through their index: the live one on P10 (0x22 has no project, 0x2a is deleted).
    expect((await listAbsorbedRequests(P10)).map((r) => r.id)).toEqual([id(0x29)]);
    // The feedback heads (v9, filled by the same upgrade): C1's own newest and P10's client-less newest.
    const latest = await listFeedbackHeads();
    expect(latest.map((f) => f.id).sort()).toEqual([id(0x31), id(0x33)]);
    // Every record survived the upgrade unchanged.
    for (const [store, rows] of Object.entries(v6) as [StoreName, Row[]][]) {
      for (const old of rows) expect(await getRecord(store, old.id)).toEqual(old);
    }
  });

  it('fills the counters through the earlier back-fills when upgrading from v1', async () => {
    await writeRawDb(1, shippedV1);
    const db = await openDb();
    // v1's asks have no changeOrderId/absorbed fields: the v2 back-fill makes them null, so both
    // out-of-scope asks (one with a project, one without) are open; the corrected in-scope one is not.
    expect((await db.getAll(COUNTS)).map((c) => [c.key, c.n])).toEqual([
      [['open', ''], 1],
      [['open', P10], 1],
    ]);
    expect(await countOpenAsks(P10)).toBe(1);
    expect(await countDueAsks('2026-12-03')).toBe(2);
  });
});

describe('upgrade from v6 (v7: the indexes nothing reads are dropped)', () => {
  const P10 = '00000000-0000-4000-8000-000000000010';
  const P11 = '00000000-0000-4000-8000-000000000011';
  const C1 = '00000000-0000-4000-8000-000000000001';
  const C2 = '00000000-0000-4000-8000-000000000002';
  const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

  /** Every store's index names, sorted, as the open database has them. */
  async function layout(): Promise<Record<string, string[]>> {
    const db = await openDb();
    const names = [...db.objectStoreNames].sort();
    const tx = db.transaction(names as never, 'readonly');
    return Object.fromEntries(names.map((n) => [n, [...tx.objectStore(n as never).indexNames].sort()]));
  }

  /** v7.json written raw into a v6-shaped database, then opened by the current code. */
  async function upgradedV6(): Promise<void> {
    await writeShippedDb(6);
    const v7 = example(7).stores;
    await putRaw(6, {
      ...v7,
      // The counters and the open-waits view as v6's writes keep them (v7 must leave them alone).
      [COUNTS]: COUNTERS.map(([key, n]) => ({ key, n })),
      [OPEN_WAITS]: v7.waits!.filter((w) => w.deletedAt === null && w.closedAt === null),
    });
  }
  const COUNTERS = [
    [['open', P10], 3],
    [['open', P11], 1],
    [['snoozed', P10, '2026-12-10'], 1],
  ];

  it('drops exactly the unread indexes and keeps every other one, as a fresh database has them', async () => {
    await upgradedV6();
    const upgraded = await layout();
    expect((await openDb()).version).toBe(DB_VERSION);
    for (const [store, index] of UNREAD_INDEXES) expect(upgraded[store], store).not.toContain(index);
    expect(upgraded).toEqual({
      briefs: ['projectId', BY_PROJECT_INDEX, 'updatedAt'],
      changeOrders: ['projectId', BY_PROJECT_INDEX, 'status', 'updatedAt'],
      clients: ['updatedAt'],
      askHeads: [],
      counts: [],
      feedbackHeads: [],
      feedback: ['clientCreated', 'projectCreated', BY_PROJECT_INDEX, RECORD_ID_INDEX, 'updatedAt'],
      openWaits: [BY_PROJECT_INDEX],
      projectHeads: [],
      projects: ['clientId', 'updatedAt'],
      requests: ['projectAbsorbed', CORRECTED_INDEX, BY_PROJECT_INDEX, RECORD_ID_INDEX, 'sourceId', 'updatedAt'],
      upsells: [BY_PROJECT_INDEX, 'updatedAt'],
      waits: [BY_PROJECT_INDEX, 'updatedAt'],
    });
    await closeAndDeleteDbForTests();
    await openDb(); // a fresh database: every version from v1 applied at once
    expect(await layout()).toEqual(upgraded);
  });

  it('keeps every record, the counters and the views, and answers reads by project and client as before', async () => {
    await upgradedV6();
    const v7 = example(7).stores;
    const db = await openDb();
    for (const [store, rows] of Object.entries(v7) as [StoreName, Row[]][]) {
      for (const old of rows) expect(await getRecord(store, old.id), `${store} ${old.id}`).toEqual(old);
    }
    expect((await db.getAll(COUNTS)).map((c) => [c.key, c.n])).toEqual(COUNTERS);
    expect((await db.getAllKeys(OPEN_WAITS)).sort()).toEqual([id(0x60), id(0x62)]);
    expect(await countOpenAsks(P10)).toBe(3);
    // By project (through [projectId, updatedAt]) and by client (the store read and filtered),
    // newest first, soft-deleted records left out unless asked for.
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
    expect(ids(await listRecords('feedback', { projectId: P11 }))).toEqual([id(0x34)]);
    expect(ids(await listRecords('feedback', { projectId: P10 }))).toEqual([id(0x33), id(0x31), id(0x30)]);
    expect(ids(await listRecords('feedback', { clientId: C2 }))).toEqual([id(0x34)]);
    expect(ids(await listRecords('feedback', { clientId: C1 }))).toEqual([id(0x31), id(0x30)]);
    expect(ids(await listRecords('feedback', { clientId: C1, includeDeleted: true }))).toEqual([
      id(0x31),
      id(0x32),
      id(0x30),
    ]);
    expect(ids(await listRecords('upsells', { clientId: C2 }))).toEqual([id(0x51)]);
    expect(ids(await listRecords('upsells', { projectId: P11 }))).toEqual([id(0x51)]);
    expect(ids(await listRecords('waits', { projectId: P10 }))).toEqual([id(0x61), id(0x60)]);
    expect(ids(await listRecords('waits', { clientId: C1, includeDeleted: true })).sort()).toEqual(
      [0x60, 0x61, 0x62, 0x63].map(id),
    );
    const asks = v7.requests!.filter((r) => r.projectId === P10 && r.deletedAt === null);
    expect(ids(await listRecords('requests', { projectId: P10 })).sort()).toEqual(ids(asks).sort());
    expect(ids(await listRecords('projects', { clientId: C1 })).sort()).toEqual([P10, P11]);
  });
});

describe('upgrade from v7 (v8: the project-heads view)', () => {
  const head = (p: Row) => ({
    id: p.id,
    clientId: p.clientId,
    name: p.name,
    updatedAt: p.updatedAt,
    deletedAt: p.deletedAt,
  });

  it('fills the view with the live projects already stored, and keeps it with every write', async () => {
    // v8.json (v7's records and a soft-deleted project) in a v7-shaped database, its views as v7 kept them.
    await writeShippedDb(7);
    const v8 = example(8).stores;
    await putRaw(7, { projects: v8.projects! });

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    const live = v8.projects!.filter((p) => p.deletedAt === null);
    expect(live.length).toBeLessThan(v8.projects!.length); // the deleted project is in the file, not the view
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
    expect((await listProjectHeads()).sort(byId)).toEqual(live.map(head).sort(byId));
    // Every record as it was; the other views as the records give them.
    for (const [store, rows] of Object.entries(v8) as [StoreName, Row[]][]) {
      for (const old of rows) expect(await getRecord(store, old.id), `${store} ${old.id}`).toEqual(old);
    }
    const openWaits = v8.waits!.filter((w) => w.deletedAt === null && w.closedAt === null).map((w) => w.id);
    expect((await db.getAllKeys(OPEN_WAITS)).sort()).toEqual(openWaits.sort());

    // Renamed, deleted, added: the view follows each write.
    const [first, second] = live as unknown as Project[];
    await putRecord('projects', { ...first!, name: 'Renamed' });
    await softDelete('projects', second!.id);
    const added = await putRecord('projects', { ...first!, id: '00000000-0000-4000-8000-000000000013' });
    const heads = await listProjectHeads();
    expect(heads.map((h) => h.id).sort()).toEqual([first!.id, added.id].sort());
    expect(heads.find((h) => h.id === first!.id)?.name).toBe('Renamed');
    expect(Object.keys(heads[0]!).sort()).toEqual(['clientId', 'deletedAt', 'id', 'name', 'updatedAt']);
  });

  it('is not backed up: an export holds the records only, and a replace import rebuilds the view', async () => {
    const { exportBackup, importBackup } = await import('@/lib/db/backup');
    const file = example(8);
    expect(await importBackup(file, { mode: 'replace' })).toMatchObject({ ok: true });
    const live = file.stores.projects!.filter((p) => p.deletedAt === null);
    expect((await listProjectHeads()).map((h) => h.id).sort()).toEqual(live.map((p) => p.id).sort());
    expect(Object.keys((await exportBackup()).stores)).not.toContain(PROJECT_HEADS);
  });
});

describe('upgrade from v8 (v9: the feedback-heads view)', () => {
  const C1 = '00000000-0000-4000-8000-000000000001';
  const C2 = '00000000-0000-4000-8000-000000000002';
  const P10 = '00000000-0000-4000-8000-000000000010';
  const P11 = '00000000-0000-4000-8000-000000000011';
  const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  /** Each head as [key, entry id], in key order. */
  const heads = async () =>
    (await listFeedbackHeads()).map((h) => [h.key, h.id]).sort((a, b) => (String(a[0]) < String(b[0]) ? -1 : 1));

  it('fills the view from the feedback already stored, and keeps it with every write', async () => {
    // v9.json (v8's records and more client-less feedback) in a v8-shaped database.
    await writeShippedDb(8);
    const v9 = example(9).stores;
    await putRaw(8, { feedback: v9.feedback! });

    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    // C1's newest (0x32 is deleted), C2's only one, P10's client-less one, P11's: 0x35 is deleted
    // and 0x37 ties 0x36 on createdAt with the larger id; 0x38 (no client, no project) heads nothing.
    expect(await heads()).toEqual([
      [['client', C1], id(0x31)],
      [['client', C2], id(0x34)],
      [['project', P10], id(0x33)],
      [['project', P11], id(0x37)],
    ]);
    for (const old of v9.feedback!) expect(await getRecord('feedback', old.id)).toEqual(old);
    expect(Object.keys((await listFeedbackHeads())[0]!).sort()).toEqual(
      ['clientId', 'createdAt', 'deletedAt', 'id', 'key', 'projectId', 'sentiment'].sort(),
    );

    // Deleted, moved to another client, made newer, added: the view follows each write.
    await softDelete('feedback', id(0x37)); // P11 falls back to 0x36
    const f31 = (await getRecord('feedback', id(0x31)))!;
    await putRecord('feedback', { ...f31, clientId: C2, createdAt: '2026-12-01T09:00:00.000Z' }); // C1 falls back to 0x30
    const added = await putRecord('feedback', {
      ...{ ...f31, id: id(0x39), clientId: null, projectId: P10 },
      createdAt: '2026-12-02T09:00:00.000Z',
    });
    await softDelete('feedback', id(0x34));
    expect(await heads()).toEqual([
      [['client', C1], id(0x30)],
      [['client', C2], id(0x31)],
      [['project', P10], added.id],
      [['project', P11], id(0x36)],
    ]);
    await softDelete('feedback', id(0x36));
    await softDelete('feedback', id(0x30));
    expect((await heads()).map(([key]) => key)).toEqual([
      ['client', C2],
      ['project', P10],
    ]);
  });

  it('is not backed up: an export holds the records only, and a replace import rebuilds the view', async () => {
    const { exportBackup, importBackup } = await import('@/lib/db/backup');
    await openDb();
    await putRecord('feedback', { ...example(9).stores.feedback![0]!, clientId: C2 } as never); // replaced below
    const file = example(9);
    expect(await importBackup(file, { mode: 'replace' })).toMatchObject({ ok: true });
    expect((await heads()).map(([, f]) => f)).toEqual([id(0x31), id(0x34), id(0x33), id(0x37)]);
    expect(Object.keys((await exportBackup()).stores)).not.toContain(FEEDBACK_HEADS);
    // A merge import moving C1's head to C2: both heads move (the head it left is read again).
    const f31 = file.stores.feedback!.find((f) => f.id === id(0x31))!;
    const moved = { ...f31, clientId: C2, updatedAt: '2026-12-05T09:00:00.000Z' };
    expect(await importBackup({ ...file, stores: { feedback: [moved] } })).toMatchObject({ ok: true });
    expect(await heads()).toEqual([
      [['client', C1], id(0x30)],
      [['client', C2], id(0x31)],
      [['project', P10], id(0x33)],
      [['project', P11], id(0x37)],
    ]);
  });
});

describe('upgrade from v9 (v10: asks and feedback in packs)', () => {
  const P10 = '00000000-0000-4000-8000-000000000010';
  const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  type Stored = { id: string; recs: Row[]; k: Record<string, unknown[]> };
  const rawRows = async (store: string) => (await openDb()).getAll(store as never) as Promise<Stored[]>;
  /** listRecords' order: newest updatedAt first, ties the larger id first. */
  const newestFirst = (a: Row, b: Row) =>
    a.updatedAt !== b.updatedAt ? (String(a.updatedAt) < String(b.updatedAt) ? 1 : -1) : a.id < b.id ? 1 : -1;

  /** What every read through an index gives, for comparing one layout with another. */
  async function reads() {
    return {
      byProject: (await listRecords('requests', { projectId: P10, includeDeleted: true })).map((r) => r.id),
      newest3: (await listRecords('feedback', { limit: 3 })).map((r) => r.id),
      bySource: (await findRequestsBySource('thread-1')).map((r) => r.id).sort(),
      corrected: (await listCorrectedRequests(P10)).map((r) => r.id),
      absorbed: (await listAbsorbedRequests(P10)).map((r) => r.id),
    };
  }

  it('packs the stored asks and feedback per project and answers every read as before', async () => {
    await writeShippedDb(9);
    const v10 = example(10).stores;
    await putRaw(9, v10); // the records as v9 stored them: one per row (and no views: see the end)
    const db = await openDb();
    expect(db.version).toBe(DB_VERSION);
    for (const store of PACKED_STORES) {
      // Packed per project as the import packs them: each pack one project's, named after its first
      // record, its id entries its records'; every record in exactly one pack.
      const rows = await rawRows(store);
      for (const pack of rows) {
        expect(new Set(pack.recs.map((r) => r.projectId)).size, pack.id).toBe(1);
        expect(pack.id).toBe(pack.recs[0]!.id);
        expect(pack.k[RECORD_ID_INDEX]).toEqual(pack.recs.map((r) => r.id));
      }
      const ids = rows.flatMap((p) => p.recs.map((r) => r.id)).sort();
      expect(ids).toEqual(v10[store]!.map((r) => r.id).sort());
      expect(rows.length).toBeLessThan(ids.length);
      const tx = db.transaction(store);
      expect(tx.store.index(RECORD_ID_INDEX)).toMatchObject({ unique: false, multiEntry: true });
      for (const index of Object.keys(PACK_INDEXES[store])) {
        expect(tx.store.index(index), index).toMatchObject({ unique: false, multiEntry: true });
      }
    }
    for (const [store, rows] of Object.entries(v10) as [StoreName, Row[]][]) {
      for (const old of rows) expect(await getRecord(store, old.id), `${store} ${old.id}`).toEqual(old);
    }
    const answers = await reads();
    // Against the records themselves: P10's asks newest first, the two made at one moment by id.
    expect(answers.byProject).toEqual(
      v10
        .requests!.filter((r) => r.projectId === P10)
        .sort(newestFirst)
        .map((r) => r.id),
    );
    expect(answers.byProject.indexOf(id(0x2c))).toBe(answers.byProject.indexOf(id(0x2b)) - 1);
    expect(answers.corrected).toContain(id(0x2c));

    // The same file imported: PACK_SIZE records to a pack, so P10's asks share one; the same answers.
    const { importBackup } = await import('@/lib/db/backup');
    expect(await importBackup(example(10), { mode: 'replace' })).toMatchObject({ ok: true });
    const packs = await rawRows('requests');
    expect(packs.length).toBeLessThan(v10.requests!.length);
    expect(packs.find((p) => p.recs.some((r) => r.id === id(0x2b)))!.recs.length).toBeGreaterThan(3);
    expect(await reads()).toEqual(answers);
    // And what the views hold (the raw v9 writes above kept none; the import fills them): P10's open
    // asks, v6's three and 0x2b (0x2c is corrected in scope), and v9's feedback heads.
    expect((await listOpenAsks(P10, 10)).map((r) => r.id)).toEqual([id(0x24), id(0x23), id(0x26), id(0x2b)]);
    expect(await countOpenAsks(P10)).toBe(4);
    expect((await listFeedbackHeads()).map((h) => h.id).sort()).toEqual([id(0x31), id(0x33), id(0x34), id(0x37)]);
  });

  it('keeps each record in one pack: a write rewrites its pack, and no id is stored twice', async () => {
    await openDb();
    const { importBackup } = await import('@/lib/db/backup');
    expect(await importBackup(example(10))).toMatchObject({ ok: true });
    const before = await rawRows('requests');
    const ask = (await getRecord('requests', id(0x2b)))!;
    await putRecord('requests', { ...ask, askText: 'Edited' });
    const after = await rawRows('requests');
    expect(after.map((p) => p.id)).toEqual(before.map((p) => p.id));
    expect(after.flatMap((p) => p.recs.map((r) => r.id)).sort()).toEqual(
      before.flatMap((p) => p.recs.map((r) => r.id)).sort(),
    );
    expect((await getRecord('requests', id(0x2b)))!.askText).toBe('Edited');
    // A record written again stays in its pack; one new to the store starts a pack of its own.
    const fresh = await putRecord('requests', { ...ask, id: crypto.randomUUID() });
    const last = await rawRows('requests');
    expect(last.find((p) => p.id === fresh.id)!.recs.map((r) => r.id)).toEqual([fresh.id]);
    const ids = last.flatMap((p) => p.recs.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('upgrade from v10 (v11: the ask-heads view)', () => {
  const P10 = '00000000-0000-4000-8000-000000000010';
  const P11 = '00000000-0000-4000-8000-000000000011';
  const id = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
  const stored = async () =>
    ((await (await openDb()).getAll(ASK_HEADS as never)) as AskHead[]).sort((a, b) =>
      a.projectId < b.projectId ? -1 : 1,
    );
  /** The heads worked out from every ask stored: what the view must hold after any write. */
  const expected = async () =>
    [...askHeadsOf((await listRecords('requests', { includeDeleted: true })) as never).values()].sort((a, b) =>
      a.projectId < b.projectId ? -1 : 1,
    );

  it('fills the view from the asks already stored', async () => {
    // v11.json (v10's records, and on P11 a newer open ask snoozed to 20 December and a newest one in scope).
    await writeShippedDb(10);
    await putRaw(10, { requests: example(11).stores.requests! });
    expect((await openDb()).version).toBe(DB_VERSION);
    // P10: 0x24 (corrected out of scope) is its newest open ask; P11: 0x2e, snoozed (0x2f is in scope).
    expect(await stored()).toEqual([
      {
        projectId: P10,
        id: id(0x24),
        updatedAt: '2026-11-22T10:00:00.000Z',
        url: expect.any(String),
        snoozedUntil: null,
      },
      {
        projectId: P11,
        id: id(0x2e),
        updatedAt: '2026-11-26T09:00:00.000Z',
        url: 'https://mail.google.com/mail/u/0/#inbox/thread-9',
        snoozedUntil: '2026-12-20',
      },
    ]);
    expect(await stored()).toEqual(await expected());
  });

  it("gives Home each project's newest awake ask, and follows every write", async () => {
    await openDb();
    const { exportBackup, importBackup } = await import('@/lib/db/backup');
    expect(await importBackup(example(11), { mode: 'replace' })).toMatchObject({ ok: true });
    expect(await stored()).toEqual(await expected());
    expect(Object.keys((await exportBackup()).stores)).not.toContain(ASK_HEADS);
    // P11's head is snoozed past 5 December: Home reads P11's asks for its newest awake one, 0x28.
    const newest = async (today: string) =>
      (await openAskSummaries([P10, P11], today)).map((s) => [s.projectId, s.open, s.newest?.id]);
    expect(await newest('2026-12-05')).toEqual([
      [P10, 3, id(0x24)], // 0x26 is snoozed to 10 December

      [P11, 1, id(0x28)],
    ]);
    expect(await newest('2026-12-21')).toEqual([
      [P10, 4, id(0x24)],
      [P11, 2, id(0x2e)],
    ]);

    // Closed by a change order, moved to P11, a new one, deleted, corrected in scope: after each
    // write the view is what all the asks say.
    const ask = async (n: number) => (await getRecord('requests', id(n)))!;
    const writes: (() => Promise<unknown>)[] = [
      async () => putRecord('requests', { ...(await ask(0x24)), changeOrderId: id(0x40) }),
      async () => putRecord('requests', { ...(await ask(0x23)), projectId: P11 }),
      async () => putRecord('requests', { ...(await ask(0x26)), id: id(0x50), snoozedUntil: null }),
      async () => softDelete('requests', id(0x50)),
      async () =>
        putRecord('requests', {
          ...(await ask(0x26)),
          correction: { verdict: 'in_scope', scopeRef: null, at: '2026-12-04T00:00:00.000Z' },
        }),
      async () => softDelete('requests', id(0x23)),
      async () => softDelete('requests', id(0x2b)),
    ];
    for (const [i, write] of writes.entries()) {
      await write();
      expect(await stored(), `after write ${i}`).toEqual(await expected());
    }
    // P10 has no open ask left: no head. A merge import bringing one back gives it one again.
    expect((await stored()).map((h) => h.projectId)).toEqual([P11]);
    const back = { ...(await ask(0x2b)), deletedAt: null, updatedAt: '2026-12-30T00:00:00.000Z' };
    expect(await importBackup({ ...example(11), stores: { requests: [back] } })).toMatchObject({ ok: true });
    expect((await stored()).map((h) => [h.projectId, h.id])).toEqual([
      [P10, id(0x2b)],
      [P11, id(0x2e)],
    ]);
    expect(await stored()).toEqual(await expected());
  });
});

describe('every example version', () => {
  // Each older example, written with the shipped layout of its own version, upgrades to the current one.
  for (let v = 1; v <= DB_VERSION; v++) {
    it(`v${v}.json opens at v${DB_VERSION} with every record intact`, async () => {
      await writeShippedDb(v);
      const file = example(v);
      for (const store of STORE_NAMES) {
        for (const old of file.stores[store] ?? []) {
          expect(await getRecord(store, old.id)).toEqual(schemas[store].parse(migrateRecord(store, old, v)));
        }
      }
    });
  }
});

describe('a failing upgrade', () => {
  it('rolls back instead of committing half-migrated data', async () => {
    await writeRawDb(1, shippedV1);
    const m = MIGRATIONS[1]!;
    const original = m.backfill!.projects!;
    m.backfill!.projects = () => {
      throw new Error('boom');
    };
    try {
      await expect(openDb()).rejects.toBeTruthy();
    } finally {
      m.backfill!.projects = original;
    }
    const raw = await openDB(DB_NAME);
    expect(raw.version).toBe(1);
    raw.close();
  });
});

describe('a newer build upgrading while this page is open', () => {
  it('closes this connection instead of blocking the upgrade', async () => {
    await openDb();
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION + 1);
      req.onblocked = () => reject(new Error('upgrade blocked by the open connection'));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    expect(newer.version).toBe(DB_VERSION + 1);
    newer.close();
  });
});
