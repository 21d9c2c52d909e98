// Fails the build when a content script exceeds its gzipped budget (DESIGN.md: 25 kB each):
// content scripts run inside Gmail and the ticket tools on every page load. Also when an extension
// page's first load (its entry script and every chunk it preloads) exceeds its budget: the scope
// engine (~1 MB) and the PDF writer belong in chunks loaded on demand, never in a first screen. And
// when a script is not ASCII-only (below).
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';

const BUDGET = 25 * 1024;
// React and react-dom are ~60 kB of it; the side panel's own code is the largest of the rest.
const PAGE_BUDGET = 120 * 1024;
const root = path.resolve(process.argv[2] ?? '.output/chrome-mv3');
const dir = path.join(root, 'content-scripts');
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
for (const page of readdirSync(root).filter((f) => f.endsWith('.html'))) {
  const html = readFileSync(path.join(root, page), 'utf8');
  const scripts = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g),
  ].map((m) => m[1]);
  const gz = scripts.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(root, file)), { level: 9 }).length, 0);
  const ok = gz <= PAGE_BUDGET;
  failed ||= !ok;
  console.log(
    `page ${page}: first load ${scripts.length} scripts, ${(gz / 1024).toFixed(1)} kB gzipped (budget ${PAGE_BUDGET / 1024} kB) ${ok ? 'ok' : 'OVER BUDGET'}`,
  );
  // The popup shows a form and five entries: the long-list virtualiser (chunk-groups.ts) is not its to load.
  if (
    page === 'popup.html' &&
    scripts.some((f) => readFileSync(path.join(root, f), 'utf8').includes('getVirtualItems'))
  ) {
    failed = true;
    console.log('page popup.html: first load includes the list virtualiser (@tanstack/react-virtual) FAIL');
  }
}
// Every script ASCII-only (wxt.config.ts, charset): one non-ASCII character makes the browser hold
// the whole file as UTF-16, which cost the service worker 26-34 ms of CPU at every start. A
// String.raw template keeps its characters as written; write them as \u escapes there.
const scriptsIn = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? scriptsIn(path.join(dir, e.name)) : e.name.endsWith('.js') ? [path.join(dir, e.name)] : [],
  );
for (const file of scriptsIn(root)) {
  const text = readFileSync(file, 'utf8');
  const at = text.search(/[\u0080-\uffff]/);
  if (at < 0) continue;
  failed = true;
  console.log(
    `script ${path.relative(root, file)}: not ASCII-only at character ${at} (${JSON.stringify(text.slice(Math.max(0, at - 40), at + 10))}) FAIL`,
  );
}
process.exit(failed ? 1 : 0);
