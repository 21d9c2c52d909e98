// The engine's entry point: read the message -> score each unit as an ask -> does the message ask
// for work at all -> weigh each ask's evidence against the SOW -> verdict, the SOW item behind
// it, and the reason. The weights are learned (weights.json); the reasons name the evidence.
import { analyse, requestFeatures, type AnalysedUnit, type MessageAnalysis } from './analyse';
import type { Features } from './ask-features';
import { applyCorrections } from './corrections';
import { quantityExceeded, revisionRound, type MessageCounts, type QuantityHit } from './counts';
import { applyMatcher, EV, gatherEvidence, type Evidence } from './evidence';
import { topicOf, type Specificity, type Topic } from './topic';
import {
  askOutLogit,
  oneAskLogit,
  POOLED_SHARE,
  REQUEST_WORDS,
  SCOPE_MESSAGE_WORDS,
  scopeFeatures,
  type WeighedEvidence,
} from './scope-features';
import { conceptLabel, describeMatch, describeScored, EVIDENCE_PHRASES, strongestEvidence } from './explain';
import { logit, logitOfNames, logitWithWords, sigmoid, weightsOf, type Logistic } from './learn/logistic';
import { lexicalSum, lexiconOf, messageLexicalSum, type LexicalWords } from './lexicon';
import { indexScope, indexScopeSteps, type ScopeIndex } from './scope-index';
import { runToEnd, stepwise, type Stepwise } from './stepwise';
import type { Unit } from './sentences';
import { detectSignals, detectSignalsGlossed } from './signals';
import { glossUnit } from './languages';
import type { AskResult, Correction, MessageInput, ProjectScope, ScopeResult } from './types';
import { isUnsure, weights, type Weights } from './weights';
import { isNoteCard } from './card-note';

const MAX_ASKS = 8; // a pasted document can hold hundreds of 'asks'; the surest few decide
/** Units at least this likely to be asks (logit of p = 0.3) are weighed; the weight is the probability. */
const CANDIDATE_LOGIT = -0.85;

/** Each scope's index, built once per scope object: at once, or in steps by a judgment in steps. */
const indexBuilds = new WeakMap<object, Stepwise<ScopeIndex>>();
function indexBuild(scope: ProjectScope): Stepwise<ScopeIndex> {
  let build = indexBuilds.get(scope);
  if (!build) indexBuilds.set(scope, (build = stepwise(() => indexScopeSteps(scope))));
  return build;
}

export function scopeIndexFor(scope: ProjectScope): ScopeIndex {
  if (!scope || typeof scope !== 'object') return indexScope(null);
  return indexBuild(scope).get();
}

/** scopeIndexFor in steps: a scope read for the first time is indexed one SOW item per step. */
export function* scopeIndexSteps(scope: ProjectScope): Generator<void, ScopeIndex, undefined> {
  if (!scope || typeof scope !== 'object') return indexScope(null);
  return yield* indexBuild(scope).steps();
}

const specificityCache = new WeakMap<Weights, Specificity>();
function specificityOf(w: Weights): Specificity {
  let map = specificityCache.get(w);
  if (!map) specificityCache.set(w, (map = new Map(Object.entries(w.common))));
  return map;
}

export interface ClassifyOptions {
  corrections?: Correction[];
  weights?: Weights;
  /**
   * The text names a piece of work (a board card's title): judge its scope unless it is plainly a
   * note (FYI, minutes, a status question, something done or shared), even where the request
   * model, trained on messages, would call it "no request".
   */
  workItem?: boolean;
}

function emptyResult(cleanedText: string, verdict: ScopeResult['verdict'], reason: string): ScopeResult {
  return {
    verdict,
    scopeRef: null,
    confidence: 0,
    unsure: verdict === 'unknown',
    asks: [],
    upsell: { value: false, evidence: null },
    sentiment: { value: 'neutral', evidence: null },
    cleanedText,
    reason,
  };
}

export function classify(msg: MessageInput, scope: ProjectScope, opts?: ClassifyOptions): ScopeResult {
  return runToEnd(classifySteps(msg, scope, opts));
}

/**
 * `classify` in steps: it pauses (yields) between the stages of a judgment and between its asks,
 * each a few ms at most once the engine's code has run a few times, where a whole judgment is up
 * to 10-20 ms on the code's first runs. The service worker runs the steps in time slices
 * (engineMemo), so a tab's message queued behind a judgment waits one step, not all of it.
 * Returns the same result as `classify`, which runs the steps without pausing.
 */
export function* classifySteps(
  msg: MessageInput,
  scope: ProjectScope,
  opts?: ClassifyOptions,
): Generator<void, ScopeResult, undefined> {
  try {
    return yield* classifyUnsafe(
      msg,
      scope,
      opts?.corrections ?? [],
      opts?.weights ?? weights(),
      opts?.workItem ?? false,
    );
  } catch {
    return emptyResult('', 'unknown', 'The message could not be read.');
  }
}

/** The ask score (logit) of one unit: logitWithWords(w.ask, u.form, u.words), without building either. */
export function askLogit(u: AnalysedUnit, w: Weights, lexicon = lexiconOf(w.ask), weights = weightsOf(w.ask)): number {
  return lexicalSum(logitOfNames(w.ask, u.formNames, weights), u.lexWords, lexicon);
}

// The per-message lists below are built and read with plain loops, not map/filter/reduce chains:
// V8 inlines those builtins for the array shapes it has seen, and in the engine's top function
// each shape it had not yet met cost a deoptimisation and a recompile of the whole function
// (a dozen of them, one every ten or so passes over a corpus, before the code settled).

/** Ask scores of every unit; the request probability of the message (its ask scores and its words). */
export function scoreAsks(a: MessageAnalysis, w: Weights): { logits: number[]; request: number } {
  const logits: number[] = [];
  // The model's compiled lexicon and weights, once per message rather than per unit.
  const lexicon = lexiconOf(w.ask);
  const weights = weightsOf(w.ask);
  for (const u of a.units) logits.push(askLogit(u, w, lexicon, weights));
  const z = logit(w.request, requestFeatures(a, logits));
  return { logits, request: sigmoid(messageLexicalSum(z, a.units, lexiconOf(w.request, REQUEST_WORDS))) };
}

/** The units judged as asks: every unit that may be one, else the strongest (the message asks something). */
export function candidateAsks(a: MessageAnalysis, logits: number[]): number[] {
  const picked: number[] = [];
  for (let i = 0; i < logits.length; i++) if (logits[i]! > CANDIDATE_LOGIT) picked.push(i);
  if (picked.length > MAX_ASKS)
    return picked
      .sort((x, y) => logits[y]! - logits[x]!)
      .slice(0, MAX_ASKS)
      .sort((x, y) => x - y);
  if (picked.length) return picked;
  if (!a.units.length) return [];
  return [argMax(logits)];
}

/** The index of the largest value, the first on a tie (0 for an empty list). */
function argMax(values: readonly number[]): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

/** The units around the asks: the message's units that are not among `asks` (indexes, ascending). */
export function contextUnits(a: MessageAnalysis, asks: readonly number[]): AnalysedUnit[] {
  const out: AnalysedUnit[] = [];
  let k = 0;
  for (let i = 0; i < a.units.length; i++) {
    while (k < asks.length && asks[k]! < i) k++;
    if (k < asks.length && asks[k] === i) continue;
    out.push(a.units[i]!);
  }
  return out;
}

/**
 * Per message and scope, computed once for all its asks: unit topics, the round, the subject's
 * quantity, the message's counts (only where the SOW counts something to hold them against).
 */
interface MessageMemo {
  index: ScopeIndex;
  topics: (Topic | undefined)[];
  round: number | null;
  subjectQuantity: QuantityHit | null;
  counts: MessageCounts | null;
}
/** Whether the SOW contracts a quantity a message's counts can go beyond (countAgainst reads 2 and up). */
function holdsCounts(index: ScopeIndex): boolean {
  for (const item of index.items)
    if (item.kind === 'deliverable' && item.quantity !== null && item.quantity >= 2) return true;
  return false;
}

function newMemo(a: MessageAnalysis, index: ScopeIndex, spec: Specificity): MessageMemo {
  const own = `${a.readSubject}\n${a.readOwn}`;
  const m: MessageMemo = {
    index,
    topics: [],
    round: revisionRound(own),
    subjectQuantity: null,
    counts: holdsCounts(index) ? { text: own, facts: null } : null,
  };
  // The subject is unit 0: its tokens, read for its topic anyway (it is every ask's context),
  // serve the quantity check too.
  if (a.subject) {
    const tokens = index.counted.length ? topicAt(a, m, 0, spec).tokens : undefined;
    m.subjectQuantity = quantityExceeded(a.readSubject, index, 'numeric', tokens);
  }
  return m;
}

// For callers that ask for one unit's evidence at a time (training): the memo kept per message.
const memos = new WeakMap<MessageAnalysis, MessageMemo>();
function memoOf(a: MessageAnalysis, index: ScopeIndex, spec: Specificity): MessageMemo {
  let m = memos.get(a);
  if (!m || m.index !== index) memos.set(a, (m = newMemo(a, index, spec)));
  return m;
}

function topicAt(a: MessageAnalysis, m: MessageMemo, i: number, spec: Specificity): Topic {
  return (m.topics[i] ??= topicOf(a.units[i]!.read, spec));
}

export function evidenceFor(a: MessageAnalysis, i: number, index: ScopeIndex, w: Weights, askLogit: number): Evidence {
  return evidenceWith(a, memoOf(a, index, specificityOf(w)), i, w, askLogit);
}

function evidenceWith(a: MessageAnalysis, m: MessageMemo, i: number, w: Weights, askLogit: number): Evidence {
  const spec = specificityOf(w);
  const u = a.units[i]!;
  const context: Topic[] = [];
  for (const k of u.context) context.push(topicAt(a, m, k, spec));
  const ev = gatherEvidence(
    {
      unit: topicAt(a, m, i, spec),
      unitText: u.read,
      cues: u.cues,
      context,
      ticket: a.ticket,
      titleOnly: a.titleOnly,
      round: m.round,
      subjectQuantity: m.subjectQuantity,
      counts: m.counts,
    },
    m.index,
    spec,
  );
  applyMatcher(ev, w.match);
  ev.features.setAt(EV.s_askStrength, Math.max(-6, Math.min(6, askLogit)) / 6);
  return ev;
}

/**
 * P(out of scope) for the weighed asks of a message (or one ask on its own); `context`, the units
 * around the asks, when what the sender says there counts too ("I know we've used both rounds").
 * Two views, their logits averaged: the scope model weighs every ask's evidence at once (each
 * signal at its strongest) and the context's words; the ask model judges each ask alone, and the
 * message is out if any ask is (noisy-OR). `askOuts`: each ask's askOutLogit, where already known.
 */
export function outProbability(
  asks: WeighedEvidence[],
  w: Weights,
  context?: readonly AnalysedUnit[],
  askOuts?: readonly number[],
): number {
  const one = asks.length === 1 ? oneAskLogit(asks[0]!, w.scope) : null;
  let pooled: number;
  if (one !== null) pooled = one;
  else {
    const input = scopeFeatures(asks, w.scope);
    pooled = logitWithWords(w.scope, input.f, input.words);
  }
  if (context) pooled = messageLexicalSum(pooled, context, lexiconOf(w.scope, SCOPE_MESSAGE_WORDS));
  let q = 1;
  for (let k = 0; k < asks.length; k++) q *= 1 - sigmoid(askOuts ? askOuts[k]! : askOutLogit(asks[k]!, w.scopeAsk));
  const p = Math.min(Math.max(1 - q, 1e-9), 1 - 1e-9);
  return sigmoid(POOLED_SHARE * pooled + (1 - POOLED_SHARE) * Math.log(p / (1 - p)));
}

/**
 * The two models' weights, blended as outProbability blends their logits, for the features the
 * reason can name: for an ask judged alone each feature moves the verdict by exactly this much.
 */
const reasonModels = new WeakMap<Weights, Logistic>();
function reasonModel(w: Weights): Logistic {
  let model = reasonModels.get(w);
  if (!model) {
    const blended: Record<string, number> = {};
    for (const k of Object.keys(EVIDENCE_PHRASES)) {
      const v = POOLED_SHARE * (w.scope.w[k] ?? 0) + (1 - POOLED_SHARE) * (w.scopeAsk.w[k] ?? 0);
      if (v) blended[k] = v;
    }
    reasonModels.set(w, (model = { bias: 0, w: blended }));
  }
  return model;
}

/**
 * One ask's result. Every verdict's result is this one literal, keys in this order (the order the
 * JSON shows): objects of one shape, where spreading a base object per verdict made several.
 */
function askResult(
  u: AnalysedUnit,
  confidence: number,
  unsure: boolean,
  verdict: AskResult['verdict'],
  scopeRef: AskResult['scopeRef'],
  matched: AskResult['matched'],
  reason: string,
): AskResult {
  const source = u.isTitle ? ('subject' as const) : ('body' as const);
  return { span: u.span, source, confidence, unsure, verdict, scopeRef, matched, reason };
}

function judgeAsk(
  u: AnalysedUnit,
  ev: Evidence,
  features: Features,
  index: ScopeIndex,
  w: Weights,
  pOut: number,
  forceOut = false,
): AskResult {
  const out = pOut >= 0.5 || forceOut;
  const confidence = Math.round((out ? Math.max(pOut, 0.5) : 1 - pOut) * 100) / 100;
  const unsure = isUnsure(out ? pOut : 1 - pOut, w);
  if (out) {
    const rounds = index.revisionRounds;
    if (ev.round !== null && rounds !== null && ev.round > rounds) {
      const matched = { id: 'revisions', kind: 'revisions' as const, text: `${rounds} revision round(s) contracted` };
      const reason = `Round ${ev.round} of changes exceeds the ${rounds} contracted revision round(s).`;
      return askResult(u, 0.9, false, 'out_of_scope', 'revisions', matched, reason);
    }
  }
  const why = strongestEvidence(reasonModel(w), features, out);
  const because = why.length ? ` Strongest evidence: ${why.join('; ')}.` : '';
  if (out) {
    const q = ev.quantity ?? ev.countOver;
    if (q) {
      const matched = { id: q.item.id, kind: 'quantity' as const, text: q.item.text };
      const reason = `"${q.evidence}" goes beyond the ${q.item.quantity} contracted in ${q.item.id} (${q.item.title}).${because}`;
      return askResult(u, confidence, unsure, 'out_of_scope', 'quantity', matched, reason);
    }
    // The exclusion it names, or the exclusion whose class holds the language, market or platform
    // it asks for ("German" under "versions in languages other than English").
    const excluded =
      ev.exclusion && (ev.features.getAt(EV.s_x) ?? 0) >= w.exclusionMin
        ? ev.exclusion
        : (ev.pairs.find((p) => p.scored.item.kind === 'exclusion' && p.scored.shared.some((s) => s.endsWith('^')))
            ?.scored ?? null);
    if (excluded) {
      const matched = { id: excluded.item.id, kind: 'exclusion' as const, text: excluded.item.text };
      const reason = `Matches exclusion ${describeScored(excluded)}.${because}`;
      return askResult(u, confidence, unsure, 'out_of_scope', excluded.item.id, matched, reason);
    }
    const named = [...new Set([...ev.newMembers, ...ev.novel].map(conceptLabel))].slice(0, 3);
    const matched = { id: 'new', kind: 'new' as const, text: 'No deliverable in the SOW covers this.' };
    const reason = named.length
      ? `Asks for ${named.join(', ')}, which the SOW never mentions.${because}`
      : `No deliverable in the SOW covers this${ev.deliverable ? ` (closest: ${describeMatch(ev, 'deliverable')})` : ''}.${because}`;
    return askResult(u, confidence, unsure, 'out_of_scope', 'new', matched, reason);
  }
  const d = ev.deliverable ?? null;
  const fallback = index.items.find((i) => i.kind === 'deliverable');
  const item = d?.item ?? fallback;
  const defect = (ev.features.getAt(EV.s_defect) ?? 0) > 0;
  const matched = item ? { id: item.id, kind: 'deliverable' as const, text: item.text } : null;
  const reason = d
    ? `${defect ? 'A fix to delivered work under' : 'Covered by'} ${describeMatch(ev, 'deliverable')}.${because}`
    : `No deliverable names this; it reads as routine work on the contracted deliverables, so check it.${because}`;
  // In scope with no deliverable named is a lean, not a finding (no clause to show for it): Check.
  return askResult(u, confidence, unsure || !d, 'in_scope', item?.id ?? null, matched, reason);
}

/** An ask weighed for the message's verdict, with its unit. */
interface Candidate {
  unit: AnalysedUnit;
  ev: Evidence;
  /** Probability that the unit is an ask. */
  weight: number;
  lexWords: LexicalWords;
}

/** The message's candidate asks, each judged, and which of them are doubtful (less likely an ask than not). */
interface JudgedAsks {
  asks: AskResult[];
  doubtful: boolean[];
}

/** The message's candidate asks, each weighed against the SOW and judged. */
function* judgeAsks(
  a: MessageAnalysis,
  index: ScopeIndex,
  logits: number[],
  w: Weights,
  asWork: boolean,
): Generator<void, JudgedAsks, undefined> {
  const memo = newMemo(a, index, specificityOf(w));
  const candidates: Candidate[] = [];
  // Each ask's logit by the ask model, which reads neither its weight nor the other asks: once for
  // the message's verdict and the ask's own.
  const askOuts: number[] = [];
  const picked = candidateAsks(a, logits);
  for (const i of picked) {
    const unit = a.units[i]!;
    const z = logits[i] ?? 0;
    // A work item's title is the ask, however little it looks like one.
    const weight = asWork && unit.isTitle ? Math.max(0.9, sigmoid(z)) : sigmoid(z);
    const c: Candidate = { unit, ev: evidenceWith(a, memo, i, w, z), weight, lexWords: unit.lexWords };
    candidates.push(c);
    askOuts.push(askOutLogit(c, w.scopeAsk));
    yield; // each ask's evidence (its topic, the SOW items it shares words with) is the engine's largest step
  }
  // The message's verdict weighs every ask's evidence at once; each ask then gets its own.
  const pMessage = outProbability(candidates, w, contextUnits(a, picked), askOuts);
  // In an out-of-scope message each ask is judged on its own, and at least one (the strongest case)
  // is out; in an in-scope message every ask is in, as sure as the message is.
  // A revision round beyond the contracted ones, stated in the message, is out of scope by
  // definition (the labels' rule; 38 of 39 such messages in the training sets): no model overrules it.
  const rounds = index.revisionRounds;
  let roundOver = false;
  for (const c of candidates) if (rounds !== null && c.ev.round !== null && c.ev.round > rounds) roundOver = true;
  const isOut = pMessage >= 0.5 || roundOver;
  // Each ask's evidence on its own (weight 1): the reason's features, and its own verdict when
  // the message is out of scope and has several asks.
  const judgedAlone = isOut && candidates.length > 1;
  const alone: number[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    alone.push(
      judgedAlone
        ? outProbability([{ ev: c.ev, weight: 1, lexWords: c.lexWords }], w, undefined, [askOuts[k]!])
        : pMessage,
    );
  }
  const strongest = argMax(alone);
  const asks: AskResult[] = [];
  const doubtful: boolean[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!;
    // The reason's features: the ask's own evidence (as scopeFeatures gives one ask at weight 1;
    // the features it adds, lead_* and m_asks, have no phrase in a reason).
    asks.push(judgeAsk(c.unit, c.ev, c.ev.features, index, w, alone[i]!, isOut && i === strongest));
    doubtful.push(c.weight < 0.5);
  }
  return { asks, doubtful };
}

/**
 * The asks to show. A doubtful ask weighs in the verdict (its words are often the evidence) but is
 * shown only when it says something no sure ask says: beside "Could you also write the product
 * descriptions for the 40 new SKUs?", the lead-in "One more thing: we're launching 40 new SKUs in
 * March." is context, not a second ask.
 */
export function shownAsks(asks: readonly AskResult[], doubtful: readonly boolean[]): AskResult[] {
  const shown: AskResult[] = [];
  for (let i = 0; i < asks.length; i++) {
    let echoed = false;
    if (doubtful[i])
      for (let j = 0; j < asks.length; j++) if (!doubtful[j] && asks[j]!.verdict === asks[i]!.verdict) echoed = true;
    if (!echoed) shown.push(asks[i]!);
  }
  return shown;
}

/** The ask the message's verdict follows: the surest out-of-scope one, else the first in scope, else the first. */
function leadAsk(asks: AskResult[]): AskResult | undefined {
  let out: AskResult | undefined;
  for (const x of asks) if (x.verdict === 'out_of_scope' && (!out || x.confidence > out.confidence)) out = x;
  if (out) return out;
  for (const x of asks) if (x.verdict === 'in_scope') return x;
  return asks[0];
}

/**
 * Each unit of the text as the engine reads it: the sender's own units were glossed by analyse
 * (read again here they would be glossed twice); forwarded ones are glossed on demand.
 */
function glossedUnits(a: MessageAnalysis): (u: Unit) => string {
  const read = new Map<number, string>();
  for (const u of a.units) if (!u.isTitle) read.set(u.span.start, u.read);
  return (u) => read.get(u.start) ?? glossUnit(u.text, a.language);
}

function* classifyUnsafe(
  msg: MessageInput,
  scope: ProjectScope,
  corrections: Correction[],
  w: Weights,
  workItem: boolean,
): Generator<void, ScopeResult, undefined> {
  // A scope read for the first time is indexed (its SOW items' topics and counts), an item a step.
  const index = yield* scopeIndexSteps(scope);
  yield;
  const a = analyse(msg, index.language);
  yield;
  if (!a.text.trim() && !a.subject) return emptyResult(a.text, 'unknown', 'No text to judge.');
  const allUnits = a.allUnits;
  const ownUnits: Unit[] = [];
  for (const u of allUnits) if (u.start < a.ownEnd) ownUnits.push(u);
  const { upsell, sentiment } =
    a.language === 'en'
      ? detectSignals(allUnits, ownUnits, a.text, a.ownEnd)
      : detectSignalsGlossed(allUnits, a.ownEnd, glossedUnits(a));
  yield;
  const { logits, request } = scoreAsks(a, w);
  const requestUnsure = isUnsure(Math.max(request, 1 - request), w);
  // A ticket known only by its title is a card, wherever it is read: work unless a note (issue 10).
  const asWork = (workItem || a.titleOnly) && !isNoteCard(a, logits, w.cardNote);
  if (request < 0.5 && !asWork) {
    return {
      verdict: 'no_request',
      scopeRef: null,
      confidence: Math.round((1 - request) * 100) / 100,
      unsure: requestUnsure,
      asks: [],
      upsell,
      sentiment,
      cleanedText: a.text,
      reason: 'No request for work found (thanks, approval, status, FYI or scheduling).',
    };
  }
  if (index.empty)
    return { ...emptyResult(a.text, 'unknown', 'The project has no scope to judge against.'), upsell, sentiment };
  const judged = yield* judgeAsks(a, index, logits, w, asWork);
  const asks = applyCorrections(judged.asks, corrections);
  // The verdict follows every ask; the list shows the ones worth reading.
  const lead = leadAsk(asks);
  return {
    verdict: lead?.verdict ?? 'no_request',
    scopeRef: lead?.scopeRef ?? null,
    confidence: Math.round(Math.min(lead?.confidence ?? 0.5, asWork ? 1 : request) * 100) / 100,
    unsure: (requestUnsure && !asWork) || (lead?.unsure ?? false),
    asks: shownAsks(asks, judged.doubtful),
    upsell,
    sentiment,
    cleanedText: a.text,
    reason: lead?.reason ?? '',
  };
}
