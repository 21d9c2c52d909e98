// The change order as display text, shared by the Markdown, plain-text and HTML renderings so the
// three always say the same thing. Values here are raw user text: each renderer escapes its own way.
import type { ChangeOrder } from '@/lib/db/schemas';
import { formatCoRef } from '@/lib/changeorders/number';
import { statusLabel } from '@/lib/changeorders/status';
import { t as tr, tn } from '@/lib/i18n';
import { showDay } from '@/lib/dates/days';
import { safeHref } from '@/lib/links/safeHref';
import { formatMoney, formatPercent, lineAmount, showHours, totals } from '@/lib/money';

export interface ChangeOrderContext {
  projectName?: string;
  clientName?: string;
  agencyName?: string;
  locale?: string;
}

export interface ModelLine {
  kind: 'time' | 'fixed';
  label: string;
  detail: string;
  amount: string;
}

export interface ChangeOrderModel {
  ref: string;
  title: string;
  status: string;
  date: string;
  projectName: string;
  clientName: string;
  agencyName: string;
  askQuote: string;
  askedBy: string;
  /** Only http(s) links: anything else (javascript:, data:) is dropped, not rendered. */
  sourceUrl: string | null;
  reason: string;
  affected: string[];
  lines: ModelLine[];
  expenses: string | null;
  subtotal: string;
  discountLabel: string | null;
  discount: string | null;
  total: string;
  scheduleImpact: string;
  assumptions: string;
  expiresOn: string;
  approver: string;
  supersedes: string | null;
}

function schedule(days: number): string {
  if (days === 0) return tr('docNoScheduleChange');
  return tn(days > 0 ? 'docScheduleLater' : 'docScheduleEarlier', Math.abs(days));
}

export function changeOrderModel(co: ChangeOrder, ctx: ChangeOrderContext = {}): ChangeOrderModel {
  const money = (cents: number) => formatMoney(cents, co.currency, ctx.locale);
  const t = totals(co);
  const percent = co.discount.kind === 'percent';
  return {
    ref: formatCoRef(co),
    title: co.title,
    status: statusLabel(co.status),
    date: showDay(co.createdAt.slice(0, 10)),
    projectName: ctx.projectName ?? '',
    clientName: ctx.clientName ?? '',
    agencyName: ctx.agencyName ?? '',
    askQuote: co.askQuote,
    askedBy: co.askedBy ?? '',
    sourceUrl: safeHref(co.sourceUrl),
    reason: co.reason,
    affected: co.affectedDeliverables.filter((d) => d.trim() !== ''),
    lines: co.lines.map((l) => ({
      kind: l.kind,
      label: l.kind === 'time' ? l.role || tr('lineTime') : l.description || tr('lineFixed'),
      detail:
        l.kind === 'time'
          ? l.description
            ? tr('docTimeDetailNote', { hours: showHours(l.hours), rate: money(l.rateCents), note: l.description })
            : tr('docTimeDetail', { hours: showHours(l.hours), rate: money(l.rateCents) })
          : tr('lineFixed'),
      amount: money(lineAmount(l)),
    })),
    expenses: co.expensesCents > 0 ? money(co.expensesCents) : null,
    subtotal: money(t.subtotalCents),
    discountLabel:
      t.discountCents > 0
        ? percent
          ? tr('docDiscountPercent', { percent: formatPercent(co.discount.value) })
          : tr('discount')
        : null,
    discount: t.discountCents > 0 ? `-${money(t.discountCents)}` : null,
    total: money(t.totalCents),
    scheduleImpact: schedule(co.scheduleImpactDays),
    assumptions: co.assumptions,
    expiresOn: co.expiresOn ? showDay(co.expiresOn) : '',
    approver: co.approver,
    supersedes:
      co.revision > 0
        ? tr('docReplaces', { ref: formatCoRef({ number: co.number, revision: co.revision - 1 }) })
        : null,
  };
}
