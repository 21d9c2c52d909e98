// Writes from the surfaces. Each returns null when saved or one sentence saying what to fix, so the
// forms can show it beside the save button; a ValidationError names the store and field.
import type { Client, Feedback, Project, StoreName, Upsell, Wait } from '@/lib/db';
import { ValidationError, createRecord, listRecords, putRecord, softDelete } from '@/lib/db';
import { transact, type Tx } from '@/lib/db/transact';
import type { ProjectSave } from './projectForm';
import { t, tn } from '@/lib/i18n';
// The module, not the engine's barrel: importing '@/lib/scope' would load the whole scope engine
// (its taxonomy and weights) into every page that saves anything.
import { emptyScope } from '@/lib/scope/empty';

export type Outcome = string | null;

function failure(err: unknown): string {
  if (err instanceof ValidationError) return t('notSaved', { error: err.message });
  return t('notSavedRetry', { error: err instanceof Error ? err.message : String(err) });
}

async function attempt(fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    await fn();
    return null;
  } catch (err) {
    return failure(err);
  }
}

export interface ClientFields {
  id: string | null;
  name: string;
  domains: string[];
  notes?: string;
}

async function upsertClient(tx: Tx, c: ClientFields): Promise<Client> {
  const existing = c.id ? await tx.get('clients', c.id) : null;
  if (existing) {
    return tx.put('clients', { ...existing, name: c.name, domains: c.domains, notes: c.notes ?? existing.notes });
  }
  return tx.put('clients', createRecord('clients', { name: c.name, domains: c.domains, notes: c.notes ?? '' }));
}

export const saveClient = (c: ClientFields): Promise<Outcome> =>
  attempt(() => transact(['clients'], (tx) => upsertClient(tx, c)));

/** The client (a project needs its id) and the project, in one transaction: both or neither. */
export function saveProject(save: ProjectSave, existing: Project | null): Promise<Outcome> {
  return attempt(() =>
    transact(['clients', 'projects'], async (tx) => {
      const client = await upsertClient(tx, save.client);
      const fields = { ...save.project, clientId: client.id };
      await tx.put('projects', existing ? { ...existing, ...fields } : createRecord('projects', fields));
    }),
  );
}

/** A client with live projects stays: deleting it would orphan them. */
export async function deleteClient(client: Client): Promise<Outcome> {
  const projects = await listRecords('projects', { clientId: client.id });
  if (projects.length > 0) return tn('clientHasProjects', projects.length, { name: client.name });
  return attempt(() => softDelete('clients', client.id));
}

export const deleteRecord = (store: StoreName, id: string): Promise<Outcome> => attempt(() => softDelete(store, id));

export type FeedbackFields = Pick<
  Feedback,
  'kind' | 'sentiment' | 'note' | 'clientId' | 'projectId' | 'sourceUrl' | 'sourceTitle'
>;
export const logFeedback = (f: FeedbackFields): Promise<Outcome> =>
  attempt(() => putRecord('feedback', createRecord('feedback', f)));

export type UpsellFields = Omit<Upsell, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export const noteUpsell = (u: UpsellFields): Promise<Outcome> =>
  attempt(() => putRecord('upsells', createRecord('upsells', u)));

export type WaitFields = Omit<Wait, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
export const recordWait = (w: WaitFields): Promise<Outcome> =>
  attempt(() => putRecord('waits', createRecord('waits', w)));

export const closeWait = (w: Wait): Promise<Outcome> =>
  attempt(() => putRecord('waits', { ...w, closedAt: new Date().toISOString() }));

/**
 * "New client from acme.com?": the client and a first project (no SOW yet), so the thread matches
 * at once. Returns the project id, or a sentence saying what went wrong.
 */
export async function createClientWithProject(
  name: string,
  domains: string[],
): Promise<{ ok: true; projectId: string } | { ok: false; error: string }> {
  try {
    const client = await putRecord('clients', createRecord('clients', { name, domains, notes: '' }));
    const project = await putRecord(
      'projects',
      createRecord('projects', {
        clientId: client.id,
        name: `${name} project`,
        status: 'active',
        sowText: '',
        scope: emptyScope(),
        rateCard: [],
        links: [],
        threadIds: [],
      }),
    );
    return { ok: true, projectId: project.id };
  } catch (err) {
    return { ok: false, error: failure(err) };
  }
}
