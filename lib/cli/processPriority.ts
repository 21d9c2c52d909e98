// The priority the browser gives the extension's process while the twenty tabs load (Linux: its
// nice value, from /proc). Chrome backgrounds a renderer process with no visible page, and the
// extension's process hosts the service worker: with no extension page in view (the bench's probe
// page is a background tab once the twenty open) it ran at nice 5, about a third of a foreground
// process's share of a core, which stretched the worker's 4-8 ms tasks to 30-1,400 ms of wall time.
// The bench reports it beside the waits, which it explains.
import { readdirSync, readFileSync } from 'node:fs';

/** The nice value in a /proc/<pid>/stat line (its 19th field; the command name may hold spaces). */
export function niceOf(stat: string): number | null {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const nice = Number(fields[16]);
  return fields.length > 16 && Number.isInteger(nice) ? nice : null;
}

/** The pids of the browser's extension processes; none where there is no /proc. */
function findExtensionPids(): string[] {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  return pids.filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--extension-process');
    } catch {
      return false; // The process ended between the listing and the read.
    }
  });
}

/** The nice value of each of `pids`; null when there are none or one has ended. */
function niceOfPids(pids: string[]): number[] | null {
  if (!pids.length) return null;
  try {
    const nice = pids.map((pid) => niceOf(readFileSync(`/proc/${pid}/stat`, 'utf8')));
    return nice.every((n): n is number => n !== null) ? nice : null;
  } catch {
    return null;
  }
}

export interface PrioritySamples {
  samples: number;
  /** Samples with the extension's process below normal priority. */
  backgrounded: number;
  /** The highest nice seen (the lowest priority); null with no samples. */
  worstNice: number | null;
}

/** Samples the extension process's priority every `everyMs` until `stop()`. */
export function watchExtensionPriority(everyMs = 100): { stop(): PrioritySamples } {
  const seen: PrioritySamples = { samples: 0, backgrounded: 0, worstNice: null };
  // Found once and looked for again only when one ended: listing /proc and reading every
  // process's command line each sample was CPU taken from the load being measured.
  let pids: string[] = [];
  const sample = () => {
    let nice = niceOfPids(pids);
    if (!nice) nice = niceOfPids((pids = findExtensionPids()));
    if (!nice) return;
    const worst = Math.max(...nice);
    seen.samples++;
    if (worst > 0) seen.backgrounded++;
    seen.worstNice = Math.max(seen.worstNice ?? worst, worst);
  };
  const timer = setInterval(sample, everyMs);
  // A bench that fails mid-load never calls stop(): the timer must not hold the process open.
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      return seen;
    },
  };
}

/** "backgrounded (nice 5) in 87% of 92 samples", or why there is no figure. */
export function describePriority(p: PrioritySamples): string {
  if (!p.samples) return 'its priority unknown (no /proc)';
  const share = Math.round((100 * p.backgrounded) / p.samples);
  return p.backgrounded
    ? `its process backgrounded by the browser (nice ${p.worstNice}) in ${share}% of ${p.samples} samples`
    : `its process at normal priority in all ${p.samples} samples`;
}
