// Waiting on the client, found automatically: when the agency's last message in a thread asks the
// client for something, record a wait; close it when the client replies in that thread.
import { createRecord, listRecords, putRecords } from '@/lib/db';
import type { Project, Wait } from '@/lib/db/schemas';
import { detectWait, reconcileWaits, waitBadgeNote } from '@/lib/insights/waits';
import type { Thread } from '@/lib/sites/types';

/** Updates the thread's automatic waits and returns the badge note ("waiting on client 6 days"). */
export async function trackWaits(
  thread: Thread,
  project: Project,
  domains: { agencyDomains: string[]; clientDomains: string[] },
): Promise<string | null> {
  const now = new Date();
  const opts = { ...domains, now, projectId: project.id, clientId: project.clientId };
  // Deleted waits are included so a wait the AM removed is not created again.
  const existing = (await listRecords('waits', { projectId: project.id, includeDeleted: true })).filter(
    (w) => w.threadId === thread.threadId,
  );
  const changes = reconcileWaits(existing, thread, detectWait(thread, opts), opts);
  const closedAt = new Map(changes.close.map((c) => [c.id, c.closedAt]));
  const updated: Wait[] = [
    ...existing.filter((w) => closedAt.has(w.id)).map((w) => ({ ...w, closedAt: closedAt.get(w.id)! })),
    ...changes.create.map((fields) => createRecord('waits', fields)),
  ];
  if (updated.length) await putRecords('waits', updated);
  const open = [...existing.filter((w) => !closedAt.has(w.id)), ...updated].find(
    (w) => w.auto && !w.closedAt && !w.deletedAt,
  );
  return open ? waitBadgeNote(open, now) : null;
}
