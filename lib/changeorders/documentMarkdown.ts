// The change order as Markdown for Jira, Slack and Notion. Every stored field goes through
// lib/markdown's escaping, so an ask cannot inject links, HTML or headings into the document.
import type { ChangeOrder } from '@/lib/db/schemas';
import type { ChangeOrderContext } from './documentModel';
import { changeOrderModel } from './documentModel';
import {
  escapeMarkdown,
  markdownLinkTarget as linkTarget,
  markdownParagraph as para,
  markdownQuote as quote,
} from '@/lib/markdown/escape';

export function changeOrderMarkdown(co: ChangeOrder, ctx: ChangeOrderContext = {}): string {
  const m = changeOrderModel(co, ctx);
  const out: string[] = [`## ${m.ref}: ${escapeMarkdown(m.title)}`, ''];
  const meta = [
    m.projectName && `**Project:** ${escapeMarkdown(m.projectName)}`,
    m.clientName && `**Client:** ${escapeMarkdown(m.clientName)}`,
    `**Status:** ${m.status}`,
    `**Date:** ${m.date}`,
    m.supersedes && `**${m.supersedes}**`,
  ].filter(Boolean);
  out.push(meta.join('  \n'), '');

  out.push('### The request', '');
  if (m.askQuote.trim()) out.push(quote(m.askQuote), '');
  const by = m.askedBy ? `Asked by ${escapeMarkdown(m.askedBy)}` : '';
  const src = m.sourceUrl ? `[Source](${linkTarget(m.sourceUrl)})` : '';
  if (by || src) out.push([by, src].filter(Boolean).join(' · '), '');

  out.push('### Why this is a change', '', para(m.reason || 'Not covered by the statement of work.'), '');
  if (m.affected.length) {
    out.push('**Affected deliverables:**', '', ...m.affected.map((d) => `- ${escapeMarkdown(d)}`), '');
  }

  out.push('### Price', '', '| Item | Detail | Amount |', '| --- | --- | ---: |');
  for (const l of m.lines) out.push(`| ${escapeMarkdown(l.label)} | ${escapeMarkdown(l.detail)} | ${l.amount} |`);
  if (m.expenses) out.push(`| Expenses | | ${m.expenses} |`);
  if (m.discount)
    out.push(`| Subtotal | | ${m.subtotal} |`, `| ${escapeMarkdown(m.discountLabel ?? '')} | | ${m.discount} |`);
  out.push(`| **Total** | | **${m.total}** |`, '');

  out.push(`**Schedule impact:** ${m.scheduleImpact}`, '');
  if (m.assumptions.trim()) out.push('### Assumptions', '', para(m.assumptions), '');
  const sign = [
    m.expiresOn && `**Valid until:** ${m.expiresOn}`,
    m.approver && `**Approver:** ${escapeMarkdown(m.approver)}`,
  ].filter(Boolean);
  if (sign.length) out.push(sign.join('  \n'), '');
  return out.join('\n').trimEnd() + '\n';
}
