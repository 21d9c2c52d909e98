// Plain text for an email reply: no markup at all, so nothing needs escaping, but control
// characters are stripped so pasted text cannot smuggle anything odd into the compose box.
import type { ChangeOrder } from '@/lib/db/schemas';
import type { ChangeOrderContext } from './documentModel';
import { changeOrderModel } from './documentModel';
import { personName } from '@/lib/changeorders/draft';
import { t } from '@/lib/i18n';

// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL, '');

export function changeOrderText(co: ChangeOrder, ctx: ChangeOrderContext = {}): string {
  const m = changeOrderModel(co, ctx);
  const out: string[] = [t('docTextTitle', { ref: m.ref, title: m.title })];
  if (m.projectName) out.push(`${t('docProject')} ${m.projectName}`);
  if (m.supersedes) out.push(m.supersedes);
  out.push('');

  if (m.askQuote.trim()) {
    const by = personName(m.askedBy || null);
    out.push(by ? t('docTextRequestFrom', { name: by }) : t('docTextRequest'));
    out.push(...m.askQuote.split(/\r?\n/).map((l) => (l.trim() ? `  "${l.trim()}"` : '')));
    if (m.sourceUrl) out.push(`  ${m.sourceUrl}`);
    out.push('');
  }
  out.push(t('docTextWhy'), m.reason || t('docNotCovered'));
  if (m.affected.length) out.push(`${t('docAffected')} ${m.affected.join(', ')}`);
  out.push('', t('docTextPrice'));
  for (const l of m.lines) out.push(`  - ${l.label}: ${l.kind === 'fixed' ? '' : `${l.detail} = `}${l.amount}`);
  if (m.expenses) out.push(`  - ${t('docExpenses')}: ${m.expenses}`);
  if (m.discount) out.push(`  ${t('subtotal')}: ${m.subtotal}`, `  ${m.discountLabel}: ${m.discount}`);
  out.push(`  ${t('total')}: ${m.total}`, '', `${t('docScheduleImpact')} ${m.scheduleImpact}`);
  if (m.assumptions.trim()) out.push('', t('docTextAssumptions'), m.assumptions.trim());
  out.push('');
  if (m.expiresOn) out.push(t('docTextValidUntil', { day: m.expiresOn }));
  out.push(m.approver ? t('docTextApproveNamed', { name: m.approver }) : t('docTextApprove'));
  return clean(out.join('\n')).trimEnd() + '\n';
}
