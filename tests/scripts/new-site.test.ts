// @vitest-environment node
// `npm run new-site -- <id>` on a temporary copy of the files it edits: it adds the id to the one
// list of sites, registers the adapter, and writes the adapter, a dated fixture stub and its test.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const copy = mkdtempSync(path.join(tmpdir(), 'scopekeeper-new-site-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const run = (...args: string[]) =>
  execFileSync(
    path.join(ROOT, 'node_modules/.bin/tsx'),
    [path.join(ROOT, 'scripts/new-site.ts'), ...args, '--root', copy],
    {
      encoding: 'utf8',
      stdio: 'pipe',
    },
  );

describe('new-site scaffold', { timeout: 60_000 }, () => {
  it('adds the id, registers the adapter and writes the adapter, a fixture stub and a failing test', () => {
    for (const f of ['lib/sites/ids.ts', 'lib/sites/ticket-adapters.ts'])
      cpSync(path.join(ROOT, f), path.join(copy, f));
    expect(run('acme')).toContain('SITE_IDS now has');
    const ids = readFileSync(path.join(copy, 'lib/sites/ids.ts'), 'utf8');
    expect(ids).toMatch(/SITE_IDS = \[[^\]]*'basecamp', 'acme'\] as const/);
    expect(ids).toContain("acme: { label: 'Acme', matches: ['https://app.acme.example/*'] },");
    const reg = readFileSync(path.join(copy, 'lib/sites/ticket-adapters.ts'), 'utf8');
    expect(reg).toContain("import { acme } from './acme';");
    expect(reg).toMatch(/basecamp,\n {2}acme,\n\};/);
    const adapter = readFileSync(path.join(copy, 'lib/sites/acme.ts'), 'utf8');
    expect(adapter).toContain("id: 'acme'");
    expect(adapter).toContain('matches: SITES.acme.matches');
    const [fixture] = readdirSync(path.join(copy, 'tests/fixtures/acme'));
    expect(fixture).toMatch(/^ticket\.\d{4}-\d{2}-\d{2}\.html$/);
    expect(readFileSync(path.join(copy, 'tests/lib/sites/acme.test.ts'), 'utf8')).toContain(
      "loadFixture('acme', 'ticket')",
    );
  });

  it('refuses a second run for the same id and a bad id', () => {
    expect(() => run('acme')).toThrow(/already exists/);
    expect(() => run('Not-An-Id')).toThrow(/usage/);
    expect(existsSync(path.join(copy, 'lib/sites/Not-An-Id.ts'))).toBe(false);
  });
});
