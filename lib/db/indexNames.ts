// The names of the indexes the readers ask for, in their own module: migrations.ts creates them,
// packs.ts computes the packed stores' entries for them, and both import this without a cycle.

/** v3: a project's records in updatedAt order, so a project list needs no sort and a limited one reads only its page. */
export const BY_PROJECT_INDEX = 'projectUpdated';
/**
 * v4: a project's corrected requests only, oldest correction first. A request without a correction
 * (or without a project) has no value at `correction.at`, so it is left out of the index: judging a
 * page reads the project's corrections, not its every ask, and the index follows every write.
 */
export const CORRECTED_INDEX = 'projectCorrected';
/** v6: feedback newest-created per client and per project (the Home tab's last word from each client). */
export const CLIENT_CREATED_INDEX = 'clientCreated';
export const PROJECT_CREATED_INDEX = 'projectCreated';
/** v6: change orders by status (the money pending on sent ones, without reading the rest). */
export const STATUS_INDEX = 'status';
/** v6: a project's absorbed requests only (like CORRECTED_INDEX: the rest have no `absorbed.at`). */
export const ABSORBED_INDEX = 'projectAbsorbed';
