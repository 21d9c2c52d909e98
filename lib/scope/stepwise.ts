// A table the engine builds once, on its first use or earlier by the warm-up in steps (warm.ts):
// the service worker hands its thread back between steps, so a message that arrives meanwhile
// waits one step, not the whole build. Both ways share one build: steps taken by the warm-up are
// not taken again when a judgment needs the table before the warm-up is done.

/** Runs `steps` to its end at once; its result (the at-once form of a build or judgment in steps). */
export function runToEnd<T>(steps: Generator<void, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface Stepwise<T> {
  /** The table, built now (the rest of it, if steps were taken) unless built before. */
  get(): T;
  /** Builds the rest of the table, yielding between steps; returns it. */
  steps(): Generator<void, T, undefined>;
}

export function stepwise<T>(build: () => Generator<void, T, undefined>): Stepwise<T> {
  let built: { value: T } | null = null;
  let building: Generator<void, T, undefined> | null = null;
  /** One step of the shared build; true once the table is built. */
  const advance = (): boolean => {
    building ??= build();
    try {
      const step = building.next();
      if (step.done) {
        built = { value: step.value };
        building = null;
      }
    } catch (err) {
      // A build that fails is started afresh by the next caller (who gets the same error, or a table).
      building = null;
      throw err;
    }
    return built !== null;
  };
  return {
    get() {
      while (!built) advance();
      return built.value;
    },
    *steps() {
      while (!built && !advance()) yield;
      return built!.value;
    },
  };
}
