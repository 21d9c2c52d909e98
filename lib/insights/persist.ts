// Saving insights: the wait list's edits and the team brief. Writes go through lib/db so every open
// surface hears about them; each returns null or one sentence for the AM, like lib/forms/save.
import type { Brief, DetectedRequest, Wait } from '@/lib/db';
import { createRecord, getRecord, nextBriefNumber, putRecord } from '@/lib/db';
import { deleteRecord, type Outcome } from '@/lib/forms/save';
import type { BriefDraft } from './brief';
import { t } from '@/lib/i18n';

async function changeWait(id: string, change: (w: Wait) => Wait): Promise<Outcome> {
  try {
    const wait = await getRecord('waits', id);
    // Another surface may have deleted it in the meantime: say so rather than resurrect it.
    if (!wait || wait.deletedAt) return t('waitDeletedElsewhere');
    await putRecord('waits', change(wait));
    return null;
  } catch (err) {
    return t('notSaved', { error: err instanceof Error ? err.message : String(err) });
  }
}

export const editWait = (id: string, patch: { what: string; dueBy: string | null }): Promise<Outcome> =>
  changeWait(id, (w) => ({ ...w, what: patch.what, dueBy: patch.dueBy }));

export const closeWaitById = (id: string, now = new Date()): Promise<Outcome> =>
  changeWait(id, (w) => ({ ...w, closedAt: now.toISOString() }));

export const deleteWait = (id: string): Promise<Outcome> => deleteRecord('waits', id);

/** Out of today's list (and the toolbar count) until the given day. */
export const snoozeWait = (id: string, until: string): Promise<Outcome> =>
  changeWait(id, (w) => ({ ...w, snoozedUntil: until }));

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
    const note =
      number !== draft.number
        ? t('briefSavedRenumbered', { number, taken: draft.number })
        : t('briefSaved', { number });
    return { ok: true, brief, note };
  } catch (err) {
    return { ok: false, error: t('notSaved', { error: err instanceof Error ? err.message : String(err) }) };
  }
}

/** An out-of-scope ask off today's list until `until`; the verdict and the ask stay as they are. */
export async function snoozeAsk(request: DetectedRequest, until: string): Promise<Outcome> {
  try {
    const current = await getRecord('requests', request.id);
    if (!current || current.deletedAt) return t('askGoneReload');
    await putRecord('requests', { ...current, snoozedUntil: until });
    return null;
  } catch (err) {
    return t('notSnoozed', { error: err instanceof Error ? err.message : String(err) });
  }
}
