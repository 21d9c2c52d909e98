// A large backup import in real Chromium: a progress bar with a count while it runs, cancel leaves
// the database as it was, and the finished import says what was added, updated and skipped.
// Import speed is a benchmark (`npm run bench`), not a test.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLoadedBackup } from '@/lib/cli/bench-ui';
import { buildSampleBackup } from '@/scripts/sample-data';
import { launchWithExtension, type ExtensionSession } from '../../scripts/chromium/harness';

let session: ExtensionSession;
let dir: string;
let big: string;
let sample: string;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-import-'));
  const backup = buildSampleBackup();
  sample = path.join(dir, 'sample.json');
  big = path.join(dir, 'big.json');
  writeFileSync(sample, JSON.stringify(backup));
  writeFileSync(big, JSON.stringify(buildLoadedBackup(backup))); // 10,000 records
  session = await launchWithExtension();
});

afterAll(async () => {
  await session?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup import at scale', () => {
  it('shows progress with a count; cancel changes nothing; a full import reports added and skipped', async () => {
    const options = await session.openPage('options.html');
    await options.getByTestId('tab-data').click();
    const status = options.getByTestId('data-status');
    await options.getByTestId('backup-import').setInputFiles(sample);
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toMatch(/^Imported .* added/);

    // Slow the page's CPU while cancel is tried: on a fast machine the 10,000-record import can
    // otherwise finish before the click lands (the button is gone, the test flakes).
    const cdp = await options.context().newCDPSession(options);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await options.getByTestId('backup-import').setInputFiles(big);
    await expect
      .poll(() => options.getByTestId('import-count').textContent(), { timeout: 30_000 })
      .toMatch(/^(Checking|Writing) [\d,]+ of 10,000 records…$/);
    expect(await options.getByTestId('import-progress').getAttribute('max')).toBe('10000');
    await options.getByRole('button', { name: 'Cancel import' }).click();
    await expect.poll(() => status.textContent(), { timeout: 30_000 }).toBe('Import cancelled: nothing was changed.');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await options.getByTestId('tab-projects').click();
    await expect.poll(() => options.getByTestId('project-row').count()).toBe(1);

    await options.getByTestId('tab-data').click();
    await options.getByTestId('backup-import').setInputFiles(big);
    await expect
      .poll(() => options.getByTestId('data-status').textContent(), { timeout: 60_000 })
      .toMatch(/^Imported [\d,]+ records: [\d,]+ added .*; 0 updated; [\d,]+ skipped because this browser’s copy/);
    await options.getByTestId('tab-projects').click();
    await expect.poll(() => options.getByTestId('project-row').count()).toBeGreaterThan(1);
  });
});
