// The engine's first judgment builds its tables (each model's weights as a Map, their compiled
// lexicons, language detection's word tables) and runs its code for the first time: ~50 ms in Node
// and 90-140 ms of a service worker's thread, in one task, while every other message waits behind
// it. The same work split into steps lets a caller hand the thread back between them (see
// lib/background/engineMemo's engineReady); the first judgment after them is a few ms.
import { buildWeights, type Logistic } from './learn/logistic';
import { compileLexicon } from './lexicon';
import { REQUEST_WORDS, SCOPE_MESSAGE_WORDS } from './scope-features';
import { weights, type Weights } from './weights';
import { buildLanguageTables } from './languages';
import { classifySteps, scopeIndexSteps, type ClassifyOptions } from './classify';
import { analyse, cardInput } from './analyse';
import type { MessageInput, ProjectScope } from './types';
import { emptyScope } from './empty';
import { compileCountPatterns, countFacts } from './counts';
import { buildLiteralFilters } from './prefilter';
import { parseTables } from './tables';
import { buildConceptTable, buildPhraseLookup } from './taxonomy';

/** A scope of one deliverable and one exclusion: enough for a judgment to run every stage once. */
const WARM_SCOPE: ProjectScope = {
  ...emptyScope(),
  deliverables: [{ id: 'd1', title: 'Marketing website', description: 'Five pages with a contact form', quantity: 5 }],
  exclusions: [{ id: 'x1', title: 'Logo design', description: 'Brand identity and logo work' }],
  revisionRounds: 2,
};

/** A text with a number in each form the count patterns read, so each is compiled. */
const COUNTED =
  'We now have 12 pages in total, 3 more than the 9 of 10 agreed. This is the third round of revisions ' +
  '(round 4, R2, the 5th time); we already used 2 rounds. Please add page #11 and another 2 banners. ' +
  'Email 9: re-engagement. A fifth label instead of 4.';
/** A reply with a quote, a signature and a date: the cleaning's patterns. */
const QUOTED =
  'Thanks, that works. Can we move the launch to 14 March?\n\nBest,\nDana\nHead of Marketing\n\n' +
  'On Tue, 3 Mar 2026 at 10:12, Sam <sam@agency.example> wrote:\n> The logo is attached.';

/**
 * Builds what a first judgment needs, one part at a time: the caller may hand the thread back at
 * each yield (none does more than a few ms of work). `titles`: also the vocabulary that language
 * detection reads for short texts (board card titles), which a worker reading only mail seldom
 * needs. Parts already built are skipped, so a second warm-up only adds what the first left out.
 */
export function* warmEngine(opts: { titles?: boolean } = {}, given?: Weights): Generator<void, void, undefined> {
  // The data files first, a piece of a few kB per step (in the extension they ship in pieces,
  // lib/scope/tables.ts); then what is built from them.
  yield;
  yield* parseTables();
  const w = given ?? weights();
  for (const m of [w.ask, w.request, w.match, w.scope, w.scopeAsk, w.cardNote]) {
    yield* buildWeights(m);
    yield;
  }
  // The lexicons the judgment reads, by the prefix each is read with (classify, scope-features).
  const lexicons: [Logistic, string][] = [
    [w.ask, ''],
    [w.request, REQUEST_WORDS],
    [w.scope, SCOPE_MESSAGE_WORDS],
    [w.scope, 's'],
    [w.scopeAsk, 's'],
  ];
  for (const [model, prefix] of lexicons) {
    yield* compileLexicon(model, prefix);
    yield;
  }
  yield* buildPhraseLookup();
  yield* buildLanguageTables(opts.titles ?? false);
  // The cue and signal filters (each pattern's literal strings), then the taxonomy's concepts: made
  // on first use, not as the worker starts.
  yield* buildLiteralFilters();
  yield* buildConceptTable();
  // The count patterns are large regexes, compiled on their first runs.
  yield* compileCountPatterns(COUNTED);
  // Whatever the steps above did not build, and the code's first run, on small texts: the
  // reading, the scope's index, then whole judgments, each in its own steps.
  const steps = [
    () => countFacts(COUNTED),
    () => analyse(cardInput('Add a newsletter signup to the footer')),
    () => analyse({ subject: 'Footer', body: 'Could you also add a signup form? Thanks!', channel: 'email' }),
  ];
  for (const step of steps) {
    yield;
    step();
  }
  yield* scopeIndexSteps(WARM_SCOPE);
  const judgments: [MessageInput, ClassifyOptions?][] = [
    [cardInput('Add a newsletter signup to the footer'), { workItem: true }],
    [{ subject: 'Footer', body: 'Could you also add a newsletter signup to the footer? Thanks!', channel: 'email' }],
    [{ subject: 'Pages', body: COUNTED, channel: 'email' }],
    [{ subject: 'Re: Pages', body: QUOTED, channel: 'ticket' }],
  ];
  for (const [input, options] of judgments) {
    yield;
    yield* classifySteps(input, WARM_SCOPE, options);
  }
}
