// Saving change orders and the requests they cover through lib/db (extension pages only).
import type { ChangeOrder, DetectedRequest, Project } from '@/lib/db';
import { getRecord, nextChangeOrderNumber, putRecord, putRecords } from '@/lib/db';
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
 * (LockedError), then marks the covered requests as handled. Returns what was stored.
 */
export async function saveChangeOrder(co: ChangeOrder): Promise<ChangeOrder> {
  assertEditable(await getRecord('changeOrders', co.id), co);
  const saved = await putRecord('changeOrders', co);
  await markRequestsHandled(saved);
  return saved;
}

/** Points each covered request at this order (the newest revision wins); one transaction. */
export async function markRequestsHandled(co: ChangeOrder): Promise<DetectedRequest[]> {
  const found = await Promise.all(co.requestIds.map((id) => getRecord('requests', id)));
  const changed = found
    .filter((r): r is DetectedRequest => r !== null && r.changeOrderId !== co.id)
    .map((r) => ({ ...r, changeOrderId: co.id }));
  await putRecords('requests', changed);
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
