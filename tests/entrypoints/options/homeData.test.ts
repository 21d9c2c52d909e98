// Home's first read can start at page start (options.html?tab=home); the section takes it once,
// for the day it was read for, and reads afresh otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, putRecord } from '@/lib/db';
import { prefetchHome, readHome, takeEarlyHome } from '@/entrypoints/options/homeData';
import { client, project } from '../../factories/workspace';

afterEach(closeAndDeleteDbForTests);

describe('Home first read', () => {
  it('gives the early read once, for its day only, with what a fresh read gives', async () => {
    const c = await putRecord('clients', client());
    await putRecord('projects', project(c.id));
    prefetchHome('2026-12-03');
    expect(takeEarlyHome('2026-12-04')).toBeNull(); // another day: read afresh (and the early one is spent)
    prefetchHome('2026-12-03');
    const early = takeEarlyHome('2026-12-03');
    expect(early).not.toBeNull();
    expect(takeEarlyHome('2026-12-03')).toBeNull();
    const got = await early!;
    expect(got.clients.map((x) => x.id)).toEqual([c.id]);
    expect(got).toEqual(await readHome('2026-12-03'));
  });
});
