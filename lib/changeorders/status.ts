// The change order's life: draft -> sent -> approved | rejected | deferred, deferred -> sent.
// Approved and rejected are final; a final order is locked and changes go into a new revision.
import type { ChangeOrder } from '@/lib/db/schemas';
import { formatCoRef } from './number';

export type CoStatus = ChangeOrder['status'];

export const CO_STATUSES: readonly CoStatus[] = ['draft', 'sent', 'approved', 'rejected', 'deferred'];

const NEXT: Record<CoStatus, readonly CoStatus[]> = {
  draft: ['sent'],
  sent: ['approved', 'rejected', 'deferred'],
  deferred: ['sent'],
  approved: [],
  rejected: [],
};

export const STATUS_LABEL: Record<CoStatus, string> = {
  draft: 'Draft',
  sent: 'Sent',
  approved: 'Approved',
  rejected: 'Rejected',
  deferred: 'Deferred',
};

export class TransitionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TransitionError';
  }
}

export function allowedTransitions(from: CoStatus): readonly CoStatus[] {
  return NEXT[from];
}

export function canTransition(from: CoStatus, to: CoStatus): boolean {
  return NEXT[from].includes(to);
}

/** Approved (and rejected) orders are the record of what the client answered: never edited in place. */
export function isLocked(co: Pick<ChangeOrder, 'status'>): boolean {
  return co.status === 'approved' || co.status === 'rejected';
}

/** The order moved to `to`, stamped into its history at `now` (ISO). Throws TransitionError on an illegal move. */
export function transition(co: ChangeOrder, to: CoStatus, now: string, note = ''): ChangeOrder {
  if (!canTransition(co.status, to)) {
    const ref = formatCoRef(co);
    const next = NEXT[co.status];
    const why =
      next.length === 0
        ? `it is ${co.status} and locked; revise it to make a new draft`
        : `from ${co.status} it can only go to ${next.join(' or ')}`;
    throw new TransitionError(`${ref} cannot move from ${co.status} to ${to}: ${why}.`);
  }
  return { ...co, status: to, updatedAt: now, history: [...co.history, { status: to, at: now, note: note.trim() }] };
}
