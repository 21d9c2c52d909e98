// A standalone, printable HTML document (open in a tab, print to PDF). Built from escaped strings:
// every stored value goes through escapeHtml, and a CSP meta tag forbids scripts on top of that.
import type { ChangeOrder } from '@/lib/db/schemas';
import type { ChangeOrderContext } from './documentModel';
import { changeOrderModel } from './documentModel';
import { t, uiLocale } from '@/lib/i18n';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** Escaped text with its line breaks kept. */
const multiline = (text: string) => escapeHtml(text).replace(/\r?\n/g, '<br>');

const STYLE = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #5c5c5c; --rule: #d0d0d0; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 2rem auto; max-width: 46rem; padding: 0 1rem; }
header { border-bottom: 2px solid var(--ink); margin-bottom: 1.25rem; padding-bottom: .5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 1.5rem 0 .5rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.meta { color: var(--muted); margin: 0; }
blockquote { margin: 0; padding: .5rem 1rem; border-left: 3px solid var(--rule); font-style: italic; }
a { color: var(--accent); }
table { width: 100%; border-collapse: collapse; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: none; }
.sign { display: grid; grid-template-columns: 1fr 1fr; gap: 2rem; margin-top: 2.5rem; }
.sign div { border-top: 1px solid var(--ink); padding-top: .25rem; color: var(--muted); }
@media print {
  @page { size: A4; margin: 18mm 16mm; }
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  a[href]::after { content: " (" attr(href) ")"; font-size: 8.5pt; color: var(--muted); word-break: break-all; }
  tr, blockquote, .sign { break-inside: avoid; }
  h2 { break-after: avoid; }
}`;

export function changeOrderHtml(co: ChangeOrder, ctx: ChangeOrderContext = {}): string {
  const m = changeOrderModel(co, ctx);
  const e = escapeHtml;
  const meta = [
    m.projectName && `${e(t('docProject'))} ${e(m.projectName)}`,
    m.clientName && `${e(t('docClient'))} ${e(m.clientName)}`,
  ]
    .concat([
      `${e(t('docStatus'))} ${e(m.status)}`,
      `${e(t('docDate'))} ${e(m.date)}`,
      m.supersedes ? e(m.supersedes) : '',
    ])
    .filter(Boolean)
    .join(' · ');
  const source = m.sourceUrl ? `<p><a href="${e(m.sourceUrl)}">${e(t('docOriginal'))}</a></p>` : '';
  const rows = m.lines
    .map((l) => `<tr><td>${e(l.label)}</td><td>${e(l.detail)}</td><td class="num">${e(l.amount)}</td></tr>`)
    .concat(
      m.expenses ? [`<tr><td>${e(t('docExpenses'))}</td><td></td><td class="num">${e(m.expenses)}</td></tr>`] : [],
    )
    .concat(
      m.discount
        ? [
            `<tr><td>${e(t('subtotal'))}</td><td></td><td class="num">${e(m.subtotal)}</td></tr>`,
            `<tr><td>${e(m.discountLabel ?? '')}</td><td></td><td class="num">${e(m.discount)}</td></tr>`,
          ]
        : [],
    )
    .concat(`<tr class="total"><td>${e(t('total'))}</td><td></td><td class="num">${e(m.total)}</td></tr>`);
  const parts = [
    `<header><h1>${e(m.ref)}: ${e(m.title)}</h1>`,
    m.agencyName ? `<p class="meta">${e(m.agencyName)}</p>` : '',
    `<p class="meta">${meta}</p></header>`,
    `<h2>${e(t('docRequest'))}</h2>`,
    m.askQuote.trim() ? `<blockquote>${multiline(m.askQuote)}</blockquote>` : '',
    m.askedBy ? `<p>${e(t('docAskedBy', { name: m.askedBy }))}</p>` : '',
    source,
    `<h2>${e(t('docWhy'))}</h2>`,
    `<p>${multiline(m.reason || t('docNotCovered'))}</p>`,
    m.affected.length
      ? `<p>${e(t('docAffected'))}</p><ul>${m.affected.map((d) => `<li>${e(d)}</li>`).join('')}</ul>`
      : '',
    `<h2>${e(t('price'))}</h2>`,
    `<table><thead><tr><th>${e(t('docItem'))}</th><th>${e(t('docDetail'))}</th><th class="num">${e(t('docAmount'))}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    `<h2>${e(t('docSchedule'))}</h2>`,
    `<p>${e(m.scheduleImpact)}</p>`,
    m.assumptions.trim() ? `<h2>${e(t('coAssumptions'))}</h2><p>${multiline(m.assumptions)}</p>` : '',
    m.expiresOn ? `<p>${e(t('docHtmlValidUntil', { day: m.expiresOn }))}</p>` : '',
    `<section class="sign"><div>${e(m.approver ? t('docApprovedByName', { name: m.approver }) : t('docApprovedBy'))}</div><div>${e(t('docSignDate'))}</div></section>`,
  ];
  return [
    '<!doctype html>',
    `<html lang="${e(uiLocale())}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(m.ref)}: ${e(m.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body>${parts.filter(Boolean).join('\n')}</body>`,
    '</html>',
  ].join('\n');
}
