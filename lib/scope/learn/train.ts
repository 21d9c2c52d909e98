// Training the models on labelled corpora, and grouped cross-validation (a project's
// messages are never in both the training and the test folds). Labels are per message; which
// unit is the ask, and which ask is the out-of-scope one, are latent: training alternates between
// picking them with the current model and refitting (multiple-instance learning).
import { analyse, requestFeatures, type MessageAnalysis } from '../analyse';
import { askLogit, candidateAsks, classify, contextUnits, evidenceFor, scopeIndexFor } from '../classify';
import type { CorpusMessage, CorpusProject } from '../corpus';
import { evaluate, hasCardTitle, isCardTicket, titleView, type EvalReport, type Prediction } from '../evaluate';
import { applyMatcher, type Evidence } from '../evidence';
import type { ScopeIndex } from '../scope-index';
import { parseSow } from '../sow/parse';
import { tokenize } from '../tokens';
import { glossText } from '../languages';
import type { ProjectScope } from '../types';
import { WEIGHTS_VERSION, type Weights } from '../weights';
import { fit, fitNoisyOr, logitWithWords, sigmoid, type Bag, type Example, type Logistic } from './logistic';
import { REQUEST_WORDS, SCOPE_MESSAGE_WORDS, scopeFeatures } from '../scope-features';
import { messageKeys } from '../lexicon';
import { cardNoteFeatures, cardNoteKeys } from '../card-note';
import type { FeatureVector } from '../ask-features';

export interface LabelledSet {
  name: string;
  projects: CorpusProject[];
  messages: CorpusMessage[];
}

export interface Prepared {
  set: string;
  message: CorpusMessage;
  projectId: string;
  scope: ProjectScope;
  analysis: MessageAnalysis;
  index: ScopeIndex;
  evidence: Map<number, Evidence>;
  /**
   * 'title': a ticket's title alone, as a board card shows it, with the ticket's label. Trains the
   * verdict models and the matcher on what a card gives (weighed by TITLE_VIEW_WEIGHT); never
   * trains the ask or request models, and is scored apart from the messages (cardReport).
   */
  view?: 'title';
}

/**
 * How much a title view counts beside a message. Its label is the whole ticket's, which the title
 * alone does not always show ("Homepage banner" when the description says it is the fourth): a half
 * weight lets cards learn what titles say without outvoting the tickets they come from.
 */
const TITLE_VIEW_WEIGHT = Number(process.env.SCOPE_TITLE_WEIGHT ?? 0.5);

const isMessage = (p: Prepared) => p.view === undefined;
const viewWeight = (p: Prepared) => (p.view === 'title' ? TITLE_VIEW_WEIGHT : 1);

export type ScopeMode = 'gold' | 'parsed';

export function prepare(sets: LabelledSet[], mode: ScopeMode = 'gold'): Prepared[] {
  const out: Prepared[] = [];
  for (const set of sets) {
    const scopes = new Map(
      set.projects.map((p) => [p.id, mode === 'parsed' && p.sowText ? parseSow(p.sowText) : p.scope]),
    );
    for (const message of set.messages) {
      const scope = scopes.get(message.projectId);
      if (!scope || !message.labels) continue;
      const base = { set: set.name, projectId: `${set.name}/${message.projectId}`, scope, index: scopeIndexFor(scope) };
      out.push({ ...base, message, analysis: analyse(message, base.index.language), evidence: new Map() });
      if (!isCardTicket(message)) continue;
      const card = titleView(message);
      out.push({
        ...base,
        message: card,
        analysis: analyse(card, base.index.language),
        evidence: new Map(),
        view: 'title',
      });
    }
  }
  return out;
}

/**
 * L2 penalty per model (on the mean loss). Chosen by leave-one-set-out cross-validation; override
 * with SCOPE_L2="ask,request,match,scope,scopeAsk" to try others.
 */
const L2 = (() => {
  const [ask = 0.001, request = 0.001, match = 0.002, scope = 0.0005, scopeAsk = 0.002] = (process.env.SCOPE_L2 ?? '')
    .split(',')
    .filter(Boolean)
    .map(Number);
  return { ask, request, match, scope, scopeAsk };
})();

const INITIAL_ASK: Logistic = {
  bias: -1.5,
  w: {
    c_youModal: 2,
    c_please: 1.5,
    imperative: 1.5,
    c_needWant: 1.5,
    c_possible: 1.5,
    c_relayed: 1,
    askQuestion: 1,
    ticketTitle: 1,
    c_thanks: -1,
    c_fyi: -1.5,
    c_status: -1,
    c_schedule: -0.5,
    c_sharing: -1,
    c_approval: -1,
  },
};

const INITIAL_SCOPE: Logistic = { bias: 0, w: {} };

/**
 * Stems common to the mail of many projects ("page", "file", "week"), with how much topic they
 * still carry: log(N/df) against that of a word in 1% of messages, floored at 0.15.
 */
export function commonStems(data: Prepared[]): Record<string, number> {
  const df = new Map<string, number>();
  for (const p of data) {
    const stems = new Set(
      tokenize(`${p.analysis.readSubject}\n${glossText(p.analysis.text, p.analysis.language)}`)
        .filter((t) => t.content)
        .map((t) => t.stem),
    );
    for (const s of stems) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const n = Math.max(data.length, 1);
  const out: Record<string, number> = {};
  for (const [s, count] of [...df].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (count / n < 0.01) continue;
    out[s] = Math.round(Math.max(0.15, Math.min(1, Math.log(n / count) / Math.log(100))) * 100) / 100;
  }
  return out;
}

function draftWeights(common: Record<string, number>): Weights {
  return {
    version: WEIGHTS_VERSION,
    trainedAt: '',
    trainedOn: [],
    ask: INITIAL_ASK,
    request: { bias: 0, w: { r_max: 4, r_title: 1, r_ticket: 1, r_closed: -3, r_nothingToDo: -3 } },
    match: { bias: 0, w: {} },
    scope: INITIAL_SCOPE,
    scopeAsk: { bias: 0, w: {} },
    cardNote: { bias: 0, w: {} },
    exclusionMin: 0.3,
    common,
    unsureMargin: 0.15,
  };
}

const isRequest = (p: Prepared) => p.message.labels!.scope !== 'no_request';

/** Lexical features used in fewer projects than this are dropped: a project's own words teach nothing general. */
const MIN_PROJECTS = 8;
/** The same for the verdict model; SCOPE_LEX_MIN (an experiment knob) raises it, e.g. to switch words off. */
const SCOPE_MIN_PROJECTS = Number(process.env.SCOPE_LEX_MIN ?? MIN_PROJECTS);

function trainAsk(all: Prepared[]): Logistic {
  const data = all.filter(isMessage);
  const seen = new Map<string, Set<string>>();
  for (const p of data)
    for (const u of p.analysis.units)
      for (const k of u.words) (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(p.projectId);
  const keep = (k: string) => !k.includes(':') || (seen.get(k)?.size ?? 0) >= MIN_PROJECTS;
  const bags: Bag[] = data
    .filter((p) => p.analysis.units.length > 0)
    .map((p) => ({
      items: p.analysis.units.map((u) => ({
        ...u.form,
        ...Object.fromEntries(u.words.filter(keep).map((k) => [k, 1])),
      })),
      y: isRequest(p) ? 1 : 0,
    }));
  return fitNoisyOr(bags, { l2: L2.ask, epochs: 400 });
}

/**
 * The request model: the message's ask scores, and its own words (each word and word pair once,
 * "rw:invoice", "rb:can you"): a PO confirmation, an FYI or a list of feedback points says what it
 * is across its sentences, not in any one of them.
 */
function trainRequest(all: Prepared[], ask: Logistic): Logistic {
  const data = all.filter(isMessage);
  const examples: (Example & { project: string })[] = data.map((p) => ({
    f: {
      ...requestFeatures(
        p.analysis,
        p.analysis.units.map((u) => logitWithWords(ask, u.form, u.words)),
      ),
      ...Object.fromEntries(messageKeys(p.analysis.units, REQUEST_WORDS).map((k) => [k, 1])),
    },
    y: isRequest(p) ? 1 : 0,
    project: p.projectId,
  }));
  return fit(withoutRareKeys(examples, MIN_PROJECTS), { l2: L2.request, epochs: 400 });
}

/** The examples without the lexical keys (those with a ":") used in fewer than `min` projects. */
function withoutRareKeys<E extends Example & { project: string }>(examples: E[], min: number): E[] {
  const seen = new Map<string, Set<string>>();
  for (const e of examples)
    for (const k of Object.keys(e.f))
      if (k.includes(':')) (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(e.project);
  return examples.map((e) => ({
    ...e,
    f: Object.fromEntries(Object.entries(e.f).filter(([k]) => !k.includes(':') || (seen.get(k)?.size ?? 0) >= min)),
  }));
}

/**
 * The card-note model: is a ticket's title, read alone as a board card, a note rather than work?
 * Every labelled ticket with a title, notes (no_request) and asks alike.
 */
/**
 * Titles are a few words each and tickets a third of the corpus: a title's word counts when seen
 * in this many projects ("waiting", "blocked" would not reach the eight the other models ask for).
 */
const NOTE_MIN_PROJECTS = Number(process.env.SCOPE_NOTE_MIN ?? 4);

function trainCardNote(all: Prepared[], ask: Logistic): Logistic {
  const examples: (Example & { project: string })[] = [];
  for (const p of all) {
    if (!isMessage(p) || p.message.channel !== 'ticket' || !p.message.subject.trim()) continue;
    const a = analyse(titleView(p.message), p.index.language);
    const logits = a.units.map((u) => logitWithWords(ask, u.form, u.words));
    const f: FeatureVector = cardNoteFeatures(a, logits);
    for (const k of cardNoteKeys(a)) f[k] = 1;
    examples.push({ f, y: p.message.labels!.scope === 'no_request' ? 1 : 0, project: p.projectId });
  }
  return fit(withoutRareKeys(examples, NOTE_MIN_PROJECTS), { l2: L2.request, epochs: 400 });
}

function evidenceOf(p: Prepared, i: number, w: Weights, askLogit: number): Evidence {
  let ev = p.evidence.get(i);
  if (!ev) {
    ev = evidenceFor(p.analysis, i, p.index, w, askLogit);
    p.evidence.set(i, ev);
  }
  applyMatcher(ev, w.match);
  ev.features.set('s_askStrength', Math.max(-6, Math.min(6, askLogit)) / 6);
  return ev;
}

/**
 * The matcher: is an ask about this item? Positive: the item the gold label cites, for at least
 * one of the message's asks (a noisy-OR over them). Negative: every other item, and every item of
 * a message whose ask is new work (it matches nothing in the SOW).
 */
function trainMatcher(data: Prepared[], w: Weights): Logistic {
  const bags: Bag[] = [];
  for (const p of data) {
    const gold = p.message.labels!;
    if (!isRequest(p) || p.index.empty || gold.scopeRef === 'quantity' || gold.scopeRef === 'revisions') continue;
    const logits = p.analysis.units.map((u) => askLogit(u, w));
    const evs = candidateAsks(p.analysis, logits).map((i) => evidenceOf(p, i, w, logits[i] ?? 0));
    if (!evs.length) continue;
    p.index.items.forEach((item, k) => {
      const items = evs.map((ev) => ev.pairs[k]!.f);
      if (item.id === gold.scopeRef) bags.push({ items, y: 1, weight: viewWeight(p) });
      else
        for (const f of items)
          bags.push({ items: [f], y: 0, weight: viewWeight(p) / Math.max(1, p.index.items.length - 1) });
    });
  }
  return fitNoisyOr(bags, { l2: L2.match, epochs: 300 });
}

/**
 * The message-level scope model: in vs out on the evidence of all its asks, weighed, and on the
 * words of the units around them ("smw:sorry", "smb:i know": what the sender says beside the ask).
 */
function trainScope(data: Prepared[], w: Weights): Logistic {
  const examples: (Example & { project: string })[] = [];
  for (const p of data) {
    if (!isRequest(p) || p.index.empty) continue;
    const logits = p.analysis.units.map((u) => askLogit(u, w));
    const picked = candidateAsks(p.analysis, logits);
    const asks = picked.map((i) => ({
      ev: evidenceOf(p, i, w, logits[i] ?? 0),
      weight: sigmoid(logits[i] ?? 0),
      words: p.analysis.units[i]!.words,
    }));
    if (!asks.length) continue;
    const input = scopeFeatures(asks);
    for (const k of messageKeys(contextUnits(p.analysis, picked), SCOPE_MESSAGE_WORDS)) input.words.set(k, 1);
    examples.push({
      f: { ...Object.fromEntries(input.f), ...Object.fromEntries(input.words) },
      y: p.message.labels!.scope === 'out_of_scope' ? 1 : 0,
      weight: viewWeight(p),
      project: p.projectId,
    });
  }
  return fit(withoutRareKeys(examples, SCOPE_MIN_PROJECTS), { l2: L2.scope, epochs: 500, signs: SCOPE_SIGNS });
}

/**
 * The ask model: is this one ask outside the SOW, on its own evidence and words. Messages are
 * labelled, their asks are not, so it learns as a noisy-OR over each message's asks (the message
 * is out if any ask is), like the unit model: which ask is the out-of-scope one stays latent.
 */
function trainScopeAsk(data: Prepared[], w: Weights): Logistic {
  const bags: (Bag & { project: string })[] = [];
  for (const p of data) {
    if (!isRequest(p) || p.index.empty) continue;
    const logits = p.analysis.units.map((u) => askLogit(u, w));
    const items = candidateAsks(p.analysis, logits).map((i) => ({
      ...Object.fromEntries(evidenceOf(p, i, w, logits[i] ?? 0).features),
      ...Object.fromEntries(p.analysis.units[i]!.words.map((k) => [`s${k}`, 1])),
    }));
    if (items.length)
      bags.push({
        items,
        y: p.message.labels!.scope === 'out_of_scope' ? 1 : 0,
        weight: viewWeight(p),
        project: p.projectId,
      });
  }
  const seen = new Map<string, Set<string>>();
  for (const b of bags)
    for (const item of b.items)
      for (const k of Object.keys(item))
        if (k.includes(':')) (seen.get(k) ?? seen.set(k, new Set()).get(k)!).add(b.project);
  const common = (k: string) => !k.includes(':') || (seen.get(k)?.size ?? 0) >= SCOPE_MIN_PROJECTS;
  const kept = bags.map((b) => ({
    ...b,
    items: b.items.map((item) => Object.fromEntries(Object.entries(item).filter(([k]) => common(k)))),
  }));
  return fitNoisyOr(kept, { l2: L2.scopeAsk, epochs: 400 });
}

/**
 * What each scope signal can only ever mean, whatever the training sets happen to show: with no
 * deliverable matched, words and concepts the SOW never uses point out of scope, never in (on the
 * 17 sets the model had learned "many unknown words" as a sign of in scope, and a board card
 * naming an Instagram feed the SOW never mentions came out a sure In scope). A matched deliverable
 * may still outweigh them through the *d terms, which stay free. SCOPE_SIGNS=0 turns this off.
 */
const SCOPE_SIGNS: Record<string, 1 | -1> | undefined =
  process.env.SCOPE_SIGNS === '0'
    ? undefined
    : {
        s_noMatch: 1,
        s_novel: 1,
        's_novel*notD': 1,
        s_unknownMany: 1,
        's_unknownMany*notD': 1,
        s_unknownRatio: 1,
        s_newMember: 1,
        's_newMember*notD': 1,
        s_newWord: 1,
        's_newWord*notD': 1,
        s_xDistinct: 1,
        s_xOverD: 1,
        s_pX: 1,
        s_pXOverD: 1,
        lead_x: 1,
        s_quantity: 1,
        s_countOver: 1,
        s_countWithin: -1,
        s_roundOver: 1,
        s_anotherRound: 1,
        s_defect: -1,
        s_roundWithin: -1,
        s_pD: -1,
        lead_d: -1,
      };

/** The exclusion-match strength above which an out-of-scope ask cites the exclusion rather than "new". */
function tuneExclusionMin(data: Prepared[], w: Weights): number {
  const outs = data.filter((p) => isMessage(p) && p.message.labels!.scope === 'out_of_scope');
  let best = { threshold: 0.3, correct: -1 };
  for (let t = 0.05; t <= 0.9; t += 0.05) {
    let correct = 0;
    for (const p of outs) {
      const r = classify(p.message, p.scope, { weights: { ...w, exclusionMin: t } });
      if (r.verdict === 'out_of_scope' && r.scopeRef === p.message.labels!.scopeRef) correct++;
    }
    if (correct > best.correct) best = { threshold: Math.round(t * 100) / 100, correct };
  }
  return best.threshold;
}

/**
 * Fits every model. `common` (how much topic common words carry) defaults to what this data
 * says; cross-validation passes one computed over all sets so that cached evidence stays valid
 * across folds (a word common in every project's mail is common whichever fold is held out).
 */
export function train(data: Prepared[], names: string[] = [], common?: Record<string, number>): Weights {
  const w = draftWeights(common ?? commonStems(data));
  if (!common) for (const p of data) p.evidence.clear();
  w.ask = trainAsk(data);
  w.match = trainMatcher(data, w);
  return trainVerdicts(data, w, names);
}

/** The request and verdict models (and exclusionMin) on top of `w`'s ask and match models. */
export function trainVerdicts(data: Prepared[], w: Weights, names: string[] = []): Weights {
  w.request = trainRequest(data, w.ask);
  w.cardNote = trainCardNote(data, w.ask);
  w.scope = trainScope(data, w);
  w.scopeAsk = trainScopeAsk(data, w);
  w.exclusionMin = tuneExclusionMin(data, w);
  w.trainedOn = names;
  w.trainedAt = new Date().toISOString().slice(0, 10);
  return w;
}

/** The verdicts on the messages (title views are left to cardPredictions). */
export function predictWith(data: Prepared[], w: Weights): Prediction[] {
  return data
    .filter(isMessage)
    .map((p) => ({ message: p.message, result: classify(p.message, p.scope, { weights: w }) }));
}

/**
 * The verdicts on the title views, judged as a board judges a card (workItem), and on the titles of
 * the tickets that ask for nothing (notes: no title view trains on them), to see them read as notes.
 */
export function cardPredictions(data: Prepared[], w: Weights): Prediction[] {
  const cards = data
    .filter((p) => p.view === 'title' || (isMessage(p) && isNoteTicket(p.message)))
    .map((p) => (p.view === 'title' ? p : { ...p, message: titleView(p.message) }));
  return cards.map((p) => ({
    message: p.message,
    result: classify(p.message, p.scope, { weights: w, workItem: true }),
  }));
}

const isNoteTicket = (m: CorpusMessage) => hasCardTitle(m) && m.labels!.scope === 'no_request';

export interface FoldReport {
  fold: number;
  projects: string[];
  report: EvalReport;
}

/** Each project's fold (0..k-1), or with `bySet` its set's. */
export function foldsOf(data: Prepared[], k: number, bySet = false): Map<string, number> {
  const projects = [...new Set(data.map((p) => p.projectId))].sort();
  // A fixed shuffle (not alphabetical) so sets and kinds of work spread over the folds.
  const order = projects.map((id, i) => ({ id, key: (i * 7919) % projects.length })).sort((a, b) => a.key - b.key);
  const sets = [...new Set(data.map((p) => p.set))].sort();
  return new Map(order.map((o, i) => [o.id, bySet ? sets.indexOf(o.id.split('/')[0]!) : i % k]));
}

/**
 * k folds by project: each project's messages are tested by a model that never saw that project.
 * With `bySet`, one fold per labelled set: the model never saw that writer either, which is the
 * closer forecast for sets written by people who never saw the engine.
 */
export function crossValidate(
  data: Prepared[],
  k = 5,
  bySet = false,
): { folds: FoldReport[]; pooled: { report: EvalReport; predictions: Prediction[] }; cards: Prediction[] } {
  const foldOf = foldsOf(data, k, bySet);
  if (bySet) k = new Set(data.map((p) => p.set)).size;
  const folds: FoldReport[] = [];
  const pooled: Prediction[] = [];
  const cards: Prediction[] = [];
  const common = commonStems(data);
  for (const p of data) p.evidence.clear();
  for (let f = 0; f < k; f++) {
    const test = data.filter((p) => foldOf.get(p.projectId) === f);
    const trainData = data.filter((p) => foldOf.get(p.projectId) !== f);
    const w = train(trainData, [], common);
    const predictions = predictWith(test, w);
    pooled.push(...predictions);
    cards.push(...cardPredictions(test, w));
    folds.push({ fold: f + 1, projects: [...new Set(test.map((p) => p.projectId))], report: evaluate(predictions) });
  }
  return { folds, pooled: { report: evaluate(pooled), predictions: pooled }, cards };
}
