// The background under load (issue 13, item 4): 20 tabs of boards, tickets and a thread opened at
// once in real Chromium with the built extension, plus SPA navigations and a new card batch on
// every board. How long a message waits in the service worker's queue is measured two ways while
// the tabs load, with no instrumentation in the shipped code:
// - probe round trip: an extension page sends a message the worker answers at once (an unknown
//   type is refused before any work) every 20 ms; its round trip is queue wait + IPC;
// - event-loop lag: a 10 ms timer in the worker; how late it fires is how long anything queued
//   behind the worker's current task waited.
// Both are wall time, so on a busy machine they also count time the worker was ready but had no
// core. Two things tell the two apart: a trace of the worker thread's tasks (its longest task by
// thread CPU time is the longest the worker itself held a message up), and the same 20 tabs
// opened with an empty extension (a worker that answers at once, no content scripts): what the
// machine alone makes a message wait. Each round loads the tabs three times with our extension:
// with the worker running (it started with the browser and idled), with it stopped first, so its
// start and the engine's warm-up (lib/background/engineMemo) fall in the load, and with an
// extension page in view. Beside the waits, how often the browser had the extension's process
// backgrounded while the tabs loaded (lib/cli/processPriority.ts): with no extension page in view
// it was, and a backgrounded worker waits longer for a core.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, serveFixtures, stopServiceWorker, until } from '@/scripts/chromium/harness';
import {
  addJiraCard,
  JIRA_CARD_KEY,
  seedSampleData,
  SITE_FIXTURES,
  TWENTY_TABS,
} from '@/scripts/chromium/seedExtension';
import { median } from './bench-ui';
import { describePriority, watchExtensionPriority, type PrioritySamples } from './processPriority';

const BUDGET_MS = 200;

const WORKER_PROBE = `(() => {
  const waits = [];
  let expected = performance.now() + 10;
  const timer = setInterval(() => {
    const now = performance.now();
    waits.push(Math.max(0, now - expected));
    expected = now + 10;
  }, 10);
  globalThis.__probe = { waits, stop: () => clearInterval(timer) };
})()`;
const MESSAGE_PROBE = `(() => {
  const waits = [];
  let running = true;
  (async () => {
    while (running) {
      const start = performance.now();
      await chrome.runtime.sendMessage({ type: 'bench:probe', payload: {} }).catch(() => undefined);
      waits.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  globalThis.__probe = { waits, stop: () => { running = false; } };
})()`;
const STOP_PROBE = `(() => { globalThis.__probe.stop(); return globalThis.__probe.waits; })()`;

export function percentile(values: number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function boardBadged(page: Page): Promise<void> {
  await page.waitForFunction(
    (cell) => {
      const keys = Array.from(document.querySelectorAll(cell)).map((k) => k.textContent?.trim());
      return (
        keys.length > 0 && keys.every((k) => document.querySelector(`scopekeeper-badge[data-source="${k}"]`) !== null)
      );
    },
    JIRA_CARD_KEY,
    { timeout: 60_000 },
  );
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/**
 * The extension service worker's tasks in a Chromium trace: its longest task by thread CPU time
 * (what the worker itself spent; a task's wall time also counts the time the OS gave the core to
 * other processes) and the total.
 */
export function workerTasks(trace: Buffer): {
  longestCpu: number;
  longestWall: number;
  totalCpu: number;
  count: number;
} {
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const threads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'ServiceWorker thread')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  let longestCpu = 0;
  let longestWall = 0;
  let totalCpu = 0;
  let count = 0;
  for (const e of events) {
    if (e.ph !== 'X' || e.name !== 'ThreadControllerImpl::RunTask' || !threads.has(`${e.pid}:${e.tid}`)) continue;
    const cpu = (e.tdur ?? e.dur ?? 0) / 1000;
    totalCpu += cpu;
    count++;
    if (cpu > longestCpu) [longestCpu, longestWall] = [cpu, (e.dur ?? 0) / 1000];
  }
  return { longestCpu, longestWall, totalCpu, count };
}

interface LoadRun {
  settledMs: number;
  /** Probe round trips from an extension page, ms. */
  trips: number[];
  /** The worker's event-loop lag, ms. */
  lag: number[];
  tasks: ReturnType<typeof workerTasks> | null;
  /** The extension process's priority while the tabs loaded. */
  priority: PrioritySamples;
}

/**
 * The 20 tabs opened at once with the probes running, then SPA navigations and a new card batch on
 * every board. With `ours`, until every tab is badged; else (the empty extension, which badges
 * nothing) for `holdMs` after the loads, so both are measured over the same stretch. `cold`: the
 * worker is stopped first (as Chrome stops it after 30 s idle) and the tabs' first messages start
 * it, so its start and the engine's warm-up fall in the load; the probes go in as soon as the new
 * worker runs (its first few ms, the script's evaluation, are not probed). `inView`: the probe page
 * is brought to the front once the tabs are made, so an extension page stays in view (as the side
 * panel does beside Gmail) and the browser keeps the extension's process at normal priority.
 */
async function loadTwentyTabs(
  extensionDir: string | undefined,
  ours: boolean,
  opts: { holdMs?: number; cold?: boolean; inView?: boolean } = {},
): Promise<LoadRun> {
  const session = await launchWithExtension(extensionDir ? { extensionDir } : {});
  try {
    await serveFixtures(session.context, SITE_FIXTURES);
    if (ours) await seedSampleData(session);
    const control = await session.openPage('options.html');
    const worker = session.context.serviceWorkers()[0] ?? session.worker;
    // Stopped first: the tabs' first messages start a new worker (Playwright's worker handle then
    // reaches it), and the probes go in once Chrome reports it running.
    const stopped = opts.cold ? await stopServiceWorker(session, control) : null;
    const startProbes = async () => {
      // Code as strings: the bench runs under tsx, whose helpers do not exist in the browser.
      await worker.evaluate(WORKER_PROBE);
      await control.evaluate(MESSAGE_PROBE);
    };
    if (!stopped) await startProbes();
    // And a trace of the browser's tasks: how long the worker's own tasks ran on its thread.
    const browser = session.context.browser();
    await browser?.startTracing(undefined, { categories: ['toplevel'] });

    const started = Date.now();
    const tabs = await Promise.all(TWENTY_TABS.map(() => session.context.newPage()));
    // In view: the probe page back in front, as the side panel beside the tabs would be.
    if (opts.inView) await control.bringToFront();
    // From here: while the tabs load (making them, the probe page is out of view in every mode).
    const priority = watchExtensionPriority();
    const opening = Promise.all(
      tabs.map(async (page, i) => {
        await page.goto(TWENTY_TABS[i]!);
        return page;
      }),
    );
    if (stopped) {
      await until(
        () => stopped.status() === 'running',
        30_000,
        'The tabs did not start the stopped service worker',
        10,
      );
      await startProbes();
    }
    const pages = await opening;
    const boards = pages.slice(0, 8);
    await Promise.all(
      boards.map(async (board, i) => {
        await board.evaluate((n) => history.pushState({}, '', `${location.pathname}?view=spa${n}`), i);
        await addJiraCard(board, `ACME-9${i}0`);
      }),
    );
    if (ours) {
      await Promise.all([
        ...boards.map(boardBadged),
        ...pages
          .slice(8)
          .map((p) => p.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 60_000 })),
      ]);
    } else {
      await new Promise((r) => setTimeout(r, Math.max(0, (opts.holdMs ?? 0) - (Date.now() - started))));
    }
    const settledMs = Date.now() - started;
    const priorityDuringLoad = priority.stop();
    const lag = (await worker.evaluate(STOP_PROBE)) as number[];
    const trips = (await control.evaluate(STOP_PROBE)) as number[];
    const tasks = browser ? workerTasks(await browser.stopTracing()) : null;
    return { settledMs, trips, lag, tasks, priority: priorityDuringLoad };
  } finally {
    await session.close();
  }
}

/**
 * An extension with nothing but a worker that answers every message at once and an options page
 * to probe it from: what the same 20 tabs cost the machine with no work of ours.
 */
function writeEmptyExtension(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-empty-ext-'));
  writeFileSync(
    path.join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Empty (bench floor)',
      version: '1.0',
      background: { service_worker: 'background.js' },
      options_page: 'options.html',
    }),
  );
  writeFileSync(
    path.join(dir, 'background.js'),
    "chrome.runtime.onMessage.addListener((m, s, reply) => reply({ ok: false, error: 'empty' }));",
  );
  writeFileSync(path.join(dir, 'options.html'), '<!doctype html><title>Empty</title><p>Empty</p>');
  return dir;
}

const ROUNDS = 3;

export async function benchBackground(): Promise<string[]> {
  const out: string[] = [];
  const emptyDir = writeEmptyExtension();
  const worst = { ours: [] as number[], cold: [] as number[], inView: [] as number[], floor: [] as number[] };
  const longest: number[] = [];
  /** With the worker stopped first, its longest task: its start (the script's evaluation). */
  const starts: number[] = [];
  const stats = (waits: number[]) =>
    `p95 ${percentile(waits, 95).toFixed(0)} / max ${Math.max(0, ...waits).toFixed(0)} ms`;
  const tasks = (run: LoadRun) =>
    run.tasks
      ? `; the worker's longest task ${run.tasks.longestCpu.toFixed(0)} ms of its thread's CPU ` +
        `(${run.tasks.longestWall.toFixed(0)} ms wall), ${run.tasks.totalCpu.toFixed(0)} ms CPU over ${run.tasks.count} tasks`
      : '';
  /** One load of ours: the worker's waits, its own tasks, and the priority its process ran at. */
  const measured = (run: LoadRun) =>
    `worker event-loop lag ${stats(run.lag)}; probe round trip ${stats(run.trips)}${tasks(run)}; ` +
    `the extension: ${describePriority(run.priority)}`;
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      const ours = await loadTwentyTabs(undefined, true);
      const cold = await loadTwentyTabs(undefined, true, { cold: true });
      const inView = await loadTwentyTabs(undefined, true, { inView: true });
      const floor = await loadTwentyTabs(emptyDir, false, { holdMs: ours.settledMs });
      worst.ours.push(Math.max(0, ...ours.lag));
      worst.cold.push(Math.max(0, ...cold.lag));
      worst.inView.push(Math.max(0, ...inView.lag));
      worst.floor.push(Math.max(0, ...floor.lag));
      if (ours.tasks) longest.push(ours.tasks.longestCpu);
      if (cold.tasks) starts.push(cold.tasks.longestCpu);
      out.push(
        `round ${round}: all 20 tabs badged in ${ours.settledMs} ms; ${measured(ours)}; ` +
          `the empty extension: worker event-loop lag ${stats(floor.lag)}, probe round trip ${stats(floor.trips)}, ` +
          `${describePriority(floor.priority)}`,
        `round ${round}, worker stopped first: all badged in ${cold.settledMs} ms; ${measured(cold)}`,
        `round ${round}, an extension page in view: all badged in ${inView.settledMs} ms; ${measured(inView)}`,
      );
    }
  } finally {
    rmSync(emptyDir, { recursive: true, force: true });
  }
  const verdict = (ms: number) => `${ms.toFixed(0)} ms (budget ${BUDGET_MS} ms) ${ms <= BUDGET_MS ? 'ok' : 'OVER'}`;
  out.push(
    `message queue wait in the worker (its event-loop lag), worst per round, median of ${ROUNDS}: ` +
      `${verdict(median(worst.ours))}; with the worker stopped first: ${verdict(median(worst.cold))}; ` +
      `with an extension page in view (the side panel open): ${verdict(median(worst.inView))}; ` +
      `the empty extension's under the same 20 tabs: ${median(worst.floor).toFixed(0)} ms`,
    longest.length
      ? `the worker's longest task, median of ${ROUNDS}: ${median(longest).toFixed(0)} ms of CPU ` +
          `(stopped first, its start: ${median(starts).toFixed(0)} ms); ` +
          `a wait longer than that is the machine's other work (${cpus().length} cores shared with 20 tabs), ` +
          `as the empty extension's round trips show`
      : "the worker's own tasks: no trace (this browser cannot trace)",
  );
  return out;
}
