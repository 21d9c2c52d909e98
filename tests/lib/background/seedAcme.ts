// The background tests' workspace: the Acme client and its website project on the sample SOW,
// linked to the ACME Jira project, as the demo's sample data has them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRecord, putRecord } from '@/lib/db';
import { parseSow } from '@/lib/scope';

export const SAMPLE_SOW = readFileSync(path.resolve(import.meta.dirname, '../../../scripts/sample-sow.md'), 'utf8');

export async function seedAcme() {
  const client = await putRecord(
    'clients',
    createRecord('clients', { name: 'Acme Outdoor Co.', domains: ['acmeoutdoor.com'], notes: '' }),
  );
  const project = await putRecord(
    'projects',
    createRecord('projects', {
      clientId: client.id,
      name: 'Acme website rebuild',
      status: 'active',
      sowText: SAMPLE_SOW,
      scope: parseSow(SAMPLE_SOW),
      rateCard: [],
      links: [{ site: 'jira', value: 'ACME' }],
      threadIds: [],
    }),
  );
  return { client, project };
}
