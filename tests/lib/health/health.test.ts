import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { failureLog, logFailure, noteSiteRead, siteReads } from '@/lib/health/log';
import { siteHealth, structureOf } from '@/lib/health/summary';

beforeEach(() => fakeBrowser.reset());

const SITES = [
  { id: 'jira', label: 'Jira' },
  { id: 'trello', label: 'Trello' },
];
const fail = (site: string, at: string, structure?: string) => ({
  at,
  url: `https://x/${site}`,
  site,
  pageKind: 'ticket',
  missing: [`${site}.title`],
  ...(structure ? { structure } : {}),
});

describe('site health log', () => {
  it('keeps the structure report on the newest failure of each site only, and the last 50 failures', async () => {
    await logFailure(fail('jira', '2026-12-01T10:00:00Z', 'old report'));
    await logFailure(fail('trello', '2026-12-01T10:01:00Z', 'trello report'));
    await logFailure(fail('jira', '2026-12-01T10:02:00Z', 'new report'));
    const log = await failureLog.getValue();
    expect(log.map((f) => [f.site, f.structure ?? null])).toEqual([
      ['jira', null],
      ['trello', 'trello report'],
      ['jira', 'new report'],
    ]);
    expect(structureOf(log, 'jira')).toBe('new report');
    for (let i = 0; i < 60; i++) await logFailure(fail('jira', `2026-12-02T10:${String(i).padStart(2, '0')}:00Z`));
    expect(await failureLog.getValue()).toHaveLength(50);
  });

  it('per site: last good read, last failure with the selectors that missed, and whether it is failing now', async () => {
    await noteSiteRead('jira', '2026-12-01T09:00:00Z');
    await logFailure(fail('jira', '2026-12-01T10:00:00Z', 'report'));
    await noteSiteRead('trello', '2026-12-01T11:00:00Z');
    await logFailure(fail('trello', '2026-12-01T08:00:00Z'));
    const rows = siteHealth(SITES, await failureLog.getValue(), await siteReads.getValue());
    expect(rows).toEqual([
      {
        site: 'jira',
        label: 'Jira',
        lastRead: '2026-12-01T09:00:00Z',
        lastFailure: { at: '2026-12-01T10:00:00Z', pageKind: 'ticket', missing: ['jira.title'], hasStructure: true },
        failing: true,
      },
      {
        site: 'trello',
        label: 'Trello',
        lastRead: '2026-12-01T11:00:00Z',
        lastFailure: { at: '2026-12-01T08:00:00Z', pageKind: 'ticket', missing: ['trello.title'], hasStructure: false },
        failing: false,
      },
    ]);
  });

  it('writes a site read again only when the Sites tab would show something new', async () => {
    const writes: string[] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => {
      if ('siteReads' in changes) writes.push(JSON.stringify(changes.siteReads.newValue));
    });
    await noteSiteRead('jira', '2026-12-01T09:00:00.000Z');
    await noteSiteRead('jira', '2026-12-01T09:00:40.000Z');
    expect(writes).toHaveLength(1);
    expect((await siteReads.getValue()).jira).toBe('2026-12-01T09:00:00.000Z');
    await noteSiteRead('jira', '2026-12-01T09:01:05.000Z');
    expect((await siteReads.getValue()).jira).toBe('2026-12-01T09:01:05.000Z');
    // A failure since the noted read: the next good read is written at once, so the site is not shown failing.
    await logFailure(fail('jira', '2026-12-01T09:01:20.000Z'));
    await noteSiteRead('jira', '2026-12-01T09:01:30.000Z');
    expect(writes).toHaveLength(3);
    const [row] = siteHealth(SITES, await failureLog.getValue(), await siteReads.getValue());
    expect(row).toMatchObject({ lastRead: '2026-12-01T09:01:30.000Z', failing: false });
  });

  it('keeps both of two sites noted at the same moment', async () => {
    await Promise.all([noteSiteRead('jira', '2026-12-01T09:00:00Z'), noteSiteRead('trello', '2026-12-01T09:00:00Z')]);
    expect(await siteReads.getValue()).toEqual({ jira: '2026-12-01T09:00:00Z', trello: '2026-12-01T09:00:00Z' });
  });

  it('follows reads noted by another context (a write it did not make)', async () => {
    await noteSiteRead('jira', '2026-12-01T09:00:00Z');
    await siteReads.setValue({});
    await noteSiteRead('jira', '2026-12-01T09:00:10Z');
    expect(await siteReads.getValue()).toEqual({ jira: '2026-12-01T09:00:10Z' });
  });
});
