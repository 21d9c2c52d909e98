import { describe, expect, it } from 'vitest';
import { displayCell, overviewTables, tableCsv, toCsv } from '@/lib/insights/tables';
import { computeOverviews } from '@/lib/insights/overview';
import { makeChangeOrder, makeClient, makeProject, makeRequest, makeWait } from '@/tests/factories';

describe('toCsv (RFC 4180)', () => {
  it('quotes commas, quotes and line breaks; CRLF line ends', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x, y', 'say "hi"'],
          ['two\nlines', null],
          [1.5, 0],
        ],
      ),
    ).toBe('a,b\r\n"x, y","say ""hi"""\r\n"two\nlines",\r\n1.5,0\r\n');
  });
  it('defuses spreadsheet formulas in text cells', () => {
    expect(toCsv(['w'], [['=HYPERLINK("x")'], ['@SUM(A1)'], [-3]])).toBe(
      'w\r\n"\'=HYPERLINK(""x"")"\r\n\'@SUM(A1)\r\n-3\r\n',
    );
  });
});

describe('overviewTables', () => {
  const client = makeClient();
  const project = makeProject({ clientId: client.id });
  const now = new Date(2026, 10, 28, 12);
  const base = { projects: [project], clients: [client], requests: [], feedback: [], upsells: [], now };

  it('empty project: empty tables carry their empty-state text', () => {
    const [o] = computeOverviews({ ...base, changeOrders: [], waits: [] });
    const tables = overviewTables(o!);
    const co = tables.find((t) => t.id === 'changeOrders');
    expect(co?.rows).toEqual([]);
    expect(co?.emptyText).toBe('No change orders yet.');
    // Contracted, added by approved change orders, absorbed, pending: what the columns say.
    const budget = tables.find((t) => t.id === 'budget')!;
    expect(budget.columns).toEqual([
      'Contracted hours',
      'Hours added by approved change orders',
      'Hours absorbed (value at the project rate)',
      'Pending change-order hours',
    ]);
    expect(budget.rows).toEqual([[320, 0, 0, 0]]);
  });

  it('draws no table of zeros: no budget, no asks in the window, no feedback', () => {
    const bare = { ...project, scope: { ...project.scope, budgetHours: null } };
    const old = makeRequest({ projectId: project.id, askedAt: '2026-01-05T10:00:00Z' }); // long before the 8 weeks
    const [o] = computeOverviews({ ...base, projects: [bare], requests: [old], changeOrders: [], waits: [] });
    expect(o?.outOfScope.total).toBe(1);
    const tables = new Map(overviewTables(o!).map((x) => [x.id, x]));
    for (const id of ['budget', 'outOfScope', 'sentiment', 'upsells', 'absorbed', 'changeOrders', 'waits']) {
      expect(tables.get(id)?.rows, id).toEqual([]);
      expect(tables.get(id)?.emptyText, id).not.toBe('');
    }
    expect(tables.get('budget')?.emptyText).toMatch(/^No hours to show/);
  });

  it('the budget row holds absorbed hours beside the change-order hours', () => {
    const absorbed = makeRequest({
      projectId: project.id,
      absorbed: { valueCents: 60_000, note: 'goodwill', at: '2026-11-20T10:00:00Z' },
    });
    const line = { kind: 'time' as const, role: 'Dev', hours: 6, rateCents: 15_000, amountCents: 0, description: '' };
    const [o] = computeOverviews({
      ...base,
      requests: [absorbed],
      changeOrders: [
        makeChangeOrder({ projectId: project.id, number: 1, status: 'approved', lines: [line] }),
        makeChangeOrder({ projectId: project.id, number: 2, status: 'sent', lines: [{ ...line, hours: 2 }] }),
      ],
      waits: [],
    });
    expect(overviewTables(o!).find((t) => t.id === 'budget')?.rows).toEqual([[320, 6, 4, 2]]);
  });

  it('numbers in tables match the overview, money in major units', () => {
    const line = { kind: 'time' as const, role: 'Dev', hours: 3, rateCents: 12_345, amountCents: 0, description: '' };
    const [o] = computeOverviews({
      ...base,
      changeOrders: [makeChangeOrder({ projectId: project.id, status: 'approved', lines: [line] })],
      waits: [makeWait({ projectId: project.id, what: 'Logo, "final"', askedOn: '2026-11-20' })],
    });
    const tables = overviewTables(o!);
    const co = tables.find((t) => t.id === 'changeOrders')!;
    expect(co.rows[0]).toEqual(['Approved', 1, 3, 370.35]);
    expect(displayCell(co, 3, 370.35, 'USD')).toBe(
      new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD' }).format(370.35),
    );
    expect(tableCsv(tables.find((t) => t.id === 'waits')!)).toBe(
      'Waiting for,Asked on,Days waiting,Due by\r\n"Logo, ""final""",2026-11-20,8,\r\n',
    );
  });
});
