// Per-project numbers for the overview: one pass over each store, grouped by project, so 10,000
// records stay well under the 100 ms budget (see lib/cli/bench-insights.ts).
import type { ChangeOrder, Client, DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';
import { effectiveVerdict } from '@/lib/asks/verdict';
import { countedChangeOrders } from '@/lib/changeorders/revisions';
import { absorbedHours } from '@/lib/changeorders/summary';
import { dayNumber, lastWeeks, localDay } from '@/lib/dates/days';
import { normaliseCurrency, totals } from '@/lib/money';

/** Sums of float hours drift (0.1 + 0.2); round sums for display and comparison. */
const cleanHours = (h: number): number => Math.round(h * 1e6) / 1e6;

export interface Tally {
  count: number;
  valueCents: number;
}
export interface CoTally extends Tally {
  hours: number;
}
export type UpsellStage = Upsell['stage'];
export const UPSELL_STAGES: readonly UpsellStage[] = ['identified', 'pitched', 'won', 'lost'];

export interface OpenWait {
  id: string;
  what: string;
  askedOn: string;
  dueBy: string | null;
  daysWaiting: number;
  sourceUrl: string | null;
}

export interface ProjectOverview {
  projectId: string;
  projectName: string;
  clientName: string | null;
  /** The project's currency as every money figure shows it (USD when the SOW names none). */
  currency: string;
  /** Mondays (yyyy-mm-dd) of the weekly series below, oldest first. */
  weeks: string[];
  /**
   * Hours, not money and not time tracked: what the SOW contracted, what approved change orders
   * added, what pending ones would add, and the hours the absorbed work stands for (its value at the
   * project's rate: lib/changeorders/summary absorbedHours; null when there is no rate).
   */
  budget: {
    contractedHours: number | null;
    approvedCoHours: number;
    pendingCoHours: number;
    absorbedHours: number | null;
  };
  /** pending = draft + sent; which revision counts is lib/changeorders/revisions' rule. */
  changeOrders: { approved: CoTally; pending: CoTally; rejected: CoTally; deferred: CoTally };
  absorbed: Tally;
  outOfScope: { total: number; unhandled: number; perWeek: number[] };
  sentiment: { positive: number[]; neutral: number[]; negative: number[] };
  openWaits: OpenWait[];
  upsells: Record<UpsellStage, Tally>;
}

export interface OverviewInput {
  projects: readonly Project[];
  clients: readonly Client[];
  requests: readonly DetectedRequest[];
  feedback: readonly Feedback[];
  changeOrders: readonly ChangeOrder[];
  upsells: readonly Upsell[];
  waits: readonly Wait[];
  now: Date;
  weeks?: number; // default 8
}

const tally = (): Tally => ({ count: 0, valueCents: 0 });
const coTally = (): CoTally => ({ count: 0, valueCents: 0, hours: 0 });

function empty(p: Project, clientName: string | null, weeks: string[]): ProjectOverview {
  const zeros = () => weeks.map(() => 0);
  return {
    projectId: p.id,
    projectName: p.name,
    clientName,
    currency: normaliseCurrency(p.scope.currency),
    weeks,
    budget: { contractedHours: p.scope.budgetHours, approvedCoHours: 0, pendingCoHours: 0, absorbedHours: 0 },
    changeOrders: { approved: coTally(), pending: coTally(), rejected: coTally(), deferred: coTally() },
    absorbed: tally(),
    outOfScope: { total: 0, unhandled: 0, perWeek: zeros() },
    sentiment: { positive: zeros(), neutral: zeros(), negative: zeros() },
    openWaits: [],
    upsells: { identified: tally(), pitched: tally(), won: tally(), lost: tally() },
  };
}

export function computeOverviews(input: OverviewInput): ProjectOverview[] {
  const weeks = lastWeeks(localDay(input.now), input.weeks ?? 8);
  const firstWeek = dayNumber(weeks[0] ?? localDay(input.now));
  // Week slot of an ISO timestamp, or -1 outside the window.
  const slot = (iso: string | null): number => {
    if (!iso) return -1;
    const i = Math.floor((dayNumber(iso) - firstWeek) / 7);
    return i >= 0 && i < weeks.length ? i : -1;
  };
  const clientNames = new Map(input.clients.map((c) => [c.id, c.name]));
  const byId = new Map<string, ProjectOverview>();
  const projects = new Map<string, Project>();
  for (const p of input.projects) {
    if (p.deletedAt) continue;
    byId.set(p.id, empty(p, clientNames.get(p.clientId) ?? null, weeks));
    projects.set(p.id, p);
  }

  const counted = countedChangeOrders(input.changeOrders);
  for (const status of ['approved', 'pending', 'deferred', 'rejected'] as const) {
    for (const co of counted[status]) {
      const o = byId.get(co.projectId);
      if (!o) continue;
      const bucket = o.changeOrders[status];
      const { hours, totalCents } = totals(co);
      bucket.count += 1;
      bucket.valueCents += totalCents;
      bucket.hours += hours;
      if (status === 'approved') o.budget.approvedCoHours += hours;
      else if (status === 'pending') o.budget.pendingCoHours += hours;
    }
  }

  for (const r of input.requests) {
    const o = r.projectId ? byId.get(r.projectId) : undefined;
    if (!o || r.deletedAt) continue;
    if (r.absorbed) {
      o.absorbed.count += 1;
      o.absorbed.valueCents += r.absorbed.valueCents;
    }
    if (effectiveVerdict(r) !== 'out_of_scope') continue;
    o.outOfScope.total += 1;
    if (!r.changeOrderId && !r.absorbed) o.outOfScope.unhandled += 1;
    const i = slot(r.askedAt ?? r.createdAt);
    if (i >= 0) o.outOfScope.perWeek[i] = (o.outOfScope.perWeek[i] ?? 0) + 1;
  }

  for (const f of input.feedback) {
    const o = f.projectId ? byId.get(f.projectId) : undefined;
    const i = slot(f.createdAt);
    if (!o || f.deletedAt || i < 0) continue;
    const series = o.sentiment[f.sentiment];
    series[i] = (series[i] ?? 0) + 1;
  }

  for (const u of input.upsells) {
    const o = u.projectId ? byId.get(u.projectId) : undefined;
    if (!o || u.deletedAt) continue;
    o.upsells[u.stage].count += 1;
    o.upsells[u.stage].valueCents += u.valueCents;
  }

  const today = dayNumber(localDay(input.now));
  for (const w of input.waits) {
    const o = w.projectId ? byId.get(w.projectId) : undefined;
    if (!o || w.deletedAt || w.closedAt) continue;
    const { id, what, askedOn, dueBy, sourceUrl } = w;
    o.openWaits.push({ id, what, askedOn, dueBy, sourceUrl, daysWaiting: Math.max(0, today - dayNumber(askedOn)) });
  }

  // Plain comparisons, not localeCompare: ICU collation is the slowest step on large stores.
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const result = [...byId.values()];
  for (const o of result) {
    o.budget.approvedCoHours = cleanHours(o.budget.approvedCoHours);
    o.budget.pendingCoHours = cleanHours(o.budget.pendingCoHours);
    const project = projects.get(o.projectId);
    o.budget.absorbedHours = project ? absorbedHours(o.absorbed.valueCents, project) : null;
    for (const t of Object.values(o.changeOrders)) t.hours = cleanHours(t.hours);
  }
  for (const o of result) o.openWaits.sort((a, b) => b.daysWaiting - a.daysWaiting || cmp(a.id, b.id));
  return result.sort(
    (a, b) => cmp(a.projectName.toLowerCase(), b.projectName.toLowerCase()) || cmp(a.projectId, b.projectId),
  );
}
