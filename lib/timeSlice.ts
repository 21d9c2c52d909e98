// Long loops in short slices. The service worker answers every message on one thread, and an
// extension page paints on one: a loop that calls `pause()` between steps hands the thread back
// once a slice's time is used, so a message, a click or a paint queued behind it waits one slice,
// not the whole loop.

/**
 * Lets every task already queued run first (a macrotask, unlike a resolved promise). Through a
 * message channel where there is one: after five nested timers each `setTimeout(0)` waits at least
 * 4 ms, and a warm-up or a long thread takes hundreds of turns.
 */
function yieldToQueue(): Promise<void> {
  const ports = channel();
  if (!ports) return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    turns.push(resolve);
    ports.receiver.ref?.();
    ports.sender.postMessage(null);
  });
}

/** Node's ports have ref/unref (a listening port keeps the process alive); browsers' have neither. */
type NodePort = MessagePort & { ref?(): void; unref?(): void };

const turns: (() => void)[] = [];
let made: { sender: MessagePort; receiver: NodePort } | null | undefined;

function channel(): { sender: MessagePort; receiver: NodePort } | null {
  if (made !== undefined) return made;
  if (typeof MessageChannel === 'undefined') return (made = null);
  const { port1: receiver, port2: sender } = new MessageChannel() as { port1: NodePort; port2: MessagePort };
  receiver.onmessage = () => {
    turns.shift()?.();
    // In Node (tests, CLIs), the port holds the process open only while a turn is awaited.
    if (!turns.length) receiver.unref?.();
  };
  receiver.unref?.();
  return (made = { sender, receiver });
}

/**
 * A slice short enough that nothing queued behind it is noticeably late, even on a machine whose
 * cores are shared with many busy tabs: the OS runs a thread a few ms at a time, and a task longer
 * than that is set aside until every other busy thread has had its turn (20 tabs loading on two
 * cores turned 10 ms of the worker's work into 300-700 ms of wall time). Measured in the worker's
 * traces under that load: tasks of 0.5-2 ms of CPU took 8-15 ms of wall time, tasks of 3-5 ms took
 * ~95 (set aside mid-task); so 1 ms, not 3 (a turn of the queue costs ~0.05 ms).
 */
const SLICE_MS = 1;

/**
 * When the thread last came back from a turn of the queue. Shared by every loop: loops waiting on
 * one promise (twenty judgments waiting for the engine's warm-up, or for one database read) all
 * resume in the same task, and a slice each would make that one task twenty slices long.
 */
let sliceStart = performance.now();

/**
 * `pause()` resolves at once while the thread's slice lasts, and yields to the queue once `ms` of
 * work has run since the thread's last turn. Call it between steps of a long loop. The first call
 * in a new task may yield at once (the clock counts from the last turn taken): a turn costs a
 * fraction of a ms.
 */
export function timeSlicer(ms = SLICE_MS): () => Promise<void> {
  return async () => {
    if (performance.now() - sliceStart < ms) return;
    await yieldToQueue();
    sliceStart = performance.now();
  };
}

/**
 * Runs `steps` (a generator that yields between steps) to its end, the queue getting a turn once
 * a slice of them has run; resolves to what it returns.
 */
export async function runSliced<T>(steps: Generator<void, T, undefined>, pause = timeSlicer()): Promise<T> {
  for (let step = steps.next(); ; step = steps.next()) {
    if (step.done) return step.value;
    await pause();
  }
}
