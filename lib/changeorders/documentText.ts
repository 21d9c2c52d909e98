// Plain text for an email reply: no markup at all, so nothing needs escaping, but control
// characters are stripped so pasted text cannot smuggle anything odd into the compose box.
import type { ChangeOrder } from '@/lib/db/schemas';
import type { ChangeOrderContext } from './documentModel';
import { changeOrderModel } from './documentModel';
import { personName } from '@/lib/changeorders/draft';

// eslint-disable-next-line no-control-regex -- the point is to match control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g;
const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(CONTROL, '');

export function changeOrderText(co: ChangeOrder, ctx: ChangeOrderContext = {}): string {
  const m = changeOrderModel(co, ctx);
  const out: string[] = [`Change order ${m.ref}: ${m.title}`];
  if (m.projectName) out.push(`Project: ${m.projectName}`);
  if (m.supersedes) out.push(m.supersedes);
  out.push('');

  if (m.askQuote.trim()) {
    const by = personName(m.askedBy || null);
    out.push(by ? `Request from ${by}:` : 'The request:');
    out.push(...m.askQuote.split(/\r?\n/).map((l) => (l.trim() ? `  "${l.trim()}"` : '')));
    if (m.sourceUrl) out.push(`  ${m.sourceUrl}`);
    out.push('');
  }
  out.push('Why this is a change:', m.reason || 'Not covered by the statement of work.');
  if (m.affected.length) out.push(`Affected deliverables: ${m.affected.join(', ')}`);
  out.push('', 'Price:');
  for (const l of m.lines) out.push(`  - ${l.label}: ${l.detail === 'Fixed fee' ? '' : `${l.detail} = `}${l.amount}`);
  if (m.expenses) out.push(`  - Expenses: ${m.expenses}`);
  if (m.discount) out.push(`  Subtotal: ${m.subtotal}`, `  ${m.discountLabel}: ${m.discount}`);
  out.push(`  Total: ${m.total}`, '', `Schedule impact: ${m.scheduleImpact}`);
  if (m.assumptions.trim()) out.push('', 'Assumptions:', m.assumptions.trim());
  out.push('');
  if (m.expiresOn) out.push(`This change order is valid until ${m.expiresOn}.`);
  out.push(
    m.approver
      ? `${m.approver}, please reply "approved" to go ahead, or let me know any questions.`
      : 'Please reply "approved" to go ahead, or let me know any questions.',
  );
  return clean(out.join('\n')).trimEnd() + '\n';
}
