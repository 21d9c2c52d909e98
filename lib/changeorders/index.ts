// Change orders: pure logic (draft, status, revisions, money summary) plus lib/db persistence.
export { formatCoNumber, formatCoRef } from './number';
export type { CoStatus } from './status';
export {
  CO_STATUSES,
  statusLabel,
  statusWord,
  markStatusLabel,
  TransitionError,
  allowedTransitions,
  canTransition,
  isLocked,
  transition,
} from './status';
export { LockedError, assertEditable, isEdited, reviseChangeOrder } from './revise';
export type { DraftOptions } from './draft';
export {
  DEFAULT_ESTIMATE_HOURS,
  EXPIRY_DAYS,
  draftFromRequests,
  estimateRateCents,
  personName,
  titleFromAsk,
} from './draft';
export { affectedDeliverables, reasonFor } from './reason';
export type { CountedChangeOrders } from './revisions';
export { countedChangeOrders } from './revisions';
export type { MoneySummary } from './summary';
export { absorbedHours, moneySummary } from './summary';
export { absorb, markAbsorbed, markRequestsHandled, newChangeOrder, saveChangeOrder, saveTransition } from './persist';
