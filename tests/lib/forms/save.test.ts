import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, listRecords } from '@/lib/db';
import { deleteClient, logFeedback, saveClient, saveProject } from '@/lib/forms/save';
import { checkProjectForm, valuesFromProject } from '@/lib/forms/projectForm';
import { useRecords } from '@/lib/hooks/useRecords';

afterEach(closeAndDeleteDbForTests);

function newProjectSave(clientName: string, name: string) {
  const v = {
    ...valuesFromProject(null, []),
    clientName,
    domains: 'acme.com',
    name,
    rates: [{ role: 'Designer', rate: '120.50' }],
  };
  const { save } = checkProjectForm(v, [], null);
  if (!save) throw new Error('expected a valid form');
  return save;
}

describe('workspace writes', () => {
  it('saving a project with a new client creates both, linked', async () => {
    expect(await saveProject(newProjectSave('Acme', 'Rebuild'), null)).toBeNull();
    const [client] = await listRecords('clients');
    const [project] = await listRecords('projects');
    expect(client).toMatchObject({ name: 'Acme', domains: ['acme.com'] });
    expect(project).toMatchObject({
      name: 'Rebuild',
      clientId: client!.id,
      rateCard: [{ role: 'Designer', rateCents: 12050 }],
    });
  });

  it('a client with projects is not deleted', async () => {
    await saveProject(newProjectSave('Acme', 'Rebuild'), null);
    const [client] = await listRecords('clients');
    expect(await deleteClient(client!)).toMatch(/still has 1 project: delete or move it first/);
    expect(await listRecords('clients')).toHaveLength(1);
  });

  it('a project the schema refuses leaves no new client behind (one transaction)', async () => {
    const save = newProjectSave('Acme', 'Rebuild');
    const bad = { ...save, project: { ...save.project, name: '   ' } };
    expect(await saveProject(bad, null)).toMatch(/^Not saved: projects.name/);
    expect(await listRecords('clients')).toEqual([]);
  });

  it('a record the schema refuses is reported, not thrown', async () => {
    expect(await saveClient({ id: null, name: '   ', domains: [] })).toMatch(/^Not saved: clients.name/);
  });
});

describe('useRecords', () => {
  it('re-reads when the store changes', async () => {
    const { result } = renderHook(() => useRecords('feedback', { limit: 5 }));
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.records).toEqual([]);
    await act(async () => {
      await logFeedback({
        kind: 'praise',
        sentiment: 'positive',
        note: 'Great work',
        clientId: null,
        projectId: null,
        sourceUrl: null,
        sourceTitle: null,
      });
    });
    await waitFor(() => expect(result.current.records.map((f) => f.note)).toEqual(['Great work']));
  });

  it('a null filter reads nothing', () => {
    const { result } = renderHook(() => useRecords('waits', null));
    expect(result.current).toEqual({ records: [], loading: false, error: null });
  });
});
