// One judgment of a source at a time. Judging a thread or ticket reads its stored asks, judges and
// writes them back, then remembers its verdict; so does a correction. Four tabs of one ticket read
// at the same moment, or a correction landing while the page is re-judged, would otherwise
// interleave: asks stored twice under fresh ids, a correction overwritten by a judgment that never
// saw it, an older verdict remembered last. Work on different sources still runs side by side.
const queues = new Map<string, Promise<void>>();

/** Runs `work` after every earlier call for `sourceId` has settled; its result or error is passed on. */
export function oneAtATime<T>(sourceId: string, work: () => Promise<T>): Promise<T> {
  const before = queues.get(sourceId) ?? Promise.resolve();
  const run = before.then(work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(sourceId, settled);
  void settled.then(() => {
    if (queues.get(sourceId) === settled) queues.delete(sourceId);
  });
  return run;
}
