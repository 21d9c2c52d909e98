import { describe, expect, it } from 'vitest';
import type { ChangeOrder } from '@/lib/db/schemas';
import { changeOrderHtml, escapeHtml } from '@/lib/changeorders/documentHtml';
import { changeOrderMarkdown } from '@/lib/changeorders/documentMarkdown';
import { escapeMarkdown } from '@/lib/markdown/escape';
import { changeOrderText } from '@/lib/changeorders/documentText';
import { draft } from '../../factories/changeOrderProject';
import { showDay } from '@/lib/dates/days';
import { showHours } from '@/lib/money';

const ctx = { projectName: 'Acme website rebuild', clientName: 'Acme Outdoor' };
const HOSTILE =
  'Add <script>alert(1)</script> [click](javascript:alert(1)) **now** # big\n1. list & <img src=x onerror=alert(2)>';

function priced(over: Partial<ChangeOrder> = {}): ChangeOrder {
  return draft({
    lines: [
      { kind: 'time', role: 'Designer', hours: 2.5, rateCents: 12500, amountCents: 0, description: '' },
      { kind: 'fixed', role: '', hours: 0, rateCents: 0, amountCents: 20000, description: 'Stock photos' },
    ],
    expensesCents: 5000,
    discount: { kind: 'percent', value: 10 },
    scheduleImpactDays: 3,
    ...over,
  });
}

describe('markdown', () => {
  it('renders every section with exact money', () => {
    const md = changeOrderMarkdown(priced(), ctx);
    expect(md).toContain('## CO-001: Add a blog section to the site');
    expect(md).toContain('**Project:** Acme website rebuild');
    expect(md).toContain('> Can you also add a blog section to the site? Should not take long.');
    expect(md).toContain('[Source](https://mail.google.com/mail/u/0/#inbox/18c2a)');
    expect(md).toContain(`| Designer | ${showHours(2.5)} × $125.00 | $312.50 |`);
    expect(md).toContain('| Stock photos | Fixed fee | $200.00 |');
    expect(md).toContain('| Expenses | | $50.00 |');
    expect(md).toContain('| Discount (10%) | | -$56.25 |');
    expect(md).toContain('| **Total** | | **$506.25** |');
    expect(md).toContain('**Schedule impact:** +3 working days');
    expect(md).toContain(`**Valid until:** ${showDay('2026-12-28')}`);
    expect(md).toContain('**Approver:** Dana Whitfield');
  });

  it('escapes Markdown and HTML in user text so nothing becomes a link, tag or heading', () => {
    const md = changeOrderMarkdown(priced({ title: '# Big **win**', askQuote: HOSTILE, approver: '<b>x</b>' }), ctx);
    expect(md).toContain('## CO-001: \\# Big \\*\\*win\\*\\*');
    expect(md).toContain('> Add \\<script\\>alert(1)\\</script\\> \\[click\\](javascript:alert(1)) \\*\\*now\\*\\*');
    expect(md).toContain('> 1\\. list \\& \\<img src=x onerror=alert(2)\\>');
    expect(md).not.toMatch(/[^\\]<script>/);
    expect(md).not.toMatch(/[^\\]\]\(javascript:/); // only an escaped \] may precede it
    expect(escapeMarkdown('- item | pipe')).toBe('\\- item \\| pipe');
  });

  it('drops non-http source links', () => {
    expect(changeOrderMarkdown(priced({ sourceUrl: 'javascript:alert(1)' }))).not.toContain('Source');
  });
});

describe('plain text', () => {
  it('reads like an email', () => {
    const text = changeOrderText(priced(), ctx);
    expect(
      text.startsWith('Change order CO-001: Add a blog section to the site\nProject: Acme website rebuild\n'),
    ).toBe(true);
    expect(text).toContain(
      'Request from Dana Whitfield:\n  "Can you also add a blog section to the site? Should not take long."',
    );
    expect(text).toContain(`  - Designer: ${showHours(2.5)} × $125.00 = $312.50`);
    expect(text).toContain('  - Stock photos: $200.00');
    expect(text).toContain('  Discount (10%): -$56.25');
    expect(text).toContain('  Total: $506.25');
    expect(text).toContain(`valid until ${showDay('2026-12-28')}`);
    expect(text).toContain('Dana Whitfield, please reply "approved"');
  });

  it('keeps hostile text as text but strips control and bidi characters', () => {
    const text = changeOrderText(priced({ askQuote: 'Add <script>x</script>\u202e evil\u0007' }));
    expect(text).toContain('"Add <script>x</script> evil"');
    expect(text).not.toContain('\u202e');
    expect(text).not.toContain('\u0007');
  });

  it('formats JPY and KWD totals', () => {
    const yen = priced({ currency: 'JPY', lines: [{ ...priced().lines[0]!, rateCents: 12000 }], expensesCents: 0 });
    expect(changeOrderText({ ...yen, discount: { kind: 'percent', value: 0 } })).toContain('Total: ¥30,000');
    const kwd = priced({ currency: 'KWD', lines: [{ ...priced().lines[0]!, rateCents: 45500 }], expensesCents: 0 });
    expect(changeOrderText({ ...kwd, discount: { kind: 'percent', value: 0 } })).toMatch(/Total: KWD\s?113\.750/);
  });
});

describe('printable html', () => {
  const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

  it('is a standalone document with print CSS and the price table', () => {
    const html = changeOrderHtml(priced(), { ...ctx, agencyName: 'Northlight' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('@media print');
    expect(html).toContain("default-src 'none'");
    const doc = parse(html);
    expect(doc.title).toBe('CO-001: Add a blog section to the site');
    const cells = [...doc.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
    expect(cells).toEqual([
      `Designer${showHours(2.5)} × $125.00$312.50`,
      'Stock photosFixed fee$200.00',
      'Expenses$50.00',
      'Subtotal$562.50',
      'Discount (10%)-$56.25',
      'Total$506.25',
    ]);
    expect(doc.querySelector('a')?.getAttribute('href')).toBe('https://mail.google.com/mail/u/0/#inbox/18c2a');
    expect(doc.querySelector('blockquote')?.textContent).toContain('Should not take long.');
  });

  it('escapes every piece of user text', () => {
    const hostile = priced({
      title: '</title><script>alert(1)</script>',
      askQuote: HOSTILE,
      approver: '" onmouseover="alert(3)',
      affectedDeliverables: ['<iframe src=x>'],
      sourceUrl: 'https://example.com/"><script>alert(4)</script>',
    });
    const html = changeOrderHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<iframe');
    const doc = parse(html);
    expect(doc.querySelectorAll('script, img, iframe').length).toBe(0);
    expect(doc.title).toBe('CO-001: </title><script>alert(1)</script>');
    expect(doc.querySelector('blockquote')?.textContent).toContain('<img src=x onerror=alert(2)>');
    expect(doc.querySelector('a')?.getAttribute('href')).toBe(
      'https://example.com/%22%3E%3Cscript%3Ealert(4)%3C/script%3E',
    );
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('drops javascript: links', () => {
    expect(parse(changeOrderHtml(priced({ sourceUrl: 'javascript:alert(1)' }))).querySelector('a')).toBeNull();
  });
});
