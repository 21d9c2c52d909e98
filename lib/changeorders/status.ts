// The change order's life: draft -> sent -> approved | rejected | deferred, deferred -> sent.
// Approved and rejected are final; a final order is locked and changes go into a new revision.
import type { ChangeOrder } from '@/lib/db/schemas';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
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

const STATUS_KEY = {
  draft: 'coDraft',
  sent: 'coSent',
  approved: 'coApproved',
  rejected: 'coRejected',
  deferred: 'coDeferred',
} as const satisfies Record<CoStatus, MessageKey>;

const MARK_KEY = {
  draft: 'coMarkDraft',
  sent: 'coMarkSent',
  approved: 'coMarkApproved',
  rejected: 'coMarkRejected',
  deferred: 'coMarkDeferred',
} as const satisfies Record<CoStatus, MessageKey>;

/** The status as people read it: "Approved". */
export function statusLabel(status: CoStatus): string {
  return t(STATUS_KEY[status]);
}

const WORD_KEY = {
  draft: 'coWordDraft',
  sent: 'coWordSent',
  approved: 'coWordApproved',
  rejected: 'coWordRejected',
  deferred: 'coWordDeferred',
} as const satisfies Record<CoStatus, MessageKey>;

/** The status inside a sentence: "CO-001 marked sent", "CO-003 approved". */
export function statusWord(status: CoStatus): string {
  return t(WORD_KEY[status]);
}

/** The move to a status, as offered in the status menu: "Mark approved". */
export function markStatusLabel(status: CoStatus): string {
  return t(MARK_KEY[status]);
}

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
