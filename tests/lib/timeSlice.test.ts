// @vitest-environment node
// Long loops hand the thread back once the thread's slice is used, through a message channel (no
// timer clamp), with one clock for every loop.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as TimeSlice from '@/lib/timeSlice';

let now = 0;
let timeSlicer: typeof TimeSlice.timeSlicer;
let runSliced: typeof TimeSlice.runSliced;

beforeEach(async () => {
  now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  vi.resetModules();
  ({ timeSlicer, runSliced } = await import('@/lib/timeSlice'));
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Whether `p` settles within a few microtask turns (no task of the queue runs meanwhile). */
async function settlesAtOnce(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

/** Lets the event loop go round until `p` settles (a port's message takes a loop or two in Node). */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  for (let i = 0; i < 20 && !done; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  return done;
}

describe('timeSlicer', () => {
  it('goes on at once while the slice lasts and hands the thread back once it is used', async () => {
    const pause = timeSlicer(3);
    now = 2;
    expect(await settlesAtOnce(pause())).toBe(true);
    now = 4;
    const yielding = pause();
    expect(await settlesAtOnce(yielding)).toBe(false);
    expect(await settled(yielding)).toBe(true);
    // A new slice counts from the turn.
    now = 6;
    expect(await settlesAtOnce(pause())).toBe(true);
  });

  it('counts one slice for every loop on the thread', async () => {
    const first = timeSlicer(3);
    now = 1;
    expect(await settlesAtOnce(first())).toBe(true);
    // A second loop starts in the same task (twenty judgments waiting on one promise resume
    // together): the thread's slice is used at 3 ms whichever loop used it.
    now = 2;
    const second = timeSlicer(3);
    now = 4;
    const b = second();
    expect(await settlesAtOnce(b)).toBe(false);
    expect(await settled(b)).toBe(true);
    // The turn began a slice for both.
    now = 5;
    expect(await settlesAtOnce(first())).toBe(true);
  });

  it('yields without timers (a nested setTimeout waits at least 4 ms)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const pause = timeSlicer(3);
    for (let i = 1; i <= 20; i++) {
      now = i * 4;
      expect(await settled(pause())).toBe(true);
    }
    expect(vi.getTimerCount()).toBe(0);
  });

  it('holds a Node process open while a turn is awaited, and only then', async () => {
    // An unref'd port let a CLI awaiting a turn exit with its work half done.
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const pause = timeSlicer(3);
    now = 4;
    expect(await settled(pause())).toBe(true); // the channel exists now
    const idle = ports();
    now = 8;
    const waiting = pause();
    expect(ports()).toBe(idle + 1);
    expect(await settled(waiting)).toBe(true);
    expect(ports()).toBe(idle);
  });
});

describe('runSliced', () => {
  it("runs a generator's steps to its end, pausing between them, and resolves to what it returns", async () => {
    const done: number[] = [];
    function* steps(): Generator<void, string, undefined> {
      for (let i = 1; i <= 3; i++) {
        done.push(i);
        yield;
      }
      return 'judged';
    }
    let pauses = 0;
    const pause = async () => {
      expect(done.length).toBe(pauses + 1); // each pause comes after the step that yielded
      pauses++;
    };
    expect(await runSliced(steps(), pause)).toBe('judged');
    expect(done).toEqual([1, 2, 3]);
    expect(pauses).toBe(3);
  });

  it('passes on what a step throws', async () => {
    function* steps(): Generator<void, void, undefined> {
      yield;
      throw new Error('step broke');
    }
    await expect(runSliced(steps(), async () => {})).rejects.toThrow('step broke');
  });
});
