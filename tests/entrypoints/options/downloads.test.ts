// The options page's import glue: the file is read and parsed (a file that is not JSON is named),
// the importer loads meanwhile, and each step leaves a mark on the performance timeline.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeAndDeleteDbForTests, listRecords } from '@/lib/db';
import { importBackupFile } from '@/entrypoints/options/downloads';

const v6 = readFileSync(join(process.cwd(), 'tests/lib/db/examples/v6.json'), 'utf8');
const marks = () =>
  performance
    .getEntriesByType('mark')
    .filter((m) => m.name.startsWith('import:'))
    .map((m) => m.name);

beforeEach(closeAndDeleteDbForTests);
afterEach(closeAndDeleteDbForTests);

describe('importBackupFile', () => {
  it('names a file that is not JSON and imports nothing', async () => {
    const result = await importBackupFile(new File(['{"format": '], 'notes.json'));
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining('notes.json') });
    expect(await listRecords('clients')).toEqual([]);
  });

  it('imports a backup file, marking each step once (the last import’s marks are cleared)', async () => {
    for (let i = 0; i < 2; i++) {
      const result = await importBackupFile(new File([v6], 'backup.json'));
      expect(result).toMatchObject({ ok: true, counts: { clients: 2, requests: 11 } });
      expect(marks()).toEqual([
        'import:start',
        'import:read',
        'import:parsed',
        'import:opened',
        'import:queued',
        'import:committed',
      ]);
    }
    expect(await listRecords('requests', { includeDeleted: true })).toHaveLength(11);
  });
});
