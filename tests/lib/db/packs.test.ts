// Packs answer index reads exactly as a record per row would: random asks and feedback in packs of
// random sizes, some rewritten later (newer, deleted) in the packs they sit in, read through every
// index newest first with random limits and filters, against a sort of the records themselves.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, openDb } from '@/lib/db';
import { readNewestFirst } from '@/lib/db/newest';
import { indexKey, PACK_INDEXES, type PackedStoreName, packsOf } from '@/lib/db/packs';
import { storesOf } from '@/lib/db/stores';
import { rng } from '@/lib/random';

type Row = Record<string, unknown> & { id: string; updatedAt: string; deletedAt: string | null };

afterEach(closeAndDeleteDbForTests);

const PROJECTS = ['p-a', 'p-b', 'p-c', null];
const CLIENTS = ['c-1', 'c-2', null];

function randomRecords(rand: () => number, n: number): Row[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  // Few distinct times, so ties (ordered by id) are common.
  const at = () => new Date(Date.UTC(2026, 0, 1 + Math.floor(rand() * 6))).toISOString();
  return Array.from({ length: n }, (_, i) => ({
    id: `r-${(i * 7919) % 1000}-${i}`,
    projectId: pick(PROJECTS),
    clientId: pick(CLIENTS),
    createdAt: at(),
    updatedAt: at(),
    deletedAt: rand() < 0.2 ? at() : null,
    source: { id: `thread-${Math.floor(rand() * 5)}` },
    correction: rand() < 0.3 ? { at: at() } : null,
    absorbed: rand() < 0.1 ? { at: at() } : null,
  }));
}

/** The ranges the readers ask for: everything, and each prefix of a project or client. */
function prefixesOf(fields: readonly string[]): (IDBValidKey[] | undefined)[] {
  if (fields.length === 1) return [undefined];
  const values = fields[0] === 'clientId' ? CLIENTS : PROJECTS;
  return values.filter((v) => v !== null).map((v) => [v as string]);
}

async function check(store: PackedStoreName, seed: number): Promise<void> {
  const rand = rng(seed);
  const records = randomRecords(rand, 300);
  const tx = (await openDb()).transaction(store, 'readwrite');
  for (const pack of packsOf(store, records, 1 + Math.floor(rand() * 60))) tx.objectStore(store).put(pack);
  await tx.done;
  // A fifth rewritten later where they are (newer, some deleted): their packs' bounds move.
  const later = records.filter(() => rand() < 0.2);
  for (const r of later) {
    r.updatedAt = new Date(Date.UTC(2026, 1, 1 + Math.floor(rand() * 3))).toISOString();
    if (rand() < 0.3) r.deletedAt = r.updatedAt;
  }
  const write = (await openDb()).transaction(store, 'readwrite');
  await storesOf(write).objectStore(store).putMany(later);
  await write.done;

  const live = (r: Row) => r.deletedAt === null;
  for (const [name, { fields }] of Object.entries(PACK_INDEXES[store])) {
    for (const prefix of prefixesOf(fields)) {
      for (const limit of [1, 5, 40, Infinity]) {
        const [lower, upper] = prefix ? [prefix, [...prefix, []]] : [undefined, undefined];
        const read = (await openDb()).transaction(store, 'readonly');
        const got = await readNewestFirst(storesOf(read).objectStore(store).index(name), {
          ...{ lower, upper, limit },
          keep: live,
        });
        const range = lower ? IDBKeyRange.bound(lower, upper) : null;
        const expected = records
          .map((r) => ({ r, key: indexKey(fields, r) }))
          .filter(({ r, key }) => key && (!range || range.includes(key)) && live(r))
          .sort((a, b) => -indexedDB.cmp(a.key!, b.key!))
          .slice(0, limit);
        expect(
          got.map((r) => r.id),
          `${name} ${JSON.stringify(prefix)} limit ${limit}`,
        ).toEqual(expected.map(({ r }) => r.id));
      }
    }
  }
}

describe('packed index reads match a sort of the records', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`asks (seed ${seed})`, () => check('requests', seed));
    it(`feedback (seed ${seed})`, () => check('feedback', seed));
  }
});

describe('a record removed from its pack', () => {
  it('leaves the rest readable, even when the pack was named after it, and its id free', async () => {
    const [a, b, c] = randomRecords(rng(9), 3).map((r) => ({ ...r, projectId: 'p-a' }));
    const setup = (await openDb()).transaction('requests', 'readwrite');
    await storesOf(setup).objectStore('requests').putMany([a!, b!, c!]);
    await setup.done;
    const packId = String((await (await openDb()).getAllKeys('requests'))[0]);
    const first = [a!, b!, c!].find((r) => r.id === packId)!;
    const tx = (await openDb()).transaction('requests', 'readwrite');
    const store = storesOf(tx).objectStore('requests');
    await store.delete(first.id);
    await store.put({ ...first, askText: 'back' });
    await tx.done;
    const read = storesOf((await openDb()).transaction('requests')).objectStore('requests');
    for (const r of [a!, b!, c!]) expect(await read.get(r.id), r.id).toMatchObject({ id: r.id });
    expect(await read.get(first.id)).toMatchObject({ askText: 'back' });
    expect(await read.getAll()).toHaveLength(3);
  });
});

describe('the newest record of a range (a list of one)', () => {
  const newestOf = (records: Row[], fields: readonly string[], prefix: IDBValidKey[]) =>
    records
      .map((r) => ({ r, key: indexKey(fields, r) }))
      .filter(({ r, key }) => key && IDBKeyRange.bound(prefix, [...prefix, []]).includes(key) && r.deletedAt === null)
      .sort((a, b) => -indexedDB.cmp(a.key!, b.key!))[0]?.r.id;

  async function readEach(
    records: Row[],
    mode: IDBTransactionMode,
  ): Promise<{ got: (string | undefined)[]; expected: (string | undefined)[] }> {
    const tx = (await openDb()).transaction('requests', mode);
    const store = storesOf(tx).objectStore('requests');
    // The transaction holds some packs already (p-a's, read whole); a readwrite one writes a newer ask of p-b.
    await store.index('projectUpdated').getAll(IDBKeyRange.bound(['p-a'], ['p-a', []]));
    const written = { ...records.find((r) => r.projectId === 'p-b')!, updatedAt: '2026-03-01T00:00:00.000Z' };
    if (mode === 'readwrite') await store.put(written);
    const now = mode === 'readwrite' ? records.map((r) => (r.id === written.id ? written : r)) : records;
    const { fields } = PACK_INDEXES.requests.projectUpdated!;
    const got: (string | undefined)[] = [];
    const expected: (string | undefined)[] = [];
    for (const project of ['p-a', 'p-b', 'p-c']) {
      const [first] = await readNewestFirst(store.index('projectUpdated'), {
        ...{ lower: [project], upper: [project, []], limit: 1 },
        keep: (r) => r.deletedAt === null,
      });
      got.push(first?.id);
      expected.push(newestOf(now, fields, [project]));
    }
    await tx.done;
    return { got, expected };
  }

  it('takes one request where the browser has getAllRecords, and reads the same through the key cursor without it', async () => {
    const records = randomRecords(rng(11), 300);
    const setup = (await openDb()).transaction('requests', 'readwrite');
    for (const pack of packsOf('requests', records, 7)) setup.objectStore('requests').put(pack);
    await setup.done;

    const proto = IDBIndex.prototype as IDBIndex & { getAllRecords?: unknown };
    const calls = { records: 0, cursors: 0 };
    const getAllRecords = proto.getAllRecords as (...a: unknown[]) => IDBRequest;
    const openKeyCursor = proto.openKeyCursor;
    expect(typeof getAllRecords).toBe('function');
    const counted = function (this: IDBIndex, ...a: unknown[]) {
      calls.records++;
      return getAllRecords.apply(this, a);
    };
    proto.getAllRecords = counted;
    proto.openKeyCursor = function (this: IDBIndex, ...a: Parameters<IDBIndex['openKeyCursor']>) {
      calls.cursors++;
      return openKeyCursor.apply(this, a);
    };
    try {
      for (const mode of ['readonly', 'readwrite'] as const) {
        calls.records = calls.cursors = 0;
        const withRecords = await readEach(records, mode);
        expect(withRecords.got, mode).toEqual(withRecords.expected);
        expect(withRecords.got.every(Boolean)).toBe(true);
        expect(calls, mode).toEqual({ records: 3, cursors: 0 });
        delete proto.getAllRecords;
        const withCursor = await readEach(records, mode);
        expect(withCursor.got, mode).toEqual(withRecords.expected);
        expect(calls.cursors, mode).toBe(3);
        proto.getAllRecords = counted;
      }
    } finally {
      proto.getAllRecords = getAllRecords;
      proto.openKeyCursor = openKeyCursor;
    }
  });
});
