// The backup import alone, in real Chromium, for quick iteration (bench-ui.ts measures it with the
// screens, in about two minutes). Each run imports the 10,000-record file (bench-ui's
// buildLoadedBackup) through the options page of a fresh profile and prints:
// - the time from choosing the file to the "Imported" status in the page, as bench-ui measures it
//   (importTiming.ts: Date.now() as the file is chosen, the page's own clock for the status);
// - the same inside the page (the input's change event to the status in the DOM), and the steps
//   between (the import's performance marks: file read, parsed, database open, every record
//   queued, committed);
// - with --cpu, the CPU time the import cost the page's main thread and the browser's IndexedDB and
//   LevelDB threads (Chrome's tracing): the work done, which a busy machine does not blur the way
//   it blurs wall time. Comparing builds, compare these.
// Medians and ranges per build at the end.
//
//   npx tsx lib/cli/bench-import.ts                       builds .output/chrome-mv3 first, 5 runs
//   npx tsx lib/cli/bench-import.ts --ext /tmp/old,/tmp/new --runs 7 --cpu
//       several builds, their runs alternated (a shared machine drifts: compare in turns)
//   --profile     one more import per build under the CPU profiler: self time per function (build
//                 with minify off to read the names) and whole phases (validation, React, ...)
//   --idb         one more import per build traced with Chrome's IndexedDB events: where the
//                 database's time goes (its put operations, the page's request set-up and replies)
//   --records 100000   bench-ui's scaled file into a fresh profile, with the last progress count
//                 seen and the peak JavaScript heap while it ran
//   --file-version 6   the file says it is of that version (its records must be the same at both):
//                 for comparing with a build from before a schema version that changed no record
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain } from './main';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { buildLoadedBackup, buildScaledBackup } from './bench-ui';
import { buildSampleBackup } from '@/scripts/sample-data';
import { EXTENSION_DIR, ROOT, launchWithExtension } from '@/scripts/chromium/harness';
import { importMsInPage, importStatus, importSteps, watchImport } from './importTiming';

interface Args {
  exts: string[];
  runs: number;
  records: number;
  cpu: boolean;
  profile: boolean;
  idb: boolean;
  build: boolean;
  fileVersion: number | null;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  return {
    exts: (value('--ext')?.split(',') ?? [EXTENSION_DIR]).map((e) => path.resolve(e)),
    runs: Number(value('--runs') ?? 5),
    records: Number(value('--records') ?? 10_000),
    cpu: argv.includes('--cpu'),
    profile: argv.includes('--profile'),
    idb: argv.includes('--idb'),
    build: !argv.includes('--ext'),
    fileVersion: value('--file-version') === undefined ? null : Number(value('--file-version')),
  };
}

interface CpuProfile {
  nodes: {
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    children?: number[];
  }[];
  samples: number[];
  timeDeltas: number[];
}

interface Run {
  /** As bench-ui measures: from choosing the file (Date.now()) to the status in the page's DOM (the page's clock). */
  ms: number;
  /** Inside the page: the file input's change event to the "Imported" status in the DOM. */
  inPage: number;
  steps: [string, number][];
  /** CPU ms (--cpu): the page's main thread, the browser's IndexedDB/LevelDB threads. */
  cpu: { page: number; database: number } | null;
  idb: string[];
  progress: string | null;
  peakHeapMb: number | null;
  profile: CpuProfile | null;
}

type Mode = 'plain' | 'cpu' | 'idb' | 'profile';

/** One import into a fresh profile of `ext`. */
async function importOnce(ext: string, file: string, mode: Mode, watch: boolean): Promise<Run> {
  const session = await launchWithExtension({ extensionDir: ext });
  try {
    const page = await session.openPage('options.html');
    await page.getByTestId('tab-data').click();
    const cdp = await page.context().newCDPSession(page);
    if (mode === 'profile') {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await watchImport(page);
    const tracing = mode === 'cpu' || mode === 'idb' ? await startTrace(session.context.browser()!, mode) : null;
    const start = Date.now();
    await page.getByTestId('backup-import').setInputFiles(file);
    const { progress, peakHeapMb, endedAt } = await watchUntilDone(page, cdp, watch);
    const ms = Math.round(endedAt - start);
    const traced = tracing ? await tracing() : null;
    const profile =
      mode === 'profile' ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
    await cdp.detach();
    const inPage = await importMsInPage(page);
    const steps = await importSteps(page);
    return { ms, inPage, steps, cpu: traced?.cpu ?? null, idb: traced?.idb ?? [], progress, peakHeapMb, profile };
  } finally {
    await session.close();
  }
}

async function watchUntilDone(page: Page, cdp: CDPSession, watch: boolean) {
  const done = page.getByTestId('data-status').filter({ hasText: /Imported|Nothing was imported/ });
  let progress: string | null = null;
  let peakHeapMb: number | null = null;
  while (watch && !(await done.count())) {
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    peakHeapMb = Math.max(peakHeapMb ?? 0, heap.usedSize / 2 ** 20);
    progress =
      (await page
        .getByTestId('import-count')
        .textContent({ timeout: 1_000 })
        .catch(() => null)) ?? progress;
    await page.waitForTimeout(200); // polling for a printout, not a test wait
  }
  const { text, endedAt } = await importStatus(page, 900_000);
  if (!text.startsWith('Imported')) throw new Error(`import failed: ${text}`);
  return { progress, peakHeapMb, endedAt };
}

interface TraceEvent {
  ph: string;
  name: string;
  cat: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * Chrome's tracing over the whole browser until the returned function is called. 'cpu': the CPU
 * time of every task on the page's main thread and on the browser's pool threads (where IndexedDB
 * and LevelDB run). 'idb': also IndexedDB's own events, per name (heavier: one per request).
 */
async function startTrace(browser: Browser, mode: 'cpu' | 'idb') {
  const cdp = await browser.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const categories = ['toplevel', '__metadata', ...(mode === 'idb' ? ['IndexedDB', 'leveldb'] : [])];
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, recordMode: 'recordAsMuchAsPossible' },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
    const threadName = new Map<string, string>();
    const processName = new Map<number, string>();
    for (const e of events) {
      if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
      if (e.ph === 'M' && e.name === 'process_name') processName.set(e.pid, e.args?.name ?? '');
    }
    const where = (e: TraceEvent) => [processName.get(e.pid) ?? '', threadName.get(`${e.pid}:${e.tid}`) ?? ''];
    const cpu = { page: 0, database: 0 };
    const byName = new Map<string, { n: number; cpu: number }>();
    for (const e of events) {
      if (e.ph !== 'X' || !e.dur) continue;
      const [proc, thread] = where(e);
      const ms = (e.tdur ?? 0) / 1000;
      if (e.cat.split(',').includes('toplevel')) {
        if (proc === 'Extension Renderer' && thread === 'CrRendererMain') cpu.page += ms;
        if (proc === 'Browser' && thread === 'ThreadPoolForegroundWorker') cpu.database += ms;
      }
      if (mode === 'idb' && /IndexedDB|leveldb/.test(e.cat)) {
        const key = `${e.name} (${thread})`;
        const b = byName.get(key) ?? { n: 0, cpu: 0 };
        b.n++;
        b.cpu += ms;
        byName.set(key, b);
      }
    }
    const idb = [...byName]
      .sort((a, b) => b[1].cpu - a[1].cpu)
      .slice(0, 16)
      .map(([name, b]) => `  ${b.cpu.toFixed(0).padStart(6)} ms CPU  ${b.n}x ${name}`);
    return { cpu, idb };
  };
}

/** Self time per function (and idle, GC, the browser's own work), largest first. */
function selfTimes(profile: CpuProfile, top = 20): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    total += ms;
    const file = frame?.url ? (frame.url.split('/').pop() ?? '').replace(/-[\w-]{8}\.js$/, '') : '';
    const name = file
      ? `${frame!.functionName || '(anonymous)'} ${file}:${frame!.lineNumber + 1}`
      : frame?.functionName;
    self.set(name ?? '?', (self.get(name ?? '?') ?? 0) + ms);
  });
  return [
    `  sampled ${total.toFixed(0)} ms; self time per function:`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`),
  ];
}

/** Whole phases: the time of the named functions with everything they call. */
const PHASES = [
  ['importBackup', 'the import, checks and writes (with what it calls)'],
  ['validateRecord', 'record validation'],
  ['put', 'IDBObjectStore.put (the page’s side of each write)'],
  ['performWorkOnRoot', 'React rendering'],
  ['(garbage collector)', 'garbage collection'],
  ['(program)', 'the browser’s own work (IndexedDB replies, events)'],
  ['(idle)', 'idle: waiting for the database'],
] as const;

function phases(profile: CpuProfile): string[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const sums = new Map<string, number>(PHASES.map(([fn]) => [fn, 0]));
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = byId.get(at)?.callFrame.functionName ?? '';
      if (sums.has(fn) && !seen.has(fn)) {
        seen.add(fn);
        sums.set(fn, sums.get(fn)! + ms);
      }
    }
  });
  return ['  phases:', ...PHASES.map(([fn, label]) => `  ${sums.get(fn)!.toFixed(0).padStart(6)} ms  ${label}`)];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const summary = (xs: number[]) =>
  `median ${median(xs).toFixed(0)} ms (range ${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;

export async function benchImport(argv: string[]): Promise<string[]> {
  const args = parseArgs(argv);
  if (args.build) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-bench-import-'));
  try {
    const loaded = buildLoadedBackup(buildSampleBackup());
    const scaled = args.records > 10_000 ? buildScaledBackup(loaded, args.records) : loaded;
    const backup = args.fileVersion === null ? scaled : { ...scaled, version: args.fileVersion };
    const file = path.join(dir, 'backup.json');
    writeFileSync(file, JSON.stringify(backup));
    const label = `import of ${args.records.toLocaleString('en')} records into a fresh profile`;
    const watch = args.records > 10_000;
    const runs = new Map<string, Run[]>(args.exts.map((e) => [e, []]));
    for (let i = 0; i < args.runs; i++) {
      // Alternate the builds, and their order, so drift on a shared machine hits all of them alike.
      for (const ext of i % 2 ? [...args.exts].reverse() : args.exts) {
        const run = await importOnce(ext, file, args.cpu ? 'cpu' : 'plain', watch);
        runs.get(ext)!.push(run);
        const cpu = run.cpu
          ? `; CPU: page ${run.cpu.page.toFixed(0)} ms, database ${run.cpu.database.toFixed(0)} ms`
          : '';
        const big = watch ? `; last progress seen: ${run.progress}; peak JS heap ${run.peakHeapMb?.toFixed(0)} MB` : '';
        console.log(`${label}, ${ext}: ${run.ms} ms (in the page ${run.inPage.toFixed(0)} ms)${cpu}${big}`);
        console.log(
          `  steps, ms after the one before: ${run.steps.map(([s, ms]) => `${s} +${ms.toFixed(0)}`).join(', ')}`,
        );
      }
    }
    const lines: string[] = [];
    for (const [ext, rs] of runs) {
      if (!rs.length) continue;
      lines.push(
        `${label}, ${ext}, ${rs.length} runs: ${summary(rs.map((r) => r.ms))}; ` +
          `in the page ${summary(rs.map((r) => r.inPage))}` +
          (args.cpu
            ? `; CPU: page ${summary(rs.map((r) => r.cpu!.page))}, database ${summary(rs.map((r) => r.cpu!.database))}`
            : ''),
      );
    }
    for (const ext of args.exts) {
      if (args.profile) {
        const run = await importOnce(ext, file, 'profile', false);
        lines.push(`profile of one import, ${ext}: ${run.ms} ms`, ...phases(run.profile!), ...selfTimes(run.profile!));
      }
      if (args.idb) {
        const run = await importOnce(ext, file, 'idb', false);
        lines.push(`IndexedDB trace of one import, ${ext}: ${run.ms} ms`, ...run.idb);
      }
    }
    return lines;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(import.meta.url, () => benchImport(process.argv.slice(2)));
