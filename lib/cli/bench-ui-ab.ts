// First screens of two or more builds in turns, for comparing a change on a shared machine (a
// machine's load drifts over minutes; bench-ui's figures from two runs at different times are not
// comparable). Each build runs in its own Chromium with the same data (the sample, then bench-ui's
// 10,000-record file, or with --records 100000 its scaled file); once all are settled, each round
// loads every screen of every build once, the builds' order alternating round by round. Prints each
// build's median per screen and its floor (the blank extension page), measured in the same rounds.
//
//   npx tsx lib/cli/bench-ui-ab.ts --ext /tmp/before,.output/chrome-mv3 --rounds 15
//   --records 100000   the fuller database
//   --file-version 7   the files say they are of that version (their records must be the same at
//                      both): for comparing with a build from before a schema version that changed no record
//   --trace            one more load per screen and build under Chrome's tracing: the page's main
//                      thread from navigation to the first screen, split into script compile and
//                      run, style and layout, paint, its CPU time (and how much of it other pages
//                      of the extension took: they share the one thread), and idle (waiting: the database,
//                      the background, the network stack); TRACE_DUMP=/tmp/x also writes each
//                      trace's events to /tmp/x-<selector>.json for a closer look
//   --trace-loads N    with --trace: N traced loads per screen and build, in turns, and their medians
//                      (first screen, main-thread CPU, script callbacks) instead of one load's split
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runMain } from './main';
import type { Page } from 'playwright-core';
import { buildSampleBackup } from '@/scripts/sample-data';
import { launchWithExtension, type ExtensionSession } from '@/scripts/chromium/harness';
import {
  BLANK_HTML,
  BLANK_PAGE,
  BLANK_SELECTOR,
  SCREENS,
  buildLoadedBackup,
  buildScaledBackup,
  firstScreenMs,
  importBackup,
  median,
  openSurfaces,
  settle,
} from './bench-ui';

type Surface = (typeof SCREENS)[number][1];

interface Build {
  ext: string;
  session: ExtensionSession;
  pages: Record<Surface, Page>;
  blank: Page;
  floor: number;
  times: number[][];
  floors: number[];
}

async function prepare(ext: string, dir: string, files: string[]): Promise<Build> {
  const copy = mkdtempSync(path.join(dir, 'ext-'));
  cpSync(path.resolve(ext), copy, { recursive: true });
  writeFileSync(path.join(copy, BLANK_PAGE), BLANK_HTML);
  const session = await launchWithExtension({ extensionDir: copy });
  for (const file of files) await importBackup(session, file);
  const { pages, blank, floor } = await openSurfaces(session);
  return { ext, session, pages, blank, floor, times: SCREENS.map(() => []), floors: [] };
}

interface TraceEvent {
  ph: string;
  name: string;
  cat: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event. */
  tdur?: number;
  args?: { name?: string; frame?: string; data?: { frame?: string; url?: string }; beginData?: { frame?: string } };
}

/** One load of `selector` under tracing: where the main thread's time went until the first screen. */
interface Traced {
  ms: number;
  /** Main-thread CPU time from navigation to the first screen, and script callbacks' part of it. */
  cpu: number;
  script: number;
  text: string;
}

async function traceLoad(build: Build, page: Page, selector: string): Promise<Traced> {
  const cdp = await build.session.context.browser()!.newBrowserCDPSession();
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        '__metadata',
        'devtools.timeline',
        'v8',
        'blink',
        'loading',
        'blink.user_timing',
      ],
      recordMode: 'recordAsMuchAsPossible',
    },
    transferMode: 'ReportEvents',
  });
  const ms = await firstScreenMs(page, selector);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  if (process.env.TRACE_DUMP)
    writeFileSync(`${process.env.TRACE_DUMP}-${selector.replace(/\W+/g, '')}.json`, JSON.stringify(events));
  // The renderer main thread that ran navigationStart for this page's URL.
  const nav = events.filter((e) => e.name === 'navigationStart');
  const start = nav[nav.length - 1];
  if (!start) return { ms, cpu: NaN, script: NaN, text: `${ms.toFixed(0)} ms (no navigationStart in the trace)` };
  const end = start.ts + ms * 1000;
  const main = events.filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X' && e.dur);
  const within = (e: TraceEvent) => e.ts >= start.ts && e.ts < end;
  const sum = (names: RegExp) =>
    main.filter((e) => within(e) && names.test(e.name)).reduce((n, e) => n + e.dur! / 1000, 0);
  // The outermost tasks only: 'toplevel' also marks events nested in them (a mojo message inside
  // a task), which counted twice made 'busy' exceed the load itself.
  const tasks = main.filter((e) => within(e) && e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((n, e) => n + Math.min(e.dur!, end - e.ts) / 1000, 0);
  // Every extension page of the profile runs on this one thread: a task that touched only other
  // pages' frames (their deferred reads, their renders) is theirs, not this load's.
  const frameOf = (e: TraceEvent) => e.args?.data?.frame ?? e.args?.beginData?.frame ?? e.args?.frame;
  const mine = start.args?.frame ?? start.args?.data?.frame;
  let cpu = 0;
  let others = 0;
  for (const task of tasks) {
    const frames = new Set(
      main
        .filter((e) => e.ts >= task.ts && e.ts <= task.ts + task.dur!)
        .map(frameOf)
        .filter(Boolean),
    );
    const taken = (task.tdur ?? 0) / 1000;
    cpu += taken;
    if (frames.size > 0 && mine !== undefined && !frames.has(mine)) others += taken;
  }
  const script = sum(/^FunctionCall$|^EventDispatch$|^TimerFire$|^FireAnimationFrame$|^RunMicrotasks$/);
  const text =
    `${ms.toFixed(0)} ms: main thread busy ${busy.toFixed(0)} ms, its CPU time ${cpu.toFixed(0)} ms ` +
    `(other pages' tasks ${others.toFixed(0)}; compile ${sum(/^v8\.compile(Module)?$|^V8\.CompileCode$/).toFixed(0)}, ` +
    `evaluate modules ${sum(/^v8\.evaluateModule$/).toFixed(0)}, ` +
    `script callbacks ${script.toFixed(0)}, ` +
    `parse HTML ${sum(/^ParseHTML$/).toFixed(0)}, style ${sum(/^UpdateLayoutTree$/).toFixed(0)}, ` +
    `layout ${sum(/^Layout$/).toFixed(0)}, paint ${sum(/^Paint$|^PrePaint$|^Layerize$/).toFixed(0)}), ` +
    `idle ${(ms - busy).toFixed(0)} ms`;
  return { ms, cpu, script, text };
}

export async function benchUiAb(argv: string[]): Promise<string[]> {
  const value = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const exts = (value('--ext') ?? '.output/chrome-mv3').split(',');
  const rounds = Number(value('--rounds') ?? 11);
  const records = Number(value('--records') ?? 10_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-bench-ab-'));
  const builds: Build[] = [];
  try {
    const version = value('--file-version');
    const labelled = <T extends { version: number }>(file: T): T =>
      version === undefined ? file : { ...file, version: Number(version) };
    const sample = labelled(buildSampleBackup());
    const loaded = labelled(buildLoadedBackup(sample));
    const files = [path.join(dir, 'sample.json'), path.join(dir, 'loaded.json')];
    writeFileSync(files[0]!, JSON.stringify(sample));
    writeFileSync(files[1]!, JSON.stringify(loaded));
    if (records > 10_000) {
      files.push(path.join(dir, 'scaled.json'));
      writeFileSync(files[2]!, JSON.stringify(labelled(buildScaledBackup(loaded, records))));
    }
    for (const ext of exts) builds.push(await prepare(ext, dir, files));
    for (const b of builds) await settle(b.blank, b.floor, 5_000);
    for (let r = 0; r < rounds; r++) {
      for (const b of r % 2 ? [...builds].reverse() : builds) {
        b.floors.push(await firstScreenMs(b.blank, BLANK_SELECTOR));
        for (const [i, [, surface, selector]] of SCREENS.entries()) {
          b.times[i]!.push(await firstScreenMs(b.pages[surface], selector));
        }
      }
    }
    const lines = [
      `ui A/B: ${records.toLocaleString('en')} records, ${rounds} rounds, builds in turns; median (range) per screen`,
    ];
    for (const b of builds) {
      const floor = median(b.floors);
      lines.push(`${b.ext}: floor ${floor.toFixed(0)} ms`);
      SCREENS.forEach(([label, , , budget], i) => {
        const xs = b.times[i]!;
        lines.push(
          `  ${label}: ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}), ` +
            `budget ${budget}`,
        );
      });
    }
    if (argv.includes('--trace')) {
      // One traced load per screen and build; with --trace-loads N, N each (the builds in turns) and
      // each build's medians: one trace's CPU time varies by a fifth from load to load.
      const loads = Number(value('--trace-loads') ?? 1);
      const traced = builds.map(() => SCREENS.map((): Traced[] => []));
      for (let r = 0; r < loads; r++) {
        const order = builds.map((_, i) => i);
        for (const i of r % 2 ? order.reverse() : order) {
          const b = builds[i]!;
          for (const [j, [, surface, selector]] of SCREENS.entries()) {
            traced[i]![j]!.push(await traceLoad(b, b.pages[surface], selector));
          }
        }
      }
      const spread = (xs: number[]) =>
        `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)})`;
      builds.forEach((b, i) =>
        SCREENS.forEach(([label], j) => {
          const runs = traced[i]![j]!;
          if (loads === 1) return lines.push(`trace ${b.ext}: ${label}: ${runs[0]!.text}`);
          lines.push(
            `trace ${b.ext}: ${label}: ${loads} loads, medians (range): first screen ${spread(runs.map((x) => x.ms))} ms, ` +
              `main-thread CPU ${spread(runs.map((x) => x.cpu))} ms, script callbacks ${spread(runs.map((x) => x.script))} ms`,
          );
        }),
      );
    }
    return lines;
  } finally {
    for (const b of builds) await b.session.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

runMain(import.meta.url, () => benchUiAb(process.argv.slice(2)));
