// The schema upgrade an extension update runs on a year of data: bench-ui's 10,000-record backup
// written into a database laid out as v9 shipped it (the last version with a record per row), then
// opened by the current lib/db in real Chromium, which upgrades it before any surface can read.
// lib/cli/upgradePage.ts is bundled with Vite for a plain page (no extension: the page's own origin).
//
//   npx tsx lib/cli/bench-upgrade.ts [--runs 5] [--from 9]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import { runMain } from './main';
import { buildLoadedBackup, median } from './bench-ui';
import { buildSampleBackup } from '@/scripts/sample-data';
import { findChromium } from '@/scripts/find-browser';
import { ROOT } from '@/scripts/chromium/harness';

const PAGE_URL = 'https://upgrade.bench.invalid/';

async function bundlePage(): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'bench-upgrade-'));
  try {
    await build({
      configFile: false,
      logLevel: 'silent',
      resolve: { alias: { '@': ROOT } },
      build: {
        outDir,
        minify: true,
        lib: {
          entry: path.join(ROOT, 'lib/cli/upgradePage.ts'),
          formats: ['iife'],
          name: 'upgradePage',
          fileName: () => 'page.js',
        },
      },
    });
    return readFileSync(path.join(outDir, 'page.js'), 'utf8');
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function benchUpgrade(runs = 5, from = 9): Promise<string[]> {
  const script = await bundlePage();
  const stores = JSON.parse(JSON.stringify(buildLoadedBackup(buildSampleBackup()).stores)) as Record<string, unknown[]>;
  const times: number[] = [];
  let last = { records: 0, version: 0 };
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-upgrade-profile-'));
    const context = await chromium.launchPersistentContext(dir, {
      executablePath: findChromium(),
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
    try {
      const body = `<!doctype html><script>${script.replace(/<\/script/gi, '<\\/script')}</script>`;
      await context.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
      const page = await context.newPage();
      await page.goto(PAGE_URL);
      const run = (await page.evaluate(
        ([v, s]) =>
          (globalThis as never as { upgradeFrom: (v: number, s: unknown) => Promise<unknown> }).upgradeFrom(v, s),
        [from, stores] as const,
      )) as { records: number; ms: number; version: number };
      times.push(run.ms);
      last = run;
    } finally {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [low, high] = [Math.round(Math.min(...times)), Math.round(Math.max(...times))];
  return [
    `upgrade of a v${from} database holding ${last.records.toLocaleString('en-US')} records to v${last.version}: ` +
      `median ${Math.round(median(times)).toLocaleString('en-US')} ms of ${runs} (range ${low}-${high}); ` +
      'every page and the background wait for it once, after the extension updates',
  ];
}

runMain(import.meta.url, () => {
  const arg = (name: string) => {
    const i = process.argv.indexOf(name);
    return i >= 0 ? Number(process.argv[i + 1]) : undefined;
  };
  return benchUpgrade(arg('--runs') ?? 5, arg('--from') ?? 9);
});
