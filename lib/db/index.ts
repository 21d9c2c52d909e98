// The data layer's public surface. Extension pages and the background only; content scripts
// never import this (IndexedDB there would belong to the host page's origin).
export type { ScopeDbSchema } from './migrations';
export { DB_NAME, DB_VERSION } from './migrations';
export { openDb, closeAndDeleteDbForTests } from './open';
export { ValidationError, loadValidate } from './errors';
export type { DbChange } from './changes';
export { onDbChange } from './changes';
export type { ListOptions, NewFields } from './records';
export {
  createRecord,
  getRecord,
  listProjectRecordsWhere,
  listRecords,
  putRecord,
  putRecords,
  softDelete,
} from './records';
export { sharedCorrectedRequests, sharedList } from './sharedReads';
export { findRequestsBySource, listAbsorbedRequests, listCorrectedRequests } from './requests';
export type { ProjectAsks, ProjectView } from './aggregates';
export type { FeedbackHead, ProjectHead } from './views';
export {
  countDueAsks,
  countOpenAsks,
  listFeedbackHeads,
  listChangeOrdersWithStatus,
  listOpenAsks,
  listOpenWaits,
  listProjectHeads,
  listProjectOpenWaits,
  openAskOverview,
  openAskSummaries,
  readProjectView,
} from './aggregates';
export { nextBriefNumber, nextChangeOrderNumber } from './numbering';
// Types only from the schemas: their zod values load with the first write (records.ts loadValidate);
// import '@/lib/db/schemas' directly for a schema itself.
export type * from './schemas';
export { STORE_NAMES } from './storeNames';
