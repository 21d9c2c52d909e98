// The scope engine's output, hashed: every message of every corpus set classified against its
// project's reviewed scope, plus 40 card titles per set (the first 40 subjects, as tickets with
// no body, judged as work items). A speed change must print the same count and hash.
//   npx tsx lib/cli/snapshot-scope.ts [--dump FILE]
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { classify } from '@/lib/scope';
import { listSets, loadSet } from '@/lib/scope/corpora';
import { emptyScope } from '@/lib/scope/empty';
import type { ProjectScope } from '@/lib/scope/types';
import { runMain } from './main';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DIRS = {
  shared: path.resolve(repoRoot, '../shared/corpus'),
  repo: path.resolve(repoRoot, 'tests/fixtures/corpus'),
};

export function snapshotLines(): string[] {
  const lines: string[] = [];
  for (const { name, dir } of listSets(DIRS)) {
    const set = loadSet(name, dir);
    const byId = new Map<string, ProjectScope>(set.projects.map((p) => [p.id, p.scope]));
    for (const m of set.messages) {
      const scope = byId.get(m.projectId) ?? emptyScope();
      lines.push(`${name}/${m.id}\t${JSON.stringify(classify(m, scope))}`);
    }
    for (const m of set.messages.slice(0, 40)) {
      const scope = byId.get(m.projectId) ?? emptyScope();
      const card = { subject: m.subject, body: '', channel: 'ticket' as const };
      lines.push(`${name}/${m.id}/card\t${JSON.stringify(classify(card, scope, { workItem: true }))}`);
      lines.push(`${name}/${m.id}/ticket\t${JSON.stringify(classify(card, scope))}`);
    }
  }
  return lines;
}

runMain(import.meta.url, () => {
  const lines = snapshotLines();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(line + '\n');
  const dump = process.argv.indexOf('--dump');
  if (dump >= 0 && process.argv[dump + 1]) writeFileSync(process.argv[dump + 1]!, lines.join('\n') + '\n');
  return [`${lines.length} results sha256 ${hash.digest('hex')}`];
});
