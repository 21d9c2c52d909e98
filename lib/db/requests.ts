// Detected requests: looked up by the thread or ticket they came from (the sourceId index, v2).
import { openDb } from './open';
import type { DetectedRequest } from './schemas';

/** Every request detected in one Gmail thread or ticket (source.id), soft-deleted ones left out. */
export async function findRequestsBySource(sourceId: string): Promise<DetectedRequest[]> {
  const rows = await (await openDb()).getAllFromIndex('requests', 'sourceId', sourceId);
  return rows.filter((r) => r.deletedAt === null);
}
