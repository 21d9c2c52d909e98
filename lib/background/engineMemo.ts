// The scope engine's answers, remembered per project while the service worker lives. Eight boards
// showing the same cards, or four tabs of one ticket, ask for the same judgments at the same
// moment: each text is judged once, and the engine is handed the same scope object every time, so
// its per-scope index (lib/scope keeps it per object) is built once, not on every message.
//
// An answer depends only on the text, the project's scope and its corrections. Each project's memo
// holds the scope and corrections it was made with (as JSON): a scope edited on the options page,
// an import, a correction or an undo, from whichever surface, give a different fingerprint, and the
// next judgment starts a fresh memo. Nothing to invalidate by hand, nothing stale after a restart
// (the memo is module state and dies with the worker).
import { classifySteps } from '@/lib/scope/classify';
import { warmEngine } from '@/lib/scope/warm';
import { runSliced, timeSlicer } from '@/lib/timeSlice';
import type { Correction, MessageInput, ProjectScope, ScopeResult } from '@/lib/scope/types';
import { validCorrections } from '@/lib/asks/verdict';
import type { Project } from '@/lib/db/schemas';
import { loadValidate } from '@/lib/db/errors';

/** What callers read of a judgment: the cleaned text (as long as the input) is not kept. */
export type Judgment = Omit<ScopeResult, 'cleanedText'>;

interface Memo {
  scopeKey: string;
  correctionsKey: string;
  scope: ProjectScope;
  corrections: Correction[];
  /** Judgments by text, least recently used first. */
  results: Map<string, Judgment>;
  chars: number;
  /**
   * Judgments under way, by text: a judgment runs in steps, across tasks, and eight boards asking
   * for the same card at once wait for the one judgment rather than each starting its own.
   */
  pending: Map<string, Promise<Judgment>>;
}

/** Projects remembered, least recently used first: an AM works on a handful at a time. */
const MAX_PROJECTS = 8;
/** Characters of judged text remembered per project (~0.5 MB): thousands of card titles, or a few long threads. */
const MAX_CHARS = 250_000;
/** A text longer than this is judged every time rather than pushing everything else out. */
const MAX_TEXT = 50_000;

const memos = new Map<string, Memo>();

export interface Engine {
  /**
   * The engine's judgment of one message, from the memo when this exact text was judged before;
   * else judged in steps, the queue getting a turn once a time slice of them has run.
   */
  judge(input: MessageInput, opts?: { workItem?: boolean }): Promise<Judgment>;
}

/**
 * The engine for a project's current scope and corrections (validated here: callers may pass raw
 * ones), once its tables are built. `titles`: the caller judges board card titles (short texts
 * read with the languages' vocabulary).
 */
export async function engineFor(
  project: Project,
  corrections: readonly unknown[],
  opts: { titles?: boolean } = {},
): Promise<Engine> {
  await engineReady(opts);
  const valid = validCorrections(corrections);
  const memo = memoFor(project, valid);
  const pause = timeSlicer();
  return {
    async judge(input, opts = {}) {
      const workItem = opts.workItem ?? false;
      const key = [workItem ? 'w' : 'm', input.channel ?? '', input.from ?? '', input.subject, input.body].join(
        '\u0000',
      );
      const hit = memo.results.get(key);
      if (hit) {
        memo.results.delete(key); // most recently used last
        memo.results.set(key, hit);
        return hit;
      }
      const running = memo.pending.get(key);
      if (running) return running;
      const judging = (async () => {
        const steps = classifySteps(input, memo.scope, { corrections: memo.corrections, workItem });
        const { cleanedText: _, ...judgment } = await runSliced(steps, pause);
        if (key.length <= MAX_TEXT) remember(memo, key, judgment);
        return judgment;
      })().finally(() => memo.pending.delete(key));
      memo.pending.set(key, judging);
      return judging;
    },
  };
}

function memoFor(project: Project, corrections: Correction[]): Memo {
  const scopeKey = JSON.stringify(project.scope);
  const correctionsKey = JSON.stringify(corrections);
  let memo = memos.get(project.id);
  if (!memo || memo.scopeKey !== scopeKey) {
    memo = {
      scopeKey,
      correctionsKey,
      scope: project.scope,
      corrections,
      results: new Map(),
      chars: 0,
      pending: new Map(),
    };
  } else if (memo.correctionsKey !== correctionsKey) {
    // Same scope (its index stays built), new corrections: every judgment may change (and those
    // under way finish into the memo left behind).
    memo = { ...memo, correctionsKey, corrections, results: new Map(), chars: 0, pending: new Map() };
  }
  memos.delete(project.id);
  memos.set(project.id, memo);
  for (const id of memos.keys()) {
    if (memos.size <= MAX_PROJECTS) break;
    memos.delete(id);
  }
  return memo;
}

function remember(memo: Memo, key: string, judgment: Judgment): void {
  memo.results.set(key, judgment);
  memo.chars += key.length;
  for (const [old] of memo.results) {
    if (memo.chars <= MAX_CHARS) break;
    memo.results.delete(old);
    memo.chars -= old.length;
  }
}

// The engine's first judgment in one piece held the worker's thread for 90-140 ms (its tables and
// first run, lib/scope/warm), and with 20 tabs loading on two cores that task took 1-2 s of wall
// time while every message queued behind it. Built in steps, with a turn of the queue after every
// few ms of them, no task holds the thread long; the first judgment waits for the steps.
const warmed: { mail?: Promise<void>; titles?: Promise<void> } = {};

function engineReady(opts: { titles?: boolean }): Promise<void> {
  warmed.mail ??= runSteps(() => warmEngine());
  // The vocabulary (what card titles and the shortest mail are read with) follows at once, in steps
  // too: built on demand it is one task of 20-30 ms. Mail does not wait for it; titles do. Parts the
  // mail warm-up built are skipped.
  warmed.titles ??= warmed.mail.then(() => runSteps(() => warmEngine({ titles: true })));
  return opts.titles ? warmed.titles : warmed.mail;
}

/**
 * Starts the warm-up as the worker starts, so a worker that woke for anything (a tab's first
 * message, the popup, an alarm) has its engine built, in short steps, before the judgments come:
 * under twenty loading tabs each step's few ms of CPU can stretch to hundreds of ms of wall time,
 * and steps run while the queue is quiet cost nobody a wait. Then the record schemas and their
 * quick paths, which a worker's first write would otherwise build in one task of a few ms. ~150 ms
 * of CPU per worker start, in the background.
 */
export function warmUpWorker(): void {
  // The engine's warm-up reports its own failures; a schema load that fails is tried again by the
  // first write, which reports it to whoever saves.
  void engineReady({ titles: true })
    .then(loadValidate)
    .then(({ buildValidators }) => runSliced(buildValidators()))
    .catch(() => undefined);
}

async function runSteps(warm: () => Generator<void, void, undefined>): Promise<void> {
  // Steps take up to a few ms each; the queue gets a turn once a slice of them has run.
  try {
    await runSliced(warm());
  } catch (err) {
    // A step that fails leaves its part to be built by the judgment itself: slower, not wrong.
    console.warn('Scopekeeper: engine warm-up stopped', err);
  }
}
