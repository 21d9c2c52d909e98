import type { ProjectScope } from './types';

/** A scope with nothing in it: a new project before its SOW is parsed (the engine answers `unknown`). */
export function emptyScope(): ProjectScope {
  return {
    deliverables: [],
    exclusions: [],
    revisionRounds: null,
    budgetHours: null,
    hourlyRate: null,
    currency: null,
    startDate: null,
    endDate: null,
  };
}
