// The engine's learned weights (weights.json, written by `npm run scope -- train`). Three small
// logistic models: is this unit an ask; does this message ask for anything; is this ask outside
// the SOW. Plus what training decided about words too common to tell projects apart.
import raw from './weights.json';
import type { Logistic } from './learn/logistic';

export interface Weights {
  version: number;
  trainedAt: string;
  trainedOn: string[];
  ask: Logistic;
  request: Logistic;
  scope: Logistic;
  /** Out-of-scope asks cite their exclusion when its match is at least this strong, else "new". */
  exclusionMin: number;
  /** Stems common across many projects' messages ("page", "file", "week"), with how much topic
   * they still carry (0..1); any other stem carries 1. */
  common: Record<string, number>;
  /** Verdicts whose probability is within this of 0.5 are shown as Check. */
  unsureMargin: number;
}

export const WEIGHTS = raw as Weights;
