// Saving change orders and the requests they cover through lib/db (extension pages only).
import type { ChangeOrder, DetectedRequest, Project } from '@/lib/db';
import { nextChangeOrderNumber, putRecord } from '@/lib/db';
import { transact, type Tx } from '@/lib/db/transact';
import { draftFromRequests } from './draft';
import type { DraftOptions } from './draft';
import { assertEditable } from './revise';
import { transition } from './status';
import type { CoStatus } from './status';

/** A draft with the project's next free number (numbers are never reused). */
export async function newChangeOrder(
  project: Project,
  requests: DetectedRequest[],
  opts: Omit<DraftOptions, 'number'>,
): Promise<ChangeOrder> {
  return draftFromRequests(project, requests, { ...opts, number: await nextChangeOrderNumber(project.id) });
}

/**
 * Validates and saves (ValidationError names the bad field); refuses to edit a locked order
 * (LockedError), and marks the covered requests as handled, all in one transaction: the order is
 * never stored without its asks linked (an unlinked ask would be drafted into a duplicate order).
 */
export async function saveChangeOrder(co: ChangeOrder): Promise<ChangeOrder> {
  return transact(['changeOrders', 'requests'], async (tx) => {
    assertEditable(await tx.get('changeOrders', co.id), co);
    const saved = await tx.put('changeOrders', co);
    await linkRequests(tx, saved);
    return saved;
  });
}

/** Points each covered request at this order (the newest revision wins); one transaction. */
export async function markRequestsHandled(co: ChangeOrder): Promise<DetectedRequest[]> {
  return transact(['requests'], (tx) => linkRequests(tx, co));
}

async function linkRequests(tx: Tx, co: ChangeOrder): Promise<DetectedRequest[]> {
  const changed: DetectedRequest[] = [];
  for (const id of co.requestIds) {
    const r = await tx.get('requests', id);
    if (r && r.changeOrderId !== co.id) changed.push(await tx.put('requests', { ...r, changeOrderId: co.id }));
  }
  return changed;
}

/** Pure: the request recorded as out-of-scope work done without a change order. */
export function absorb(request: DetectedRequest, valueCents: number, note: string, at: string): DetectedRequest {
  if (!Number.isSafeInteger(valueCents) || valueCents < 0) {
    throw new RangeError('absorbed value must be a whole, non-negative amount in minor units');
  }
  return { ...request, absorbed: { valueCents, note: note.trim(), at } };
}

/** Adds the ask to the absorbed-work ledger with its estimated value. */
export async function markAbsorbed(
  request: DetectedRequest,
  valueCents: number,
  note: string,
  at: string = new Date().toISOString(),
): Promise<DetectedRequest> {
  return putRecord('requests', absorb(request, valueCents, note, at));
}

/** Moves the order to `to` (TransitionError if illegal), stamps the history and saves it. */
export async function saveTransition(
  co: ChangeOrder,
  to: CoStatus,
  note = '',
  now: string = new Date().toISOString(),
): Promise<ChangeOrder> {
  return saveChangeOrder(transition(co, to, now, note));
}
