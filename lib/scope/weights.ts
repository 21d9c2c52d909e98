// The engine's learned weights (weights.json, written by `npm run scope -- train`). Small logistic
// models: is this unit an ask; does this message ask for anything; is this ask about this SOW item;
// is this message, and each of its asks, outside the SOW. Plus what training decided about words
// too common to tell projects apart.
import { weightsFile } from './tables';
import type { Logistic } from './learn/logistic';

/**
 * The shape of weights.json; a file of another version fails loudly (retrain). The trainer loads
 * the engine too, so after raising the version, give the old file the new version and any new
 * model as { "bias": 0, "w": {} } by hand, then train.
 */
export const WEIGHTS_VERSION = 3;

export interface Weights {
  /** WEIGHTS_VERSION when written. 3: scopeAsk, and the request and scope models read the message's words. */
  version: number;
  trainedAt: string;
  trainedOn: string[];
  ask: Logistic;
  request: Logistic;
  /** Is this ask about this SOW item (match.ts features)? */
  match: Logistic;
  /** Is this message outside the SOW: every ask's evidence at once, and the message's words. */
  scope: Logistic;
  /** Is this one ask outside the SOW (trained as a noisy-OR over each message's asks). */
  scopeAsk: Logistic;
  /** Is this board card a note rather than work (card-note.ts)? Empty: the hand markers decide. */
  cardNote: Logistic;
  /** Out-of-scope asks cite their exclusion when its match is at least this strong, else "new". */
  exclusionMin: number;
  /** Stems common across many projects' messages ("page", "file", "week"), with how much topic
   * they still carry (0..1); any other stem carries 1. */
  common: Record<string, number>;
  /** Verdicts whose probability is within this of 0.5 are shown as Check. */
  unsureMargin: number;
}

/** The trained weights; a file of another version or missing a model fails loudly, not silently. */
export function checkWeights(w: Weights): Weights {
  if (w.version !== WEIGHTS_VERSION)
    throw new Error(
      `weights.json is version ${w.version}, the engine reads ${WEIGHTS_VERSION}: run npm run scope -- train`,
    );
  for (const k of ['ask', 'request', 'match', 'scope', 'scopeAsk', 'cardNote'] as const)
    if (!w[k] || typeof w[k].bias !== 'number')
      throw new Error(`weights.json has no "${k}" model: run npm run scope -- train`);
  return w;
}

let checked: Weights | null = null;
/** The trained weights (weights.json), parsed and checked on the first call. */
export function weights(): Weights {
  return (checked ??= checkWeights(weightsFile() as Weights));
}

/**
 * Whether a stored verdict's confidence (the probability of the verdict given) is close enough to
 * a coin toss that the AM should check it: the rule behind the engine's `unsure` and the Check badge.
 */
export function isUnsure(confidence: number, w: Pick<Weights, 'unsureMargin'> = weights()): boolean {
  return confidence < 0.5 + w.unsureMargin;
}
