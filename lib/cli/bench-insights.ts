// Overview budget check: 10,000 stored records aggregated in under 100 ms.
// Run: npx tsx lib/cli/bench-insights.ts
import { computeOverviews } from '@/lib/insights/overview';
import { clientResponsiveness } from '@/lib/insights/responsiveness';
import { seedOverviewInput } from '@/lib/cli/benchSeed';
import { median } from '@/lib/insights/stats';

const RECORDS = 10_000;
const RUNS = 15;
const BUDGET_MS = 100;

function time(fn: () => unknown): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** CPU time of this process: on a busy shared machine wall time also counts other jobs. */
function cpuTime(fn: () => unknown): number {
  const t0 = process.cpuUsage();
  fn();
  const d = process.cpuUsage(t0);
  return (d.user + d.system) / 1000;
}

export function benchInsights(records = RECORDS, runs = RUNS): string[] {
  const input = seedOverviewInput(records);
  time(() => computeOverviews(input)); // warm-up: the first run pays for JIT compilation
  const overview = Array.from({ length: runs }, () => time(() => computeOverviews(input)));
  const responsiveness = Array.from({ length: runs }, () =>
    time(() => clientResponsiveness(input.waits, { now: input.now, includeManual: true })),
  );
  const cpu = Array.from({ length: runs }, () => cpuTime(() => computeOverviews(input)));
  const ms = median(overview) ?? Number.NaN;
  return [
    `insights overview: ${records} records, ${input.projects.length} projects, median of ${runs} runs: ${ms.toFixed(2)} ms (budget ${BUDGET_MS} ms) ${ms < BUDGET_MS ? 'OK' : 'OVER BUDGET'}`,
    `insights overview CPU time: median ${(median(cpu) ?? Number.NaN).toFixed(2)} ms`,
    `insights responsiveness: ${input.waits.length} waits, median ${(median(responsiveness) ?? Number.NaN).toFixed(2)} ms`,
  ];
}

// Run directly (not when imported by a test or another CLI).
if (process.argv[1] && /bench-insights\.ts$/.test(process.argv[1])) {
  for (const line of benchInsights()) console.log(line);
}
