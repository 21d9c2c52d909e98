import { describe, expect, it } from 'vitest';
import { percentile, workerTasks } from '@/lib/cli/bench-background';
import { describePriority, niceOf } from '@/lib/cli/processPriority';

describe('percentile (bench message waits)', () => {
  it('is the nearest-rank value, 0 for no samples', () => {
    const waits = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(waits, 95)).toBe(95);
    expect(percentile(waits, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });
});

describe('workerTasks (the worker thread in a Chromium trace)', () => {
  const task = (tid: number, dur: number, tdur: number) => ({
    name: 'ThreadControllerImpl::RunTask',
    ph: 'X',
    pid: 1,
    tid,
    dur: dur * 1000,
    tdur: tdur * 1000,
  });
  it("takes the longest task by the thread's CPU time, and only the service worker's tasks", () => {
    const trace = {
      traceEvents: [
        { name: 'thread_name', ph: 'M', pid: 1, tid: 7, args: { name: 'ServiceWorker thread' } },
        { name: 'thread_name', ph: 'M', pid: 1, tid: 8, args: { name: 'CrRendererMain' } },
        task(7, 300, 20), // waited for a core: long in wall time, short on the thread
        task(7, 40, 35),
        task(8, 900, 900), // another thread
        { name: 'FunctionCall', ph: 'X', pid: 1, tid: 7, dur: 500_000, tdur: 500_000 },
      ],
    };
    expect(workerTasks(Buffer.from(JSON.stringify(trace)))).toEqual({
      longestCpu: 35,
      longestWall: 40,
      totalCpu: 55,
      count: 2,
    });
  });
});

describe('the extension process priority (bench context)', () => {
  it("reads the nice value from a /proc stat line, whatever the command's name holds", () => {
    const fields = ['S', ...Array.from({ length: 15 }, (_, i) => String(i + 1)), '5', '9', '0'];
    expect(niceOf(`4242 (chromium) ${fields.join(' ')}`)).toBe(5);
    expect(niceOf(`4242 (odd) name (x)) ${fields.join(' ')}`)).toBe(5);
    expect(niceOf('4242 (chromium) S 1 2')).toBeNull();
  });

  it('says how often the process was backgrounded, or that it could not tell', () => {
    expect(describePriority({ samples: 40, backgrounded: 30, worstNice: 5 })).toBe(
      'its process backgrounded by the browser (nice 5) in 75% of 40 samples',
    );
    expect(describePriority({ samples: 40, backgrounded: 0, worstNice: 0 })).toBe(
      'its process at normal priority in all 40 samples',
    );
    expect(describePriority({ samples: 0, backgrounded: 0, worstNice: null })).toBe('its priority unknown (no /proc)');
  });
});
