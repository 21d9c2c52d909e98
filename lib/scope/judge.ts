// Judges one ask against the compiled scope: quantity, exclusion, deliverable, or new work.
import { quantityExceeded, type QuantityHit } from './counts';
import type { ItemScore, ScopeModel } from './model';
import type { AskResult, Span, Verdict } from './types';

export const THRESHOLDS = { exclusion: 1.6, deliverable: 1.0, exclusionOverDeliverable: 0.8 };

export interface AskEvidence {
  span: Span;
  kind: 'request' | 'defect' | 'relayed';
  /** The ask's own words (plus list items it introduces), used for counting. */
  /** A contracted quantity the message as a whole goes beyond (computed once per message). */
  quantityHit: QuantityHit | null;
  /** The ask's own words and the subject: 'a new page template' is judged on these only. */
  coreText: string;
  scores: ItemScore[];
  /** Scores on the ask's own words only: an exclusion must be evidenced there, not just nearby. */
  coreScores: ItemScore[];
  coreFeatures: Map<string, number>;
  /** Kinds of work (#concepts) the ask names that no SOW item mentions. */
  novelConcepts: string[];
}

function describe(score: ItemScore): string {
  return score.shared
    .slice(0, 4)
    .map((f) => f.replace(/^#(new-)?/, ''))
    .join(', ');
}

/** A verdict for the ask; confidence clamped to 0.05..0.99 and rounded to two decimals. */
function verdictFor(
  ask: AskEvidence,
  verdict: Verdict,
  scopeRef: string,
  confidence: number,
  matched: AskResult['matched'],
  reason: string,
): AskResult {
  return {
    span: ask.span,
    verdict,
    scopeRef,
    confidence: Math.round(Math.min(0.99, Math.max(0.05, confidence)) * 100) / 100,
    matched,
    reason,
  };
}

// 'Other languages', 'Other shows': the exclusion is about another instance of something the SOW
// contracts, so sharing the thing itself ('site', 'venue') is not enough; the ask must name a new
// member or say it wants another one.
const OTHER_INSTANCE_TITLE = /^\s*(any\s+)?other\b/i;
const ANOTHER = /\b(another|other|others|additional|as well|too|also|second|extra|more|new)\b/i;

function namesAnotherInstance(ask: AskEvidence, exclusion: ItemScore | undefined, coreShared: string[]): boolean {
  if (!exclusion || !OTHER_INSTANCE_TITLE.test(exclusion.item.title)) return true;
  return coreShared.some((f) => f.startsWith('#new-')) || ANOTHER.test(ask.coreText);
}

export function judgeAsk(ask: AskEvidence, model: ScopeModel): AskResult {
  const bestExclusion = ask.scores.find((s) => s.item.kind === 'exclusion');
  const bestDeliverable = ask.scores.find((s) => s.item.kind === 'deliverable');
  const x = bestExclusion?.score ?? 0;
  const d = bestDeliverable?.score ?? 0;
  const exclusionId = bestExclusion?.item.id;
  const coreExclusion = ask.coreScores.find((s) => s.item.id === exclusionId);
  const coreShared = (coreExclusion?.shared ?? []).filter((f) => (model.idf.get(f) ?? 0) >= 0.5);
  const explicitNew = coreShared.some((f) => f.startsWith('#new-'));
  const quantity = ask.quantityHit;
  if (quantity && !explicitNew) {
    return verdictFor(
      ask,
      'out_of_scope',
      'quantity',
      0.75,
      { id: quantity.item.id, kind: 'quantity', text: quantity.item.text },
      `"${quantity.evidence}" goes beyond the ${quantity.item.quantity} contracted in ${quantity.item.id} (${quantity.item.title}).`,
    );
  }
  const defect = ask.kind === 'defect';
  const evidenced =
    coreShared.length > 0 && (coreShared.some((f) => f.startsWith('#')) || (bestExclusion?.shared.length ?? 0) >= 2);
  const exclusionWins =
    !evidenced || !namesAnotherInstance(ask, bestExclusion, coreShared)
      ? false
      : defect
        ? x >= 2 * THRESHOLDS.exclusion && x >= 1.5 * d
        : x >= THRESHOLDS.exclusion && x >= d * THRESHOLDS.exclusionOverDeliverable;
  const unmatched = ask.novelConcepts.filter((c) => !bestExclusion?.shared.includes(c));
  const coreD = ask.coreScores.find((s) => s.item.kind === 'deliverable')?.score ?? 0;
  if (unmatched.length > 0 && !defect && coreD < 2 * THRESHOLDS.deliverable + 3) {
    return verdictFor(
      ask,
      'out_of_scope',
      'new',
      0.55,
      { id: 'new', kind: 'new', text: 'No deliverable in the SOW covers this.' },
      `Asks for ${unmatched.map((c) => c.slice(1)).join(', ')} work, which the SOW never mentions.`,
    );
  }
  if (bestExclusion && exclusionWins) {
    const margin = x / (x + d + 1);
    return verdictFor(
      ask,
      'out_of_scope',
      bestExclusion.item.id,
      0.5 + margin / 2,
      { id: bestExclusion.item.id, kind: 'exclusion', text: bestExclusion.item.text },
      `Matches exclusion ${bestExclusion.item.id} (${bestExclusion.item.title}) on: ${describe(bestExclusion)}.`,
    );
  }
  // The SOW enumerates the contracted platforms, languages or providers; the ask names another one.
  const unitCore = ask.coreScores.length ? ask.coreFeatures : new Map<string, number>();
  const newMember = [...unitCore.keys()].find((f) => model.enumerated.has(f) && (unitCore.get(f) ?? 0) >= 0.6);
  if (newMember && !defect) {
    return verdictFor(
      ask,
      'out_of_scope',
      'new',
      0.6,
      { id: 'new', kind: 'new', text: 'The SOW names the contracted options; this is another one.' },
      `Names a ${newMember.slice(5)} the SOW does not list among its deliverables.`,
    );
  }
  const newOfCounted = quantityExceeded(ask.coreText, model, 'new');
  if (newOfCounted && !defect && ask.coreScores.slice(0, 3).some((s) => s.item.id === newOfCounted.item.id)) {
    return verdictFor(
      ask,
      'out_of_scope',
      'quantity',
      0.6,
      { id: newOfCounted.item.id, kind: 'quantity', text: newOfCounted.item.text },
      `A new item ("${newOfCounted.evidence}") on top of the ${newOfCounted.item.quantity} contracted in ${newOfCounted.item.id} (${newOfCounted.item.title}).`,
    );
  }
  if (bestDeliverable && (d >= THRESHOLDS.deliverable || (ask.kind === 'defect' && d > 0))) {
    const why = ask.kind === 'defect' ? 'A fix to delivered work under' : 'Covered by';
    return verdictFor(
      ask,
      'in_scope',
      bestDeliverable.item.id,
      0.5 + Math.min(0.4, d / 10),
      { id: bestDeliverable.item.id, kind: 'deliverable', text: bestDeliverable.item.text },
      `${why} ${bestDeliverable.item.id} (${bestDeliverable.item.title}), matched on: ${describe(bestDeliverable)}.`,
    );
  }
  return verdictFor(
    ask,
    'out_of_scope',
    'new',
    0.45,
    { id: 'new', kind: 'new', text: 'No deliverable in the SOW covers this.' },
    'Asks for work that no deliverable or exclusion in the SOW mentions.',
  );
}
