// The IndexedDB schema as a list of versions. Each version creates its stores/indexes and may
// back-fill fields in existing records; the same back-fills upgrade old backup files, so a
// database and a backup of the same version always migrate the same way.
// Never edit a shipped version: add a new one (and tests/lib/db/examples/v<N>.json beside it).
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { Brief, ChangeOrder, Client, Project, StoreName, Upsell, Wait } from './schemas';
import {
  isPacked,
  PACK_INDEXES,
  PACKED_STORES,
  type Pack,
  packKeyPath,
  type PackedStoreName,
  packRow,
  packsOf,
  RECORD_ID_INDEX,
  recordsOfRow,
} from './packs';
import { storesOf } from './stores';
import {
  COUNTED,
  COUNTS,
  CountDelta,
  type CountKey,
  type CountRow,
  FEEDBACK_HEADS,
  type FeedbackHead,
  headsOf,
  type HeadKey,
  OPEN_WAITS,
  PROJECT_HEADS,
  type ProjectHead,
  VIEW_NAMES,
  VIEWS,
  viewRow,
  viewsOf,
} from './views';
import {
  ABSORBED_INDEX,
  BY_PROJECT_INDEX,
  CLIENT_CREATED_INDEX,
  PROJECT_CREATED_INDEX,
  STATUS_INDEX,
} from './indexNames';
import { ASK_HEADS, type AskHead, askHeadsOf } from './askHeads';

export const DB_NAME = 'scopekeeper';
export {
  ABSORBED_INDEX,
  BY_PROJECT_INDEX,
  CLIENT_CREATED_INDEX,
  CORRECTED_INDEX,
  PROJECT_CREATED_INDEX,
  STATUS_INDEX,
} from './indexNames';

type Indexed<V, I extends string, X = unknown> = { key: string; value: V; indexes: { [K in I]: string } & X };
type ByProject = { [BY_PROJECT_INDEX]: [string, string] };
export interface ScopeDbSchema extends DBSchema {
  clients: Indexed<Client, 'updatedAt'>;
  projects: Indexed<Project, 'updatedAt' | 'clientId'>;
  /** v10: packs of requests and of feedback (packs.ts), read and written through stores.ts. */
  requests: { key: string; value: Pack; indexes: Record<string, IDBValidKey> };
  feedback: { key: string; value: Pack; indexes: Record<string, IDBValidKey> };
  changeOrders: Indexed<ChangeOrder, 'updatedAt' | 'projectId' | typeof STATUS_INDEX, ByProject>;
  /** v6 (views.ts): the open waits (whole copies) and the counters. */
  [OPEN_WAITS]: Indexed<Wait, never, ByProject>;
  [COUNTS]: { key: CountKey; value: CountRow };
  /** v8 (views.ts): the live projects' heads. */
  [PROJECT_HEADS]: { key: string; value: ProjectHead };
  /** v9 (views.ts): each client's and project's newest live feedback. */
  [FEEDBACK_HEADS]: { key: HeadKey; value: FeedbackHead };
  /** v11 (askHeads.ts): each project's newest open out-of-scope ask. */
  [ASK_HEADS]: { key: string; value: AskHead };
  upsells: Indexed<Upsell, 'updatedAt', ByProject>;
  waits: Indexed<Wait, 'updatedAt', ByProject>;
  briefs: Indexed<Brief, 'updatedAt' | 'projectId', ByProject>;
}

// Migrations run against whatever shape the database had then, so they use untyped handles.
type RawDb = IDBPDatabase<unknown>;
type RawTx = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;
type Raw = Record<string, unknown>;

export interface Migration {
  version: number;
  /** Stores that exist once this version is applied. */
  stores: readonly StoreName[];
  /** `oldVersion`: the version being upgraded from (0 or absent: a new database). */
  createStores(db: RawDb, tx: RawTx, oldVersion?: number): void;
  /** Pure per-record upgrade from the previous version; absent stores are unchanged. */
  backfill?: Partial<Record<StoreName, (record: Raw) => Raw>>;
  /**
   * The views (views.ts) are filled from the stored records once this version's stores exist: all
   * of them, or only the ones named (a version adding one view need not read every store again).
   */
  fillsViews?: true | readonly string[];
}

function storeWithIndexes(db: RawDb, name: string, fields: string[]): void {
  const store = db.createObjectStore(name, { keyPath: 'id' });
  // Null values (e.g. a request with no project yet) are simply left out of an index.
  for (const field of ['updatedAt', ...fields]) store.createIndex(field, field);
}

const V1_STORES = ['clients', 'projects', 'requests', 'feedback', 'changeOrders', 'upsells', 'waits'] as const;
const V2_STORES = [...V1_STORES, 'briefs'] as const;
const PROJECT_STORES = ['requests', 'feedback', 'changeOrders', 'upsells', 'waits', 'briefs'] as const;

/**
 * v7: the v1 indexes no query reads. Since v3, a project's records are read through
 * [projectId, updatedAt] (BY_PROJECT_INDEX), never through projectId alone, which only numbering.ts
 * still reads (change orders, briefs); by clientId, only projects are read (a client's projects).
 * Each index costs every write of its store an entry: these were ~15,000 of a 10,000-record import's
 * writes, and a quarter of the database's CPU time in it (npm run bench:import -- --cpu).
 */
export const UNREAD_INDEXES: readonly (readonly [StoreName, string])[] = [
  ['requests', 'projectId'],
  ['feedback', 'projectId'],
  ['feedback', 'clientId'],
  ['upsells', 'projectId'],
  ['upsells', 'clientId'],
  ['waits', 'projectId'],
  ['waits', 'clientId'],
];

/** From this version on, requests and feedback are stored in packs. */
const PACKED_VERSION = 10;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    stores: V1_STORES,
    createStores(db) {
      storeWithIndexes(db, 'clients', []);
      storeWithIndexes(db, 'projects', ['clientId']);
      storeWithIndexes(db, 'requests', ['projectId']);
      storeWithIndexes(db, 'feedback', ['projectId', 'clientId']);
      storeWithIndexes(db, 'changeOrders', ['projectId']);
      storeWithIndexes(db, 'upsells', ['projectId', 'clientId']);
      storeWithIndexes(db, 'waits', ['projectId', 'clientId']);
    },
  },
  {
    // v2: briefs; requests looked up by the thread/ticket they came from; requests learn which
    // change order covers them and what absorbed work was worth; projects keep hand-assigned threads.
    version: 2,
    stores: V2_STORES,
    createStores(db, tx) {
      storeWithIndexes(db, 'briefs', ['projectId']);
      tx.objectStore('requests').createIndex('sourceId', 'source.id');
    },
    backfill: {
      requests: (r) => ({ ...r, changeOrderId: r.changeOrderId ?? null, absorbed: r.absorbed ?? null }),
      projects: (r) => ({ ...r, threadIds: Array.isArray(r.threadIds) ? r.threadIds : [] }),
    },
  },
  {
    // v3: [projectId, updatedAt] on every per-project store. Records without a project (a null
    // projectId is not a valid key) are left out of it, as they are of the projectId index.
    version: 3,
    stores: V2_STORES,
    createStores(_db, tx) {
      for (const store of PROJECT_STORES)
        tx.objectStore(store).createIndex(BY_PROJECT_INDEX, ['projectId', 'updatedAt']);
    },
  },
  {
    // v4: [projectId, correction.at] on requests, holding only the corrected ones (see CORRECTED_INDEX).
    // Self-contained: no back-fill, IndexedDB builds the index from the records already stored.
    version: 4,
    stores: V2_STORES,
    createStores(_db, tx) {
      tx.objectStore('requests').createIndex('projectCorrected', ['projectId', 'correction.at']);
    },
  },
  {
    // v5 (issue #14, the daily loop): asks and waits can be snoozed until a day; a sent change
    // order has a follow-up day and remembers the thread it was sent in (to notice the client's reply).
    version: 5,
    stores: V2_STORES,
    createStores() {},
    backfill: {
      requests: (r) => ({ ...r, snoozedUntil: r.snoozedUntil ?? null }),
      waits: (r) => ({ ...r, snoozedUntil: r.snoozedUntil ?? null }),
      changeOrders: (r) => ({ ...r, followUpOn: r.followUpOn ?? null, threadId: r.threadId ?? null }),
    },
  },
  {
    // v6 (issue #13, first screens at 10,000+ records): the counters of open out-of-scope asks per
    // project and the view of the open waits (views.ts); change orders by status; a project's
    // absorbed requests; feedback by [clientId, createdAt] and [projectId, createdAt]. Records are
    // unchanged (no back-fill); the counters and the view are filled from the records already stored.
    version: 6,
    stores: V2_STORES,
    createStores(db, tx) {
      db.createObjectStore(OPEN_WAITS, { keyPath: 'id' }).createIndex(BY_PROJECT_INDEX, ['projectId', 'updatedAt']);
      db.createObjectStore(COUNTS, { keyPath: 'key' });
      tx.objectStore('changeOrders').createIndex(STATUS_INDEX, 'status');
      tx.objectStore('requests').createIndex(ABSORBED_INDEX, ['projectId', 'absorbed.at']);
      tx.objectStore('feedback').createIndex(CLIENT_CREATED_INDEX, ['clientId', 'createdAt']);
      tx.objectStore('feedback').createIndex(PROJECT_CREATED_INDEX, ['projectId', 'createdAt']);
    },
    fillsViews: true,
  },
  {
    // v7 (issue #13, a 10,000-record import under 2 s): drops the indexes nothing reads
    // (UNREAD_INDEXES). Records, the other indexes, the counters and the views are unchanged. A
    // listRecords by clientId on a store without that index reads the store and filters, as it
    // always did for stores that never had one.
    version: 7,
    stores: V2_STORES,
    createStores(_db, tx) {
      for (const [store, index] of UNREAD_INDEXES) tx.objectStore(store).deleteIndex(index);
    },
  },
  {
    // v8 (issue #13, the Home tab under 150 ms at 10,000 records): the project-heads view (views.ts),
    // so Home reads each live project's id, client and name instead of every project whole (SOW text
    // and parsed scope: 0.8 MB for 200 projects). Records are unchanged; the views are filled from
    // the records already stored.
    version: 8,
    stores: V2_STORES,
    createStores(db) {
      db.createObjectStore(PROJECT_HEADS, { keyPath: 'id' });
    },
    fillsViews: true,
  },
  {
    // v9 (issue #13, the Home tab under 150 ms at 10,000 records): the feedback-heads view
    // (views.ts), so Home reads each client's and project's newest feedback in one request instead
    // of one index read per project (~200 at 200 projects). Records are unchanged; the views are
    // filled from the records already stored.
    version: 9,
    stores: V2_STORES,
    createStores(db) {
      db.createObjectStore(FEEDBACK_HEADS, { keyPath: 'key' });
    },
    fillsViews: true,
  },
  {
    // v10 (issue #13, a 10,000-record import under 2 s): requests and feedback are kept in packs
    // (packs.ts), every index of theirs an index of the packs' entries for their records. Records are
    // unchanged (a backup of v9 and of v10 hold the same); the stored ones are packed PACK_SIZE to a
    // pack per project (upgrade() below), as the import writes them.
    version: PACKED_VERSION,
    stores: V2_STORES,
    createStores(_db, tx, oldVersion = 0) {
      for (const store of PACKED_STORES) {
        const os = tx.objectStore(store);
        for (const index of [...os.indexNames]) os.deleteIndex(index);
        // A store with records gets its indexes once repack() has emptied it: built over the bare
        // records first, eleven indexes would each read all of them for nothing.
        if (oldVersion === 0) createPackIndexes(os, store);
      }
    },
  },
  {
    // v11 (issue #13, the Home tab flat from 10,000 to 100,000 records): the ask-heads view
    // (askHeads.ts), so Home links each client to its newest open ask with one request instead of
    // a request and a pack per project with open asks. Records are unchanged; the views are filled
    // from the records already stored.
    version: 11,
    stores: V2_STORES,
    createStores(db) {
      db.createObjectStore(ASK_HEADS, { keyPath: 'projectId' });
    },
    fillsViews: [ASK_HEADS],
  },
];

export const DB_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Applies back-fills for every version after `from`, in order. */
export function migrateRecord(store: StoreName, record: Raw, from: number): Raw {
  let out = record;
  for (const m of MIGRATIONS) {
    const fill = m.version > from ? m.backfill?.[store] : undefined;
    if (fill) out = fill(out);
  }
  return out;
}

/** idb's upgrade callback. Only IDB requests are awaited, so the versionchange transaction stays alive. */
export function upgrade(db: RawDb, oldVersion: number, tx: RawTx): void {
  const pending = MIGRATIONS.filter((m) => m.version > oldVersion);
  for (const m of pending) m.createStores(db, tx, oldVersion);
  if (oldVersion === 0) return; // a fresh database has nothing to back-fill
  const abort = () => {
    // A throwing back-fill would otherwise let the transaction commit half-migrated data.
    try {
      tx.abort();
    } catch {
      // already aborted by a failed request; openDb rejects with that error
    }
  };
  // A database from before v10 keeps its requests and feedback one per row: they are read whole,
  // migrated and written again in packs (a rewrite in place, one cursor step per record, took
  // 9-11 s for 10,000 records in Chromium; this is a few hundred writes).
  const repacking: readonly StoreName[] = oldVersion < PACKED_VERSION ? PACKED_STORES : [];
  const repacked = Promise.all(repacking.map((store) => repack(tx, store, oldVersion)));
  repacked.catch(abort);
  const touched = new Set(pending.flatMap((m) => Object.keys(m.backfill ?? {}) as StoreName[]));
  for (const store of touched) {
    if (repacking.includes(store)) continue;
    // One pass per store applying every pending version in order, rather than racing cursors.
    rewriteAll(tx, store, (row) => {
      const recs = recordsOfRow(row).map((r) => migrateRecord(store, r, oldVersion));
      // A pack keeps its id (the cursor updates in place).
      return isPacked(store) ? packRow(store, String(row.id), recs as Pack['recs']) : recs[0]!;
    }).catch(abort);
  }
  // After the repacking: the fill reads those stores by cursor, which a clear under it would cut short.
  const fills = pending.map((m) => m.fillsViews).filter((f) => f !== undefined);
  if (fills.includes(true)) repacked.then(() => fillViews(tx, oldVersion)).catch(abort);
  else if (fills.flat().includes(ASK_HEADS)) fillAskHeads(tx, oldVersion).catch(abort);
}

/** v10: a store's records, one per row until then, migrated and written again PACK_SIZE to a pack. */
async function repack(tx: RawTx, store: StoreName, oldVersion: number): Promise<void> {
  const os = tx.objectStore(store);
  const records = ((await os.getAll()) as Raw[]).flatMap(recordsOfRow).map((r) => migrateRecord(store, r, oldVersion));
  await os.clear();
  createPackIndexes(os, store as PackedStoreName);
  await Promise.all(packsOf(store as PackedStoreName, records as Pack['recs']).map((pack) => os.put(pack)));
}

/** v10's indexes of a packed store: multiEntry over each pack's entries (packs.ts). */
function createPackIndexes(
  os: { createIndex(name: string, keyPath: string, options: IDBIndexParameters): unknown },
  store: PackedStoreName,
): void {
  // Not unique: Chromium checks a unique entry with a read of its own (0.6 s of a 10,000-record
  // import); packs.ts never puts a record in a second pack (records never leave theirs).
  os.createIndex(RECORD_ID_INDEX, packKeyPath(RECORD_ID_INDEX), { multiEntry: true });
  for (const index of Object.keys(PACK_INDEXES[store])) os.createIndex(index, packKeyPath(index), { multiEntry: true });
}

/**
 * Fills every view and the counters from the stored records. Each record is read through the
 * pending back-fills, so the fill sees the migrated record whether or not rewriteAll (running in the
 * same transaction) has reached it yet.
 */
async function fillViews(tx: RawTx, oldVersion: number): Promise<void> {
  await Promise.all(VIEW_NAMES.map((name) => tx.objectStore(name).clear()));
  const delta = new CountDelta();
  const stores = new Set([...VIEWS.map((v) => v.from), ...(Object.keys(COUNTED) as StoreName[])]);
  for (const store of stores) {
    let cursor = await tx.objectStore(store).openCursor();
    while (cursor) {
      // Asks and feedback are packs by now (repack() ran first); the other stores, a record per row.
      for (const row of recordsOfRow(cursor.value)) {
        const record = migrateRecord(store, row, oldVersion) as Raw & { id: string };
        delta.add(COUNTED[store]?.(record) ?? [], 1);
        for (const view of viewsOf(store))
          if (view.keeps(record)) await tx.objectStore(view.name).put(viewRow(view, record));
      }
      cursor = await cursor.continue();
    }
  }
  await delta.apply(storesOf(tx));
  const feedback = ((await tx.objectStore('feedback').getAll()) as Raw[])
    .flatMap(recordsOfRow)
    .map((r) => migrateRecord('feedback', r, oldVersion) as Raw & { id: string });
  await Promise.all(headsOf(feedback).map((head) => tx.objectStore(FEEDBACK_HEADS).put(head)));
  await fillAskHeads(tx, oldVersion);
}

/** v11's view from the stored asks: each project's newest open one. */
async function fillAskHeads(tx: RawTx, oldVersion: number): Promise<void> {
  await tx.objectStore(ASK_HEADS).clear();
  const asks = ((await tx.objectStore('requests').getAll()) as Raw[])
    .flatMap(recordsOfRow)
    .map((r) => migrateRecord('requests', r, oldVersion) as Raw & { id: string });
  await Promise.all([...askHeadsOf(asks).values()].map((head) => tx.objectStore(ASK_HEADS).put(head)));
}

async function rewriteAll(tx: RawTx, store: string, fill: (row: Raw) => unknown): Promise<void> {
  let cursor = await tx.objectStore(store).openCursor();
  while (cursor) {
    await cursor.update(fill(cursor.value as Raw));
    cursor = await cursor.continue();
  }
}
