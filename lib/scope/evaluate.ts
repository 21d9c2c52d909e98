// Scores classify() against labeled messages: the numbers issue 3 asks for.
import { emptyScope } from './empty';
import { classify } from './classify';
import type { CorpusMessage, CorpusProject } from './corpus';
import type { ScopeResult, Verdict } from './types';

const LABELS: Verdict[] = ['out_of_scope', 'in_scope', 'no_request'];

export interface Prediction {
  message: CorpusMessage;
  result: ScopeResult;
}

export function predictAll(projects: CorpusProject[], messages: CorpusMessage[]): Prediction[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  return messages.map((message) => ({
    message,
    result: classify(message, byId.get(message.projectId)?.scope ?? emptyScope()),
  }));
}

function f1(tp: number, fp: number, fn: number) {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export interface EvalReport {
  n: number;
  perLabel: Record<string, { precision: number; recall: number; f1: number }>;
  accuracy: number;
  scopeRefAccuracy: number;
  upsell: { precision: number; recall: number; f1: number };
  sentimentAccuracy: number;
  confusion: Record<string, Record<string, number>>;
}

export function evaluate(predictions: Prediction[]): EvalReport {
  const labeled = predictions.filter((p) => p.message.labels);
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of LABELS) confusion[g] = Object.fromEntries([...LABELS, 'unknown'].map((l) => [l, 0]));
  let correct = 0,
    refTotal = 0,
    refCorrect = 0,
    sentCorrect = 0,
    upTp = 0,
    upFp = 0,
    upFn = 0;
  for (const { message, result } of labeled) {
    const gold = message.labels!;
    const row = confusion[gold.scope];
    if (row) row[result.verdict] = (row[result.verdict] ?? 0) + 1;
    if (gold.scope === result.verdict) {
      correct++;
      if (gold.scope !== 'no_request') {
        refTotal++;
        if (gold.scopeRef === result.scopeRef) refCorrect++;
      }
    }
    if (gold.sentiment === result.sentiment.value) sentCorrect++;
    if (gold.upsell && result.upsell.value) upTp++;
    else if (!gold.upsell && result.upsell.value) upFp++;
    else if (gold.upsell && !result.upsell.value) upFn++;
  }
  const perLabel: EvalReport['perLabel'] = {};
  for (const l of LABELS) {
    const tp = confusion[l]?.[l] ?? 0;
    const fn = Object.values(confusion[l] ?? {}).reduce((a, b) => a + b, 0) - tp;
    const fp = LABELS.filter((g) => g !== l).reduce((a, g) => a + (confusion[g]?.[l] ?? 0), 0);
    perLabel[l] = f1(tp, fp, fn);
  }
  const n = labeled.length || 1;
  return {
    n: labeled.length,
    perLabel,
    accuracy: correct / n,
    scopeRefAccuracy: refTotal ? refCorrect / refTotal : 0,
    upsell: f1(upTp, upFp, upFn),
    sentimentAccuracy: sentCorrect / n,
    confusion,
  };
}

export function formatReport(r: EvalReport): string[] {
  const pct = (x: number) => x.toFixed(3);
  const lines = [`messages: ${r.n}`];
  for (const [label, m] of Object.entries(r.perLabel))
    lines.push(`${label.padEnd(13)} P=${pct(m.precision)} R=${pct(m.recall)} F1=${pct(m.f1)}`);
  lines.push(
    `3-class accuracy: ${pct(r.accuracy)}`,
    `scopeRef accuracy (correct verdicts): ${pct(r.scopeRefAccuracy)}`,
  );
  lines.push(
    `upsell P=${pct(r.upsell.precision)} R=${pct(r.upsell.recall)} F1=${pct(r.upsell.f1)}`,
    `sentiment accuracy: ${pct(r.sentimentAccuracy)}`,
  );
  lines.push('confusion (rows gold, cols predicted): ' + [...LABELS, 'unknown'].join(' / '));
  for (const [gold, row] of Object.entries(r.confusion))
    lines.push(
      `  ${gold.padEnd(13)} ${Object.values(row)
        .map((v) => String(v).padStart(4))
        .join('')}`,
    );
  return lines;
}
