import { describe, expect, it } from 'vitest';
import { displayCell, overviewTables, tableCsv, toCsv } from '@/lib/insights/tables';
import { computeOverviews } from '@/lib/insights/overview';
import { makeChangeOrder, makeClient, makeProject, makeWait } from '@/tests/factories';

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
    expect(tables.find((t) => t.id === 'budget')?.rows).toEqual([[320, 0, 0]]);
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
