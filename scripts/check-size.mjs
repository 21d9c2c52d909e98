// Fails the build when a content script exceeds its gzipped budget (DESIGN.md: 25 kB each):
// content scripts run inside Gmail and the ticket tools on every page load.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET = 25 * 1024;
const dir = path.resolve(process.argv[2] ?? '.output/chrome-mv3', 'content-scripts');
if (!existsSync(dir)) {
  console.error(`size check: no content scripts at ${dir}; build first.`);
  process.exit(1);
}
let failed = false;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
  const raw = readFileSync(path.join(dir, file));
  const gz = gzipSync(raw, { level: 9 }).length;
  const ok = gz <= BUDGET;
  failed ||= !ok;
  console.log(
    `content script ${file}: ${(raw.length / 1024).toFixed(1)} kB raw, ${(gz / 1024).toFixed(1)} kB gzipped (budget 25 kB) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
}
process.exit(failed ? 1 : 0);
