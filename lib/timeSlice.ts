// Long loops in short slices. The service worker answers every message on one thread, and an
// extension page paints on one: a loop that calls `pause()` between steps hands the thread back
// once a slice's time is used, so a message, a click or a paint queued behind it waits one slice,
// not the whole loop.

/** Lets every task already queued run first (a macrotask, unlike a resolved promise). */
function yieldToQueue(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice short enough that nothing queued behind it is noticeably late. */
const SLICE_MS = 20;

/**
 * `pause()` resolves at once while the slice lasts, and yields to the queue once `ms` of work has
 * run since the last yield. Call it between steps of a long loop.
 */
export function timeSlicer(ms = SLICE_MS): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < ms) return;
    await yieldToQueue();
    since = performance.now();
  };
}
