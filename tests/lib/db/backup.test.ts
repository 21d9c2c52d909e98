import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeAndDeleteDbForTests,
  DB_VERSION,
  getRecord,
  listRecords,
  onDbChange,
  putRecord,
  STORE_NAMES,
} from '@/lib/db';
import type { DbChange } from '@/lib/db';
import { backupJsonParts, exportBackup, IMPORT_CHUNK, importBackup, type ImportProgress } from '@/lib/db/backup';
import { newClient, newProject, newRequest, tick } from '../../factories/fresh';

const example = (v: number) =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/lib/db/examples', `v${v}.json`), 'utf8')) as {
    stores: Record<string, Record<string, unknown>[]>;
  };

async function seed() {
  const client = await putRecord('clients', newClient({ name: 'Acme' }));
  const project = await putRecord('projects', newProject(client.id));
  const request = await putRecord('requests', newRequest(project.id, 'thread-1'));
  return { client, project, request };
}

beforeEach(closeAndDeleteDbForTests);
afterEach(closeAndDeleteDbForTests);

describe('export / import round trip', () => {
  it('restores every store exactly into an empty database', async () => {
    await seed();
    const backup = JSON.parse(JSON.stringify(await exportBackup())) as unknown; // as written to a file
    expect(backup).toMatchObject({ format: 'scopekeeper-backup', version: DB_VERSION });
    await closeAndDeleteDbForTests();
    const result = await importBackup(backup);
    expect(result).toMatchObject({ ok: true, counts: { clients: 1, projects: 1, requests: 1, briefs: 0 } });
    const again = await exportBackup();
    expect(again.stores).toEqual((backup as { stores: unknown }).stores);
  });

  it('imports an older (v1) backup by migrating it first', async () => {
    const v1 = example(1);
    expect(await importBackup(v1)).toMatchObject({ ok: true, counts: { requests: 3, briefs: 0 } });
    const req = await getRecord('requests', v1.stores.requests![0]!.id as string);
    expect(req).toMatchObject({ ...v1.stores.requests![0], changeOrderId: null, absorbed: null });
  });

  it('merge keeps a newer local edit; replace drops records missing from the file', async () => {
    const { client } = await seed();
    const backup = await exportBackup();
    await tick(); // the local edit must be strictly newer than the backup's copy
    const edited = await putRecord('clients', { ...client, name: 'Acme (renamed)' });
    const extra = await putRecord('clients', newClient({ name: 'Extra' }));
    expect((await importBackup(backup)).ok).toBe(true);
    expect((await getRecord('clients', client.id))?.name).toBe(edited.name);
    expect((await importBackup(backup, { mode: 'replace' })).ok).toBe(true);
    expect((await getRecord('clients', client.id))?.name).toBe('Acme');
    expect(await getRecord('clients', extra.id)).toBeNull();
  });
});

describe('a bad file changes nothing', () => {
  it('rolls back: one bad record in a later store leaves existing data untouched', async () => {
    await seed();
    const before = await exportBackup();
    const file = JSON.parse(JSON.stringify(before)) as { stores: Record<string, Record<string, unknown>[]> };
    file.stores.clients!.push({ ...newClient(), name: 'New client that must not land' });
    file.stores.projects = [0, 1, 2, 3].map(() => newProject(crypto.randomUUID()));
    file.stores.projects[3]!.name = '';
    const result = await importBackup(file, { mode: 'replace' });
    expect(result).toEqual({ ok: false, error: 'projects[3].name: name is required' });
    expect((await exportBackup()).stores).toEqual(before.stores);
  });

  it('rolls back when a write fails part-way, even after stores were cleared (replace)', async () => {
    await seed();
    const before = await exportBackup();
    const file = example(2);
    // Fail the 5th put inside the import's transaction: earlier puts and the clears must be undone.
    const storeProto = IDBObjectStore.prototype as unknown as { put: (...a: unknown[]) => unknown };
    const realPut = storeProto.put;
    let calls = 0;
    storeProto.put = function (this: unknown, ...args: unknown[]) {
      if (++calls === 5) throw new DOMException('disk full', 'QuotaExceededError');
      return realPut.apply(this, args);
    };
    try {
      const result = await importBackup(file, { mode: 'replace' });
      expect(result).toMatchObject({ ok: false, error: expect.stringContaining('nothing was changed') });
    } finally {
      storeProto.put = realPut;
    }
    expect(calls).toBeGreaterThanOrEqual(5);
    expect((await exportBackup()).stores).toEqual(before.stores);
  });

  it('names a missing field and a duplicate id', async () => {
    const file = example(2);
    delete file.stores.waits![0]!.what;
    expect(await importBackup(file)).toEqual({ ok: false, error: 'waits[0].what: what is required' });
    const dup = example(2);
    dup.stores.clients!.push({ ...dup.stores.clients![0]! });
    expect(await importBackup(dup)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^clients\[2\]\.id: duplicate/),
    });
  });

  it.each([
    ['not an object', 'hello', /expected a JSON object/],
    ['an array', [], /expected a JSON object/],
    ['null', null, /expected a JSON object/],
    ['wrong format tag', { format: 'other-app', version: 1, stores: {} }, /format should be "scopekeeper-backup"/],
    ['future version', { format: 'scopekeeper-backup', version: DB_VERSION + 1, stores: {} }, /newer Scopekeeper/],
    ['version 0', { format: 'scopekeeper-backup', version: 0, stores: {} }, /whole number/],
    ['version as text', { format: 'scopekeeper-backup', version: '2', stores: {} }, /whole number/],
    ['no stores', { format: 'scopekeeper-backup', version: 1 }, /no stores/],
    [
      'store not a list',
      { format: 'scopekeeper-backup', version: 2, stores: { clients: {} } },
      /^clients: expected a list/,
    ],
    ['unknown store', { format: 'scopekeeper-backup', version: 2, stores: { invoices: [] } }, /no store "invoices"/],
    [
      'store newer than the file',
      { format: 'scopekeeper-backup', version: 1, stores: { briefs: [] } },
      /no store "briefs"/,
    ],
    [
      'record not an object',
      { format: 'scopekeeper-backup', version: 2, stores: { upsells: [42] } },
      /^upsells\[0\]: expected a record/,
    ],
  ])('rejects %s', async (_label, json, message) => {
    const { client } = await seed();
    const result = await importBackup(json);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toMatch(message);
    expect(await getRecord('clients', client.id)).toEqual(client);
  });
});

describe('change notices on import', () => {
  it('announces the written ids per store, and nothing for a rejected file', async () => {
    const seen: DbChange[] = [];
    const off = onDbChange((c) => seen.push(c));
    await importBackup({ format: 'scopekeeper-backup', version: 2, stores: { clients: [{}] } });
    expect(seen).toEqual([]);
    const v2 = example(2);
    await importBackup(v2);
    off();
    expect(seen.map((c) => c.store).sort()).toEqual(STORE_NAMES.filter((s) => v2.stores[s]?.length).sort());
    expect(seen.find((c) => c.store === 'clients')?.ids).toEqual(v2.stores.clients!.map((c) => c.id));
    expect(await listRecords('briefs')).toHaveLength(1);
  });

  it('in replace mode also announces the records it removed', async () => {
    const { client } = await seed();
    const seen: DbChange[] = [];
    const off = onDbChange((c) => seen.push(c));
    const result = await importBackup({ format: 'scopekeeper-backup', version: 2, stores: {} }, { mode: 'replace' });
    off();
    expect(result.ok).toBe(true);
    expect(seen.find((c) => c.store === 'clients')?.ids).toEqual([client.id]);
    expect(await getRecord('clients', client.id)).toBeNull();
  });
});

describe('merge reporting and timestamps', () => {
  it('reports what was added, updated and skipped; an all-older file changes nothing and says so', async () => {
    const { client, project } = await seed();
    const backup = JSON.parse(JSON.stringify(await exportBackup())) as {
      stores: Record<string, Record<string, unknown>[]>;
    };
    await tick();
    await putRecord('clients', { ...client, name: 'Acme (renamed)' }); // newer locally: skipped
    const older = { ...project, name: 'Old name', updatedAt: '2020-01-01T00:00:00.000Z' };
    const newer = { ...project, name: 'From the file', updatedAt: '2099-01-01T00:00:00.000Z' };
    backup.stores.projects = [newer];
    backup.stores.clients!.push(newClient({ name: 'Brand new' }) as never);
    const result = await importBackup(backup);
    expect(result).toMatchObject({
      ok: true,
      report: {
        clients: { added: 1, updated: 0, skipped: 1 },
        projects: { added: 0, updated: 1, skipped: 0 },
        requests: { added: 0, updated: 0, skipped: 1 },
      },
    });
    expect((await getRecord('clients', client.id))?.name).toBe('Acme (renamed)');
    expect((await getRecord('projects', project.id))?.name).toBe('From the file');
    backup.stores.projects = [older];
    expect(await importBackup(backup)).toMatchObject({ ok: true, report: { projects: { updated: 0, skipped: 1 } } });
    expect((await getRecord('projects', project.id))?.name).toBe('From the file');
  });

  it('rejects a timestamp that is not an ISO date, naming the record and field', async () => {
    const file = example(2);
    file.stores.clients![1]!.updatedAt = 'zzzz';
    expect(await importBackup(file)).toEqual({
      ok: false,
      error: expect.stringMatching(/^clients\[1\]\.updatedAt: expected an ISO date/),
    });
    expect(await listRecords('clients', { includeDeleted: true })).toEqual([]);
  });
});

describe('import at scale', () => {
  const bigFile = async (n: number) => {
    const { project } = await seed();
    const file = JSON.parse(JSON.stringify(await exportBackup())) as {
      stores: Record<string, unknown[]>;
    };
    for (let i = 0; i < n; i++) file.stores.requests!.push(newRequest(project.id, `t-${i}`));
    return file;
  };

  it('reports progress step by step, up to the total', async () => {
    const file = await bigFile(4_500);
    const seen: ImportProgress[] = [];
    const result = await importBackup(file, { onProgress: (p) => seen.push(p) });
    expect(result).toMatchObject({ ok: true, report: { requests: { added: 4_500, skipped: 1 } } });
    const total = 4_503;
    expect(seen.slice(0, 2)).toEqual([
      { phase: 'checking', done: 0, total },
      { phase: 'writing', done: 0, total },
    ]);
    expect(seen.at(-1)).toEqual({ phase: 'writing', done: total, total });
    // A count at least every IMPORT_CHUNK records, never going back.
    const counts = seen.slice(1).map((p) => p.done);
    expect(counts.length).toBeGreaterThanOrEqual(Math.ceil(total / IMPORT_CHUNK));
    counts.slice(1).forEach((n, i) => expect(n - counts[i]!).toBeGreaterThan(0));
    counts.slice(1).forEach((n, i) => expect(n - counts[i]!).toBeLessThanOrEqual(IMPORT_CHUNK));
  });

  it('cancel while writing leaves the database exactly as it was', async () => {
    const file = await bigFile(5_000);
    const before = await exportBackup();
    const stop = new AbortController();
    const result = await importBackup(file, {
      signal: stop.signal,
      onProgress: (p) => p.phase === 'writing' && p.done >= 2_000 && stop.abort(),
    });
    expect(result).toEqual({ ok: false, cancelled: true, error: 'Import cancelled: nothing was changed.' });
    expect((await exportBackup()).stores).toEqual(before.stores);
  });

  it('a bad record after thousands already queued still changes nothing, and is named', async () => {
    const file = await bigFile(3_000);
    const before = await exportBackup();
    const bad = file.stores.requests!.length - 1;
    (file.stores.requests![bad] as Record<string, unknown>).verdict = 'maybe';
    const result = await importBackup(file);
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(new RegExp(`^requests\\[${bad}\\]\\.verdict: `)),
    });
    expect((await exportBackup()).stores).toEqual(before.stores);
  });

  it('cancel while checking writes nothing', async () => {
    const file = await bigFile(5_000);
    const stop = new AbortController();
    const result = await importBackup(file, { signal: stop.signal, onProgress: () => stop.abort() });
    expect(result).toMatchObject({ ok: false, cancelled: true });
    expect(await listRecords('requests')).toHaveLength(1);
  });

  it('exports in parts that join into the same backup', async () => {
    await seed();
    const backup = await exportBackup();
    expect(JSON.parse(backupJsonParts(backup).join(''))).toEqual(JSON.parse(JSON.stringify(backup)));
    const empty = { ...backup, stores: { ...backup.stores, requests: [] } };
    expect(JSON.parse(backupJsonParts(empty).join(''))).toEqual(JSON.parse(JSON.stringify(empty)));
  });
});
