import { makeChangeOrder } from '@/tests/factories';
import { describe, expect, it } from 'vitest';
import { csvExport, toCsv } from '@/lib/csv/storeCsv';
import { createRecord } from '@/lib/db';
import type { ChangeOrder } from '@/lib/db';

/** A small RFC 4180 reader, so tests check what a spreadsheet would see. */
function parse(csv: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && csv[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const cols = [
  { key: 'a', header: 'A' },
  { key: 'b', header: 'B, "quoted"' },
];

describe('toCsv', () => {
  it('quotes commas, quotes and newlines and ends rows with CRLF', () => {
    const csv = toCsv([{ a: 'x,y', b: 'say "hi"\nbye' }, { a: 'plain' }], cols);
    expect(csv).toBe('A,"B, ""quoted"""\r\n"x,y","say ""hi""\nbye"\r\nplain,\r\n');
    expect(parse(csv)).toEqual([
      ['A', 'B, "quoted"'],
      ['x,y', 'say "hi"\nbye'],
      ['plain', ''],
    ]);
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=1', '\r=1'])('keeps %j from running as a formula', (text) => {
    const cell = parse(toCsv([{ a: text }], cols.slice(0, 1)))[1]![0]!;
    expect(cell).toBe(`'${text}`);
  });

  it.each(['x;=1+1', 'x,=1+1', 'x; @SUM(1)', 'a\t+1', 'say "=1+1"', 'line\n-2+3', 'x;\t=1'])(
    'keeps %j from running as a formula whether a reader splits on , or ; or tabs',
    (text) => {
      const csv = toCsv([{ a: text, b: ['ok', '=2+2'] }], cols);
      const starts = /^ *[=+\-@\t\r]/;
      for (const delimiter of [',', ';', '\t']) {
        for (const row of parse(csv, delimiter).slice(1)) {
          for (const cell of row) expect(cell, `${delimiter} split of ${JSON.stringify(csv)}`).not.toMatch(starts);
        }
      }
    },
  );

  it('leaves numbers (negative too), booleans and safe text alone; flattens lists and objects', () => {
    const csv = toCsv(
      [{ a: -5, b: true }, { a: ['x', 'y'], b: { k: 1 } }, { a: null, b: undefined }, { a: 'a=b' }],
      cols,
    );
    expect(parse(csv).slice(1)).toEqual([
      ['-5', 'true'],
      ['x; y', '{"k":1}'],
      ['', ''],
      ['a=b', ''],
    ]);
  });
});

describe('csvExport', () => {
  const projectId = crypto.randomUUID();
  const co: ChangeOrder = makeChangeOrder({
    projectId,
    number: 7,
    title: '=HYPERLINK("http://evil")',
    lines: [
      { kind: 'time', role: 'Dev', hours: 2.5, rateCents: 10000, amountCents: 0, description: '' },
      { kind: 'fixed', role: '', hours: 0, rateCents: 0, amountCents: 5000, description: '' },
    ],
    discount: { kind: 'percent', value: 10 },
    currency: 'EUR',
    scheduleImpactDays: 2,
    approver: 'Anna',
    status: 'sent',
  });

  it('writes change orders with number, names, safe title and totals', () => {
    const rows = parse(
      csvExport('changeOrders', [co, { ...co, deletedAt: co.createdAt }], { names: { [projectId]: 'Website' } }),
    );
    expect(rows).toHaveLength(2); // header + the live record
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      Number: 'CO-007',
      Project: 'Website',
      Title: `'=HYPERLINK("http://evil")`,
      Currency: 'EUR',
      Hours: '2.5',
      Subtotal: '300.00',
      Discount: '30.00',
      Total: '270.00',
    });
  });

  it('uses the corrected verdict for requests and the id when no name is known', () => {
    const pid = crypto.randomUUID();
    const r = createRecord('requests', {
      projectId: pid,
      source: {
        site: 'jira',
        kind: 'ticket',
        id: 'ACME-1',
        url: 'https://a.atlassian.net/browse/ACME-1',
        title: 'Blog',
        messageId: null,
      },
      askText: 'Add a blog',
      from: null,
      askedAt: '2026-05-04T10:00:00.000Z',
      verdict: 'out_of_scope',
      scopeRef: 'x1',
      confidence: 0.6,
      reason: '',
      matchedText: null,
      correction: { verdict: 'in_scope', scopeRef: 'd2', at: '2026-05-05T10:00:00.000Z' },
      changeOrderId: null,
      absorbed: { valueCents: 12345, note: '', at: '2026-05-05T10:00:00.000Z' },
      snoozedUntil: null,
    });
    const [header, row] = parse(csvExport('requests', [r]));
    const get = (h: string) => row![header!.indexOf(h)];
    expect(get('Verdict')).toBe('in_scope');
    expect(get('SOW item')).toBe('d2');
    expect(get('Corrected by AM')).toBe('yes');
    expect(get('Project')).toBe(pid);
    expect(get('Date')).toBe('2026-05-04');
    expect(get('Absorbed value')).toBe('123.45');
  });

  it('writes feedback and upsells', () => {
    const f = createRecord('feedback', {
      clientId: null,
      projectId: null,
      kind: 'praise',
      sentiment: 'positive',
      note: '@team great, thanks',
      sourceUrl: null,
      sourceTitle: null,
    });
    const u = createRecord('upsells', {
      clientId: null,
      projectId: null,
      title: 'SEO',
      valueCents: 250000,
      stage: 'pitched',
      note: '',
      sourceUrl: null,
    });
    expect(parse(csvExport('feedback', [f]))[1]).toContain("'@team great, thanks");
    expect(parse(csvExport('upsells', [u]))[1]).toContain('2500.00');
    expect(csvExport('upsells', [])).toBe('Date,Client,Project,Title,Stage,Value,Note,Link\r\n');
  });
});
