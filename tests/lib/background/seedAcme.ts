// The background tests' workspace: the Acme client and its website project on the sample SOW,
// linked to the ACME Jira project, as the demo's sample data has them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRecord, putRecord } from '@/lib/db';
import type { Project } from '@/lib/db/schemas';
import { parseSow } from '@/lib/scope';

export const SAMPLE_SOW = readFileSync(path.resolve(import.meta.dirname, '../../../scripts/sample-sow.md'), 'utf8');

/** The Acme website project's fields: the sample SOW, linked to the ACME Jira project. */
const acmeFields = (clientId: string) => ({
  clientId,
  name: 'Acme website rebuild',
  status: 'active' as const,
  sowText: SAMPLE_SOW,
  scope: parseSow(SAMPLE_SOW),
  rateCard: [],
  links: [{ site: 'jira' as const, value: 'ACME' }],
  threadIds: [],
});

export async function seedAcme() {
  const client = await putRecord(
    'clients',
    createRecord('clients', { name: 'Acme Outdoor Co.', domains: ['acmeoutdoor.com'], notes: '' }),
  );
  const project = await putRecord('projects', createRecord('projects', acmeFields(client.id)));
  return { client, project };
}

/** The same project, not stored: for tests that judge against its scope. */
export const acmeProject = (over: Partial<Project> = {}): Project => ({
  id: 'p-acme',
  ...acmeFields('c'),
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  deletedAt: null,
  ...over,
});
