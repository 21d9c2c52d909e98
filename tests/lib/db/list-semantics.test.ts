// listRecords takes different paths per option (updatedAt, [projectId, updatedAt], and by client the
// whole store read and filtered: feedback has no clientId index since v7);
// every path must give what the plain definition gives: filter, newest updatedAt first (ties: larger
// id first), soft-deleted out unless asked for, then the limit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putAsStored } from '@/tests/lib/db/raw';
import { closeAndDeleteDbForTests, createRecord, listRecords } from '@/lib/db';
import type { Feedback, ListOptions } from '@/lib/db';

const projects = ['p-a', 'p-b', 'p-c'];
const clients = ['c-1', 'c-2'];
const rows: Feedback[] = [];

beforeAll(async () => {
  await closeAndDeleteDbForTests();
  let seed = 7;
  const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let i = 0; i < 300; i++) {
    // Few distinct timestamps, so ties (broken by id) are common.
    const at = new Date(Date.UTC(2026, 0, 1 + rand(20))).toISOString();
    rows.push({
      ...createRecord('feedback', {
        clientId: clients[rand(2)]!,
        projectId: rand(10) === 0 ? null : projects[rand(3)]!,
        kind: 'other',
        sentiment: 'neutral',
        note: `n${i}`,
        sourceUrl: null,
        sourceTitle: null,
      }),
      updatedAt: at,
      deletedAt: rand(5) === 0 ? at : null,
    });
  }
  // Raw writes keep the chosen updatedAt (putRecords would stamp now).
  await putAsStored('feedback', rows);
});
afterAll(closeAndDeleteDbForTests);

function reference(opts: ListOptions): string[] {
  return rows
    .filter(
      (r) =>
        (opts.includeDeleted || r.deletedAt === null) &&
        (opts.projectId === undefined || r.projectId === opts.projectId) &&
        (opts.clientId === undefined || r.clientId === opts.clientId),
    )
    .sort((a, b) => (a.updatedAt !== b.updatedAt ? (a.updatedAt < b.updatedAt ? 1 : -1) : a.id < b.id ? 1 : -1))
    .slice(0, opts.limit ?? Infinity)
    .map((r) => r.id);
}

const cases: ListOptions[] = [];
for (const projectId of [undefined, 'p-b', 'p-none'])
  for (const clientId of [undefined, 'c-2'])
    for (const includeDeleted of [false, true])
      for (const limit of [undefined, 0, 1, 7, 500]) cases.push({ projectId, clientId, includeDeleted, limit });

describe('listRecords matches its definition on every index path', () => {
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))('%s', async (_name, opts) => {
    expect((await listRecords('feedback', opts)).map((r) => r.id)).toEqual(reference(opts));
  });
});
