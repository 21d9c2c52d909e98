// 10,000 records: lists are served by indexes, not by reading the whole store. Timing on a busy
// test machine is noise, so the tests count the records IndexedDB hands over (asks are kept in packs
// of up to PACK_SIZE, packs.ts: a pack read hands over every record in it); the timings are printed
// for the record.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, findRequestsBySource, listRecords, putRecords, softDelete } from '@/lib/db';
import type { DetectedRequest } from '@/lib/db';
import { PACK_SIZE } from '@/lib/db/packs';
import { newRequest } from '../../factories/fresh';

const N = 10_000;
const projects = Array.from({ length: 20 }, () => crypto.randomUUID());
const timings: Record<string, number> = {};
const reads: Record<string, number> = {};
let read = 0; // records delivered (in the packs read) since the last reset

/** The records in what a request hands over: packs, lists of them, getAllRecords' rows, a cursor. */
function recordsIn(result: unknown): number {
  if (Array.isArray(result)) return result.reduce((n: number, r) => n + recordsIn(r), 0);
  if (result === null || typeof result !== 'object') return 0;
  const o = result as { recs?: unknown[]; value?: unknown };
  if (Array.isArray(o.recs)) return o.recs.length;
  return 'value' in o ? recordsIn(o.value) : 1;
}

type Proto = Record<string, (...a: unknown[]) => unknown>;
const patched: [Proto, string, (...a: unknown[]) => unknown][] = [];
function count(proto: Proto, method: string, measure: (result: unknown) => number): void {
  const real = proto[method]!;
  patched.push([proto, method, real]);
  proto[method] = function (this: unknown, ...args: unknown[]) {
    const req = real.apply(this, args);
    if (req instanceof IDBRequest) req.addEventListener('success', () => (read += measure(req.result)));
    return req;
  };
}

async function time<T>(label: string, fn: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await fn();
  timings[label] = Math.round(performance.now() - start);
  reads[label] = read;
  return out;
}

beforeAll(async () => {
  await closeAndDeleteDbForTests();
  const rows: DetectedRequest[] = Array.from({ length: N }, (_, i) =>
    newRequest(projects[i % projects.length]!, `thread-${i % 2000}`),
  );
  await time('putRecords 10k', () => putRecords('requests', rows));
}, 60_000);
beforeEach(() => {
  // A cursor's request fires success once per step, so this counts every record it visits.
  for (const method of ['get', 'getAll']) count(IDBObjectStore.prototype as unknown as Proto, method, recordsIn);
  for (const method of ['get', 'getAll', 'getAllRecords', 'openCursor'])
    count(IDBIndex.prototype as unknown as Proto, method, recordsIn);
  read = 0;
});
afterEach(() => {
  for (const [proto, method, real] of patched.splice(0)) proto[method] = real;
});
afterAll(async () => {
  await closeAndDeleteDbForTests();
  console.info('[scale] ms', timings);
  console.info('[scale] records read', reads);
});

describe(`${N} requests`, () => {
  // putRecords packs each project's asks in index order: the newest of each project share a pack.
  it('lists the newest 50 reading the packs that hold them (one per project), not the store', async () => {
    const page = await time('list limit 50', () => listRecords('requests', { limit: 50 }));
    expect(page).toHaveLength(50);
    expect(read).toBeLessThanOrEqual(projects.length * PACK_SIZE);
  });

  it('lists one project (500 records) through the index, newest first', async () => {
    const rows = await time('list by project', () => listRecords('requests', { projectId: projects[3]! }));
    expect(rows).toHaveLength(N / projects.length);
    expect(rows.every((r, i) => i === 0 || rows[i - 1]!.updatedAt >= r.updatedAt)).toBe(true);
    expect(read).toBe(N / projects.length);
  });

  it('finds requests by source through the index', async () => {
    const rows = await time('by source', () => findRequestsBySource('thread-7'));
    expect(rows).toHaveLength(N / 2000);
    expect(read).toBeLessThanOrEqual((N / 2000) * PACK_SIZE);
  });

  it('lists everything in one read, newest first', async () => {
    const rows = await time('list all', () => listRecords('requests'));
    expect(rows).toHaveLength(N);
    expect(read).toBe(N);
    expect(rows.every((r, i) => i === 0 || isNewer(rows[i - 1]!, r))).toBe(true);
  });

  it('lists 10 of one project reading only the pack that holds them ([projectId, updatedAt] index)', async () => {
    const rows = await time('project limit 10', () => listRecords('requests', { projectId: projects[5]!, limit: 10 }));
    expect(rows).toEqual((await listRecords('requests', { projectId: projects[5]! })).slice(0, 10));
    read = 0;
    await listRecords('requests', { projectId: projects[5]!, limit: 10 });
    expect(read).toBeLessThanOrEqual(PACK_SIZE);
  });

  // Last: it soft-deletes records the other tests count.
  it('a limited list steps over soft-deleted records and stops at the limit', async () => {
    const newest = await listRecords('requests', { limit: 50 });
    for (const r of newest.filter((_, i) => i % 2 === 0)) await softDelete('requests', r.id); // now the newest
    read = 0;
    const rows = await time('list limit 50, 25 deleted', () => listRecords('requests', { limit: 50 }));
    expect(rows).toHaveLength(50);
    expect(rows.every((r) => r.deletedAt === null)).toBe(true);
    // Two index reads (50 rows, 25 kept; then twice as many), each pack read once: still one per project.
    expect(read).toBeLessThanOrEqual(projects.length * PACK_SIZE);
    read = 0;
    const withDeleted = await listRecords('requests', { limit: 50, includeDeleted: true });
    expect(withDeleted.filter((r) => r.deletedAt !== null)).toHaveLength(25);
    expect(read).toBeLessThanOrEqual(projects.length * PACK_SIZE);
  });
});

const isNewer = (a: DetectedRequest, b: DetectedRequest): boolean =>
  a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id > b.id);
