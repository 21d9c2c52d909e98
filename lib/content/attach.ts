// The runtime attached to a window: navigation and DOM watching feed it, changes are logged for it,
// whole-page reads wait for idle time. No extension API here, so the bench runs the same wiring in a
// plain page (lib/cli/bench-content.ts) that the content scripts run (start.ts).
import { ChangeLog } from './changes';
import { watchNavigation } from './navigation';
import { ContentRuntime, type RuntimeDeps } from './runtime';
import type { SiteAdapter } from '@/lib/sites/types';

export interface AttachTimers {
  setInterval(handler: () => void, ms?: number): number;
  setTimeout(handler: () => void, ms?: number): number;
}

export type AttachDeps = Omit<RuntimeDeps, 'win' | 'setTimeout' | 'changes' | 'idle'>;

export interface Attached {
  rt: ContentRuntime;
  /** Starts a pass (collapsed with one already running). */
  run(): void;
  stop(): void;
}

export function attachRuntime(win: Window, timers: AttachTimers, adapters: SiteAdapter[], deps: AttachDeps): Attached {
  const changes = new ChangeLog();
  const rt = new ContentRuntime(adapters, {
    ...deps,
    win,
    setTimeout: (h, ms) => timers.setTimeout(h, ms),
    changes,
    idle: (work) => idle(win, work),
  });
  const run = (): void => void rt.update();
  // The URL poll (where the Navigation API is missing) only backs up the mutation check below (a
  // pushState navigation always changes the DOM too), so once a second is enough.
  const stop = watchNavigation(win, timers, run, run, 1000, (records, neutral) => {
    try {
      changes.record(records, neutral);
      // Only identical copies swapped in: no text changed. Their removals stay in the log, so the
      // next real change checks whether a read element went with them (and then reads again).
      if (neutral.size === records.length) return false;
      return rt.wants();
    } catch {
      return true; // when in doubt, a pass (which is itself wrapped)
    }
  });
  return { rt, run, stop };
}

/** requestIdleCallback where the browser has it; a busy page still gets us within a second. */
function idle(win: Window, work: () => void): void {
  const ric = (win as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number })
    .requestIdleCallback;
  if (typeof ric === 'function') ric.call(win, () => work(), { timeout: 1000 });
  else win.setTimeout(work, 0);
}
