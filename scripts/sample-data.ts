// Sample clients and projects for the demo and the end-to-end tests, as a real backup file: the
// demo loads it through the options page's import, the same path a user's backup takes.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BACKUP_FORMAT, type BackupFile } from '@/lib/db/backup';
import { DB_VERSION } from '@/lib/db/migrations';
import { createRecord } from '@/lib/db/records';
import { STORE_NAMES, type StoreName } from '@/lib/db/schemas';
import { parseSow } from '@/lib/scope';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

export function buildSampleBackup(): BackupFile {
  const sow = readFileSync(path.join(import.meta.dirname, 'sample-sow.md'), 'utf8');
  const acme = createRecord('clients', {
    name: 'Acme Outdoor Co.',
    domains: ['acmeoutdoor.com'],
    notes: 'Dana Whitfield is the e-commerce lead.',
  });
  const globex = createRecord('clients', { name: 'Globex Foods', domains: ['globexfoods.com'], notes: '' });
  const web = createRecord('projects', {
    clientId: acme.id,
    name: 'Acme website rebuild',
    status: 'active',
    sowText: sow,
    scope: parseSow(sow),
    rateCard: [
      { role: 'Designer', rateCents: 15000 },
      { role: 'Developer', rateCents: 16500 },
      { role: 'Project manager', rateCents: 12000 },
    ],
    links: [
      { site: 'jira', value: 'ACME' },
      { site: 'trello', value: 'AcMe2026' },
      { site: 'github', value: 'acme-outdoor/storefront' },
    ],
    threadIds: [],
  });
  const stores = Object.fromEntries(STORE_NAMES.map((s) => [s, [] as unknown[]])) as Record<StoreName, unknown[]>;
  stores.clients.push(acme, globex);
  stores.projects.push(web);
  stores.feedback.push(
    createRecord('feedback', {
      clientId: acme.id,
      projectId: web.id,
      kind: 'praise',
      sentiment: 'positive',
      note: 'Loved the new product page layout.',
      sourceUrl: null,
      sourceTitle: null,
    }),
    createRecord('feedback', {
      clientId: acme.id,
      projectId: web.id,
      kind: 'revision_request',
      sentiment: 'neutral',
      note: 'Wants the cart drawer to show shipping estimates.',
      sourceUrl: null,
      sourceTitle: null,
    }),
  );
  stores.upsells.push(
    createRecord('upsells', {
      clientId: acme.id,
      projectId: web.id,
      title: 'Spring campaign landing pages',
      valueCents: 1_200_000,
      stage: 'identified',
      note: 'Dana mentioned a spring budget.',
      sourceUrl: null,
    }),
  );
  stores.waits.push(
    createRecord('waits', {
      clientId: acme.id,
      projectId: web.id,
      what: 'Final product photography for the hero banners',
      askedOn: daysAgo(6),
      dueBy: null,
      closedAt: null,
      threadId: null,
      sourceUrl: null,
      auto: false,
      snoozedUntil: null,
    }),
  );
  return { format: BACKUP_FORMAT, version: DB_VERSION, exportedAt: new Date().toISOString(), stores };
}
