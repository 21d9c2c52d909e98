// The project's money at a glance: what was contracted, what change orders added, what is still
// waiting on the client, and what the agency gave away (absorbed work).
import type { ChangeOrder, DetectedRequest, Project } from '@/lib/db/schemas';
import { majorToMinor, mulRound, normaliseCurrency, sumExact, totals } from '@/lib/money';
import { countedChangeOrders } from './revisions';
import { estimateRateCents } from './draft';

/**
 * The hours an absorbed value stands for, at the rate estimates use (estimateRateCents), to a
 * tenth of an hour; null when the project has no rate. Absorbed work is recorded as money (what
 * the agency gave away), so this is the one place that turns it back into hours.
 */
export function absorbedHours(valueCents: number, project: Pick<Project, 'rateCard' | 'scope'>): number | null {
  if (valueCents === 0) return 0;
  const rate = estimateRateCents(project);
  if (rate === null) return null;
  return Math.round((valueCents / rate) * 10) / 10;
}

export interface MoneySummary {
  currency: string;
  contractedHours: number | null;
  /** budgetHours x hourlyRate, or null when the SOW gives neither. */
  contractedFeeCents: number | null;
  approvedCount: number;
  approvedHours: number;
  approvedCents: number;
  pendingCount: number; // draft + sent
  pendingCents: number;
  deferredCount: number;
  deferredCents: number;
  rejectedCount: number;
  rejectedCents: number;
  absorbedCount: number;
  absorbedCents: number;
  /** absorbedCents in hours at the project's rate; null without a rate. */
  absorbedHours: number | null;
  /** Contracted fee plus approved change orders. */
  totalFeeCents: number | null;
}

export function moneySummary(
  project: Project,
  changeOrders: readonly ChangeOrder[],
  requests: readonly DetectedRequest[],
): MoneySummary {
  const currency = normaliseCurrency(project.scope.currency);
  const { budgetHours, hourlyRate } = project.scope;
  const contractedFeeCents =
    budgetHours !== null && hourlyRate !== null ? mulRound(budgetHours, majorToMinor(hourlyRate, currency)) : null;
  const mine = changeOrders.filter((co) => co.projectId === project.id);
  const { approved, pending, deferred, rejected } = countedChangeOrders(mine);
  const valueOf = (list: readonly ChangeOrder[]) => list.reduce((s, co) => s + totals(co).totalCents, 0);
  const absorbed = requests.filter((r) => r.projectId === project.id && r.deletedAt === null && r.absorbed !== null);
  const approvedCents = valueOf(approved);
  const absorbedCents = absorbed.reduce((s, r) => s + (r.absorbed?.valueCents ?? 0), 0);
  return {
    currency,
    contractedHours: budgetHours,
    contractedFeeCents,
    approvedCount: approved.length,
    approvedHours: sumExact(approved.map((co) => totals(co).hours)),
    approvedCents,
    pendingCount: pending.length,
    pendingCents: valueOf(pending),
    deferredCount: deferred.length,
    deferredCents: valueOf(deferred),
    rejectedCount: rejected.length,
    rejectedCents: valueOf(rejected),
    absorbedCount: absorbed.length,
    absorbedCents,
    absorbedHours: absorbedHours(absorbedCents, project),
    totalFeeCents: contractedFeeCents === null ? null : contractedFeeCents + approvedCents,
  };
}
