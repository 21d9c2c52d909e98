// Which revision of a change order counts, for every figure the surfaces and the brief show.
// Revising keeps the number and starts a new draft, but the client signed the earlier version: an
// approval stands until a newer revision of the same number is approved. For pending, deferred and
// rejected, the newest live revision speaks for the number. Deleted records never count.
import type { ChangeOrder } from '@/lib/db/schemas';

type Revisioned = Pick<ChangeOrder, 'projectId' | 'number' | 'revision' | 'status' | 'deletedAt'>;

export interface CountedChangeOrders<T> {
  /** The newest approved revision of each number. */
  approved: T[];
  /** Draft or sent, newest revision. */
  pending: T[];
  deferred: T[];
  rejected: T[];
}

export function countedChangeOrders<T extends Revisioned>(orders: readonly T[]): CountedChangeOrders<T> {
  const latest = new Map<string, T>();
  const approved = new Map<string, T>();
  for (const co of orders) {
    if (co.deletedAt) continue;
    // Numbers are per project.
    const key = `${co.projectId}\u0000${co.number}`;
    const l = latest.get(key);
    if (!l || co.revision > l.revision) latest.set(key, co);
    const a = approved.get(key);
    if (co.status === 'approved' && (!a || co.revision > a.revision)) approved.set(key, co);
  }
  const newest = [...latest.values()];
  return {
    approved: [...approved.values()],
    pending: newest.filter((co) => co.status === 'draft' || co.status === 'sent'),
    deferred: newest.filter((co) => co.status === 'deferred'),
    rejected: newest.filter((co) => co.status === 'rejected'),
  };
}
