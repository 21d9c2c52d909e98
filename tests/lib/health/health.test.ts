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
});
