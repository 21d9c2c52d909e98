// 10,000 records: lists are served by indexes, not by reading the whole store. Timing on a busy
// test machine is noise, so the tests count the records IndexedDB hands over; the timings are
// printed for the record.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, findRequestsBySource, listRecords, putRecords } from '@/lib/db';
import type { DetectedRequest } from '@/lib/db';
import { newRequest } from './helpers';

const N = 10_000;
const projects = Array.from({ length: 20 }, () => crypto.randomUUID());
const timings: Record<string, number> = {};
let read = 0; // records delivered by getAll / cursor steps since the last reset

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
  const all = (r: unknown) => (Array.isArray(r) ? r.length : 0);
  // A cursor's request fires success once per step, so this counts every record it visits.
  const one = (r: unknown) => (r ? 1 : 0);
  count(IDBObjectStore.prototype as unknown as Proto, 'getAll', all);
  count(IDBIndex.prototype as unknown as Proto, 'getAll', all);
  count(IDBIndex.prototype as unknown as Proto, 'openCursor', one);
  read = 0;
});
afterEach(() => {
  for (const [proto, method, real] of patched.splice(0)) proto[method] = real;
});
afterAll(async () => {
  await closeAndDeleteDbForTests();
  console.info('[scale] ms', timings);
});

describe(`${N} requests`, () => {
  it('lists the newest 50 reading about 50 records', async () => {
    const page = await time('list limit 50', () => listRecords('requests', { limit: 50 }));
    expect(page).toHaveLength(50);
    expect(read).toBeLessThanOrEqual(51);
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
    expect(read).toBe(N / 2000);
  });

  it('lists everything in one read', async () => {
    const rows = await time('list all', () => listRecords('requests'));
    expect(rows).toHaveLength(N);
    expect(read).toBe(N);
  });
});
