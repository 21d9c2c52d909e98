// A table built once, in steps or at once (lib/scope/stepwise.ts): both ways share one build.
import { describe, expect, it } from 'vitest';
import { stepwise } from '@/lib/scope/stepwise';

/** A build of `n` steps that counts its starts and steps. */
function counted(n: number) {
  const seen = { starts: 0, steps: 0 };
  const table = stepwise(function* () {
    seen.starts++;
    for (let i = 0; i < n; i++) {
      seen.steps++;
      yield;
    }
    return { n };
  });
  return { seen, table };
}

describe('stepwise', () => {
  it('builds in steps, then gives the same table without building again', () => {
    const { seen, table } = counted(3);
    const steps = table.steps();
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(yields).toBe(3);
    expect(table.get()).toEqual({ n: 3 });
    expect(table.get()).toBe(table.get());
    expect([...table.steps()]).toHaveLength(0);
    expect(seen).toEqual({ starts: 1, steps: 3 });
  });

  it('finishes a build the steps started when the table is needed at once', () => {
    const { seen, table } = counted(4);
    const steps = table.steps();
    steps.next();
    steps.next();
    const built = table.get();
    expect(seen).toEqual({ starts: 1, steps: 4 });
    // The warm-up's steps, resumed, find the table built.
    expect(steps.next()).toEqual({ done: true, value: built });
  });

  it('starts afresh after a build that failed, and reports the failure', () => {
    let fail = true;
    const table = stepwise(function* () {
      yield;
      if (fail) throw new Error('bad file');
      return 'ok';
    });
    expect(() => table.get()).toThrow('bad file');
    fail = false;
    expect(table.get()).toBe('ok');
  });
});
