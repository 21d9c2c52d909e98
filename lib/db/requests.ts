// Detected requests: looked up by the thread or ticket they came from (the sourceId index, v2),
// for learning, a project's corrected ones (the projectCorrected index, v4), and for the money
// view, a project's absorbed ones (the projectAbsorbed index, v6).
import { ABSORBED_INDEX, CORRECTED_INDEX } from './indexNames';
import { newestFirst } from './newest';
import { openDb } from './open';
import type { DetectedRequest } from './schemas';
import { storesOf } from './stores';

/** The requests of one index's entries (an exact key, or a range of them). */
async function requestsIn(index: string, query: IDBValidKey | IDBKeyRange): Promise<DetectedRequest[]> {
  const tx = (await openDb()).transaction('requests', 'readonly');
  return (await storesOf(tx).objectStore('requests').index(index).getAll(query)) as DetectedRequest[];
}

/** Every request detected in one Gmail thread or ticket (source.id), soft-deleted ones left out. */
export async function findRequestsBySource(sourceId: string): Promise<DetectedRequest[]> {
  const rows = await requestsIn('sourceId', sourceId);
  return rows.filter((r) => r.deletedAt === null);
}

/**
 * A project's requests that carry an AM correction, soft-deleted ones left out, in listRecords'
 * order (newest updatedAt first, ties: larger id first) so learning sees them as before. Reads the v4 index, which holds corrected requests only, so the cost follows the number of
 * corrections, not the number of asks.
 */
export async function listCorrectedRequests(projectId: string): Promise<DetectedRequest[]> {
  const range = IDBKeyRange.bound([projectId], [projectId, []]);
  const rows = await requestsIn(CORRECTED_INDEX, range);
  return rows.filter((r) => r.deletedAt === null && r.correction !== null).sort(newestFirst);
}

/**
 * A project's asks recorded as absorbed (out-of-scope work done without a change order), soft-deleted
 * ones left out, oldest absorbed first: the money view's ledger. Reads the v6 index, which holds
 * absorbed requests only, so the cost follows the ledger, not the number of asks.
 */
export async function listAbsorbedRequests(projectId: string): Promise<DetectedRequest[]> {
  const range = IDBKeyRange.bound([projectId], [projectId, []]);
  const rows = await requestsIn(ABSORBED_INDEX, range);
  return rows.filter((r) => r.deletedAt === null && r.absorbed !== null);
}
