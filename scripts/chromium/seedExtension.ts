// Seed the extension's IndexedDB the way a user would: import a backup file on the options page.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildSampleBackup } from '../sample-data';
import type { ExtensionSession } from './harness';

/** The import's status line; `ok` from its role (status, not alert), so it works in any UI language. */
export async function importBackup(session: ExtensionSession, file: string): Promise<{ ok: boolean; text: string }> {
  const options = await session.openPage('options.html');
  await options.getByTestId('tab-data').click();
  await options.getByTestId('backup-import').setInputFiles(file);
  const status = options.getByTestId('data-status');
  await status.filter({ hasText: /\S/ }).waitFor({ timeout: 10_000 });
  const text = (await status.textContent()) ?? '';
  const ok = (await status.getAttribute('role')) === 'status';
  await options.close();
  return { ok, text };
}

export async function importBackupFile(session: ExtensionSession, file: string): Promise<string> {
  return (await importBackup(session, file)).text;
}

export async function seedSampleData(session: ExtensionSession): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-seed-'));
  const file = path.join(dir, 'sample-backup.json');
  writeFileSync(file, JSON.stringify(buildSampleBackup(), null, 2));
  const { ok, text } = await importBackup(session, file);
  if (!ok) throw new Error(`Seeding failed: ${text}`);
}

export const GMAIL_THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM';
export const GMAIL_THREAD_ID = '1931f3be4c51da14';
export const GMAIL_FIXTURES = {
  'https://mail.google.com/mail/u/0/': 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html',
};
