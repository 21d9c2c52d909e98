// Scores classify() against labeled messages: the numbers issue 3 asks for.
import { emptyScope } from './empty';
import { cardInput } from './analyse';
import { classify, type ClassifyOptions } from './classify';
import type { CorpusMessage, CorpusProject } from './corpus';
import type { ScopeResult, Verdict } from './types';

const LABELS: Verdict[] = ['out_of_scope', 'in_scope', 'no_request'];

export interface Prediction {
  message: CorpusMessage;
  result: ScopeResult;
}

export function predictAll(projects: CorpusProject[], messages: CorpusMessage[], opts?: ClassifyOptions): Prediction[] {
  const byId = new Map(projects.map((p) => [p.id, p]));
  return messages.map((message) => ({
    message,
    result: classify(message, byId.get(message.projectId)?.scope ?? emptyScope(), opts),
  }));
}

/** A ticket's title as a board card shows it (cardInput, what listJudge judges). */
export function titleView(message: CorpusMessage): CorpusMessage {
  return { ...message, ...cardInput(message.subject), id: `${message.id}#title` };
}

/** Whether a labelled ticket makes a card to judge: it asks for work and has a title. */
export const isCardTicket = (m: CorpusMessage): boolean =>
  m.channel === 'ticket' && !!m.labels && m.labels.scope !== 'no_request' && m.subject.trim() !== '';

/** Whether a labelled ticket shows as a card with a title: asks and notes alike. */
export const hasCardTitle = (m: CorpusMessage): boolean =>
  m.channel === 'ticket' && !!m.labels && m.subject.trim() !== '';

/** Each labelled ticket's title judged as a board judges a card nobody has opened (workItem). */
export function predictCards(projects: CorpusProject[], messages: CorpusMessage[]): Prediction[] {
  return predictAll(projects, messages.filter(hasCardTitle).map(titleView), { workItem: true });
}

export interface CardReport {
  /** Cards whose ticket is out of scope: how many, judged out, and said "Out of scope" (sure). */
  out: number;
  outJudgedOut: number;
  outSaysOut: number;
  /** Of those, the ones citing new work the SOW never mentions, and how many say Out of scope. */
  outNew: number;
  outNewSaysOut: number;
  /** Cards whose ticket is in scope: how many, said "In scope" (sure), and wrongly "Out of scope". */
  in: number;
  inSaysIn: number;
  inSaysOut: number;
  /** Cards whose ticket asks for nothing (minutes, FYI, a status), and how many read as notes (No ask). */
  notes: number;
  notesSayNote: number;
  /** Cards whose ticket asks for work (in or out of scope) that read as notes: silent cards. */
  asksSayNote: number;
}

/** How board cards fare from their titles alone: a card says Out of scope, In scope, or Check. */
export function evaluateCards(predictions: Prediction[]): CardReport {
  const r: CardReport = {
    out: 0,
    outJudgedOut: 0,
    outSaysOut: 0,
    outNew: 0,
    outNewSaysOut: 0,
    in: 0,
    inSaysIn: 0,
    inSaysOut: 0,
    notes: 0,
    notesSayNote: 0,
    asksSayNote: 0,
  };
  for (const { message, result } of predictions) {
    const gold = message.labels;
    if (!gold) continue;
    const saysNote = result.verdict === 'no_request';
    if (gold.scope === 'no_request') {
      r.notes++;
      if (saysNote) r.notesSayNote++;
      continue;
    }
    if (saysNote) r.asksSayNote++;
    const saysOut = result.verdict === 'out_of_scope' && !result.unsure;
    if (gold.scope === 'out_of_scope') {
      r.out++;
      if (result.verdict === 'out_of_scope') r.outJudgedOut++;
      if (saysOut) r.outSaysOut++;
      if (gold.scopeRef === 'new') {
        r.outNew++;
        if (saysOut) r.outNewSaysOut++;
      }
    } else {
      r.in++;
      if (result.verdict === 'in_scope' && !result.unsure) r.inSaysIn++;
      if (saysOut) r.inSaysOut++;
    }
  }
  return r;
}

export function formatCardReport(r: CardReport): string {
  const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)}%` : '-');
  return (
    `cards (title only): out-of-scope ${r.out}: ${pct(r.outJudgedOut, r.out)} judged out, ${pct(r.outSaysOut, r.out)} say Out of scope` +
    ` (new work ${pct(r.outNewSaysOut, r.outNew)} of ${r.outNew}); in-scope ${r.in}: ${pct(r.inSaysIn, r.in)} say In scope,` +
    ` ${pct(r.inSaysOut, r.in)} say Out of scope; notes ${r.notes}: ${pct(r.notesSayNote, r.notes)} say No ask;` +
    ` asks saying No ask ${pct(r.asksSayNote, r.out + r.in)}`
  );
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
