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
import { t } from '@/lib/i18n';

export function changeOrderMarkdown(co: ChangeOrder, ctx: ChangeOrderContext = {}): string {
  const m = changeOrderModel(co, ctx);
  const out: string[] = [`## ${m.ref}: ${escapeMarkdown(m.title)}`, ''];
  const meta = [
    m.projectName && `**${t('docProject')}** ${escapeMarkdown(m.projectName)}`,
    m.clientName && `**${t('docClient')}** ${escapeMarkdown(m.clientName)}`,
    `**${t('docStatus')}** ${m.status}`,
    `**${t('docDate')}** ${m.date}`,
    m.supersedes && `**${m.supersedes}**`,
  ].filter(Boolean);
  out.push(meta.join('  \n'), '');

  out.push(`### ${t('docRequest')}`, '');
  if (m.askQuote.trim()) out.push(quote(m.askQuote), '');
  const by = m.askedBy ? t('docAskedBy', { name: escapeMarkdown(m.askedBy) }) : '';
  const src = m.sourceUrl ? `[${t('docSource')}](${linkTarget(m.sourceUrl)})` : '';
  if (by || src) out.push([by, src].filter(Boolean).join(' · '), '');

  out.push(`### ${t('docWhy')}`, '', para(m.reason || t('docNotCovered')), '');
  if (m.affected.length) {
    out.push(`**${t('docAffected')}**`, '', ...m.affected.map((d) => `- ${escapeMarkdown(d)}`), '');
  }

  out.push(
    `### ${t('price')}`,
    '',
    `| ${t('docItem')} | ${t('docDetail')} | ${t('docAmount')} |`,
    '| --- | --- | ---: |',
  );
  for (const l of m.lines) out.push(`| ${escapeMarkdown(l.label)} | ${escapeMarkdown(l.detail)} | ${l.amount} |`);
  if (m.expenses) out.push(`| ${t('docExpenses')} | | ${m.expenses} |`);
  if (m.discount)
    out.push(
      `| ${t('subtotal')} | | ${m.subtotal} |`,
      `| ${escapeMarkdown(m.discountLabel ?? '')} | | ${m.discount} |`,
    );
  out.push(`| **${t('total')}** | | **${m.total}** |`, '');

  out.push(`**${t('docScheduleImpact')}** ${m.scheduleImpact}`, '');
  if (m.assumptions.trim()) out.push(`### ${t('coAssumptions')}`, '', para(m.assumptions), '');
  const sign = [
    m.expiresOn && `**${t('docValidUntil')}** ${m.expiresOn}`,
    m.approver && `**${t('docApprover')}** ${escapeMarkdown(m.approver)}`,
  ].filter(Boolean);
  if (sign.length) out.push(sign.join('  \n'), '');
  return out.join('\n').trimEnd() + '\n';
}
