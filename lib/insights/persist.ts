// Glue between the insight components and the database: open waits for the wait list, the wait
// list's edits, and the team brief's draft, save and copy. Writes go through lib/db so every open
// surface hears about them; each returns null or one sentence for the AM, like lib/ui/actions.
import type { Brief, Wait } from '@/lib/db';
import { createRecord, getRecord, nextBriefNumber, putRecord } from '@/lib/db';
import { buildBrief, nextBriefWindow, type Audience, type BriefInput } from '@/lib/insights/brief';
import type { OpenWait } from '@/lib/insights/overview';
import { daysWaiting } from '@/lib/insights/waits';
import { deleteRecord, type Outcome } from '../forms/save';
import { downloadText } from '../../entrypoints/options/downloads';

/** Open, live waits, longest waiting first (as the overview orders them). */
export function openWaitsOf(waits: readonly Wait[], now: Date): OpenWait[] {
  return waits
    .filter((w) => !w.deletedAt && !w.closedAt)
    .map(({ id, what, askedOn, dueBy, sourceUrl }) => ({
      id,
      what,
      askedOn,
      dueBy,
      sourceUrl,
      daysWaiting: daysWaiting({ askedOn }, now),
    }))
    .sort((a, b) => b.daysWaiting - a.daysWaiting || (a.id < b.id ? -1 : 1));
}

async function changeWait(id: string, change: (w: Wait) => Wait): Promise<Outcome> {
  try {
    const wait = await getRecord('waits', id);
    // Another surface may have deleted it in the meantime: say so rather than resurrect it.
    if (!wait || wait.deletedAt) return 'Not saved: this wait was deleted elsewhere.';
    await putRecord('waits', change(wait));
    return null;
  } catch (err) {
    return `Not saved: ${err instanceof Error ? err.message : String(err)}`;
  }
}

export const editWait = (id: string, patch: { what: string; dueBy: string | null }): Promise<Outcome> =>
  changeWait(id, (w) => ({ ...w, what: patch.what, dueBy: patch.dueBy }));

export const closeWaitById = (id: string, now = new Date()): Promise<Outcome> =>
  changeWait(id, (w) => ({ ...w, closedAt: now.toISOString() }));

export const deleteWait = (id: string): Promise<Outcome> => deleteRecord('waits', id);

export interface BriefDraft {
  projectId: string;
  number: number;
  since: string | null;
  audience: Audience;
  markdown: string;
}

export type BriefRecords = Pick<
  BriefInput,
  'project' | 'client' | 'feedback' | 'changeOrders' | 'requests' | 'waits'
> & {
  /** The project's briefs, deleted ones included: their numbers are never reused. */
  briefs: readonly Brief[];
};

/** The next brief: numbered after the last one and covering what happened since it. */
export function draftBrief(r: BriefRecords, audience: Audience, now = new Date()): BriefDraft {
  const { number, since } = nextBriefWindow(r.briefs.filter((b) => b.projectId === r.project.id));
  const markdown = buildBrief({ ...r, since, number, audience, now });
  return { projectId: r.project.id, number, since, audience, markdown };
}

export type SavedBrief = { ok: true; brief: Brief; note: string } | { ok: false; error: string };

/**
 * Stores the edited text as a numbered brief. The number is re-read at save time: if another
 * surface saved a brief meanwhile, this one takes the next free number instead of a duplicate.
 */
export async function saveBrief(draft: BriefDraft, markdown: string): Promise<SavedBrief> {
  try {
    const free = await nextBriefNumber(draft.projectId);
    const number = Math.max(free, draft.number);
    const brief = await putRecord(
      'briefs',
      createRecord('briefs', {
        projectId: draft.projectId,
        number,
        audience: draft.audience,
        since: draft.since,
        markdown,
      }),
    );
    const renumbered = number !== draft.number ? ` (brief ${draft.number} was taken meanwhile)` : '';
    return { ok: true, brief, note: `Saved as brief ${number}${renumbered}.` };
  } catch (err) {
    return { ok: false, error: `Not saved: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** Clipboard API first; the older copy command where the page lacks focus or permission. */
export async function copyText(text: string): Promise<Outcome> {
  try {
    await navigator.clipboard.writeText(text);
    return null;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok ? null : 'Could not copy: select the text and press Ctrl+C (⌘C on a Mac).';
  }
}

/** Excel reads UTF-8 CSV correctly only with a byte-order mark (as lib/ui/download's exports do). */
export function downloadCsvText(fileName: string, csv: string): void {
  downloadText(fileName, `\uFEFF${csv}`, 'text/csv');
}
