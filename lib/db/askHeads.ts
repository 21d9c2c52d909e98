// v11, the ask-heads view: per project, its newest open out-of-scope ask (newest by updatedAt, then
// the larger id, as every ask list orders them), snoozed or not. Home links each client's row to
// the newest open ask of its projects: through the view that is one request for every project,
// where reading each project's newest ask was a request and a pack (~25 kB) per project: 100
// projects with open asks, 100 packs, at 100,000 records. A head snoozed past today is no answer
// for Home, which reads that project's asks instead (aggregates.ts); snoozes are few.
//
// Kept like the feedback heads (views.ts): a write marks the heads it may move (its ask's new and
// old project); the flush sets each to the newer of its stored row and the asks written, and reads
// a project's asks again only when its stored head was itself rewritten and left the head (closed,
// corrected in scope, deleted, moved or made older).
import type { DetectedRequest } from './schemas';
import { isOpenOutOfScope } from '@/lib/asks/verdict';
import { BY_PROJECT_INDEX } from './indexNames';
import { oldestFirst, readNewestFirst } from './newest';
import type { Stores } from './stores';

export const ASK_HEADS = 'askHeads';

/** What the view keeps of a project's newest open ask: what Home links to, and its snooze. */
export interface AskHead {
  projectId: string;
  id: string;
  updatedAt: string;
  url: string;
  snoozedUntil: string | null;
}

type Row = Record<string, unknown> & { id: string };

const isOpen = (r: Row) => isOpenOutOfScope(r as unknown as DetectedRequest);
/** Newer in the order of every ask list (newest.ts): updatedAt, then the larger id. */
const newer = (a: Row | AskHead, b: Row | AskHead) => oldestFirst(a, b) > 0;

function headRow(r: Row): AskHead {
  const { id, projectId, updatedAt, source, snoozedUntil } = r as unknown as DetectedRequest;
  return { projectId: projectId!, id, updatedAt, url: source.url, snoozedUntil };
}

/** Each project's head among `rows` (all of a project's asks, or those written): its newest open ask. */
export function askHeadsOf(rows: Iterable<Row>): Map<string, AskHead> {
  const best = new Map<string, Row>();
  for (const r of rows) {
    if (typeof r.projectId !== 'string' || !isOpen(r)) continue;
    const kept = best.get(r.projectId);
    if (!kept || newer(r, kept)) best.set(r.projectId, r);
  }
  return new Map([...best].map(([project, r]) => [project, headRow(r)]));
}

/** The ask heads one transaction's writes may move, set by flush() before the transaction ends. */
export class AskHeadWriter {
  private readonly projects = new Set<string>();
  /** The asks written so far, each as last written. */
  private readonly written = new Map<string, Row>();

  /** A written ask: the head of its project may move. */
  wrote(record: Row): void {
    this.written.set(record.id, record);
    this.mark(record);
  }

  /** An ask's stored copy before the write: the head of the project it leaves may move too. */
  mark(record: Row): void {
    if (typeof record.projectId === 'string') this.projects.add(record.projectId);
  }

  async flush(tx: Stores): Promise<void> {
    const projects = [...this.projects];
    const written = new Map(this.written);
    this.projects.clear();
    this.written.clear();
    if (projects.length === 0) return;
    const fresh = askHeadsOf(written.values());
    await Promise.all(projects.map((p) => this.rehead(tx, p, fresh.get(p) ?? null, written)));
  }

  private async rehead(tx: Stores, projectId: string, fresh: AskHead | null, written: Map<string, Row>) {
    const view = tx.objectStore(ASK_HEADS);
    const stored = (await view.get(projectId)) as AskHead | undefined;
    let head = fresh;
    const rewritten = stored && written.get(stored.id);
    if (!rewritten) {
      if (stored && (!head || newer(stored, head))) return; // the stored head stands
    } else if (rewritten.projectId !== projectId || !isOpen(rewritten) || newer(stored, rewritten)) {
      // The newest open ask of the project, newest first: a page or two, not its every ask.
      const [newest] = await readNewestFirst(tx.objectStore('requests').index(BY_PROJECT_INDEX), {
        ...{ lower: [projectId], upper: [projectId, []], limit: 1 },
        keep: isOpen,
      });
      head = newest ? headRow(newest) : null;
    }
    await (head ? view.put(head) : stored ? view.delete(projectId) : undefined);
  }
}
