// Seed the extension's IndexedDB the way a user would: import a backup file on the options page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSampleBackup } from '../sample-data';
import type { ExtensionSession } from './harness';

export async function importBackupFile(session: ExtensionSession, file: string): Promise<string> {
  const options = await session.openPage('options.html');
  await options.getByTestId('tab-data').click();
  await options.getByTestId('backup-import').setInputFiles(file);
  const status = options.getByTestId('data-status');
  await status.filter({ hasText: /Imported|Nothing was imported/ }).waitFor({ timeout: 10_000 });
  const text = (await status.textContent()) ?? '';
  await options.close();
  return text;
}

export async function seedSampleData(session: ExtensionSession): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-seed-'));
  const file = path.join(dir, 'sample-backup.json');
  writeFileSync(file, JSON.stringify(buildSampleBackup(), null, 2));
  const text = await importBackupFile(session, file);
  if (!text.startsWith('Imported')) throw new Error(`Seeding failed: ${text}`);
}

export const GMAIL_THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM';
export const GMAIL_THREAD_ID = '1931f3be4c51da14';
export const GMAIL_FIXTURES = {
  'https://mail.google.com/mail/u/0/': 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html',
};
