// Per-project document numbers (CO-001, brief 1, ...). Deleted records still count: a number the
// client has seen on a sent change order is never handed out again.
// Not reserved: two drafts started at the same moment can get the same number; the second save
// should re-ask before sending.
import { openDb } from './open';

async function nextNumber(store: 'changeOrders' | 'briefs', projectId: string): Promise<number> {
  const rows = await (await openDb()).getAllFromIndex(store, 'projectId', projectId);
  return rows.reduce((max, r) => Math.max(max, r.number), 0) + 1;
}

export const nextChangeOrderNumber = (projectId: string): Promise<number> => nextNumber('changeOrders', projectId);
export const nextBriefNumber = (projectId: string): Promise<number> => nextNumber('briefs', projectId);
