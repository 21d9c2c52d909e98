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
  /** Is this ask about this SOW item (match.ts features)? */
  match: Logistic;
  scope: Logistic;
  /** Out-of-scope asks cite their exclusion when its match is at least this strong, else "new". */
  exclusionMin: number;
  /** Stems common across many projects' messages ("page", "file", "week"), with how much topic
   * they still carry (0..1); any other stem carries 1. */
  common: Record<string, number>;
  /** Verdicts whose probability is within this of 0.5 are shown as Check. */
  unsureMargin: number;
}

/** The trained weights; a file missing a model (an older format) fails loudly, not silently. */
function checked(w: Weights): Weights {
  for (const k of ['ask', 'request', 'match', 'scope'] as const)
    if (!w[k] || typeof w[k].bias !== 'number')
      throw new Error(`weights.json has no "${k}" model: run npm run scope -- train`);
  return w;
}

export const WEIGHTS = checked(raw as unknown as Weights);

/**
 * Whether a stored verdict's confidence (the probability of the verdict given) is close enough to
 * a coin toss that the AM should check it: the rule behind the engine's `unsure` and the Check badge.
 */
export function isUnsure(confidence: number, w: Pick<Weights, 'unsureMargin'> = WEIGHTS): boolean {
  return confidence < 0.5 + w.unsureMargin;
}
