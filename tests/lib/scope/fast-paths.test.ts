// The engine's shortcuts must give exactly what the plain computations give: each is checked here
// against a straightforward reference, over every message of the repo's corpora.
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { analyse, requestFeatures } from '@/lib/scope/analyse';
import { askFeatureNames, askFeatures, leadWord, wordCount } from '@/lib/scope/ask-features';
import { splitCount } from '@/lib/scope/clean';
import { candidateAsks, evidenceFor, scopeIndexFor, scoreAsks } from '@/lib/scope/classify';
import { listSets, loadSet } from '@/lib/scope/corpora';
import { COUNT_PATTERNS, countFacts, type CountFacts } from '@/lib/scope/counts';
import { CUE_BIT, CUE_NAMES, cueMask, cuesFromMask, cuesOf } from '@/lib/scope/cues';
import { sharedConcept } from '@/lib/scope/evidence';
import { EVIDENCE_PHRASES, strongestEvidence } from '@/lib/scope/explain';
import { contributions, logit, logitWithWords } from '@/lib/scope/learn/logistic';
import { matchItem, matchLogit } from '@/lib/scope/match';
import { lexicalSum, lexiconOf, messageKeys, messageLexicalSum } from '@/lib/scope/lexicon';
import {
  askOutLogit,
  oneAskLogit,
  REQUEST_WORDS,
  SCOPE_MESSAGE_WORDS,
  scopeFeatures,
} from '@/lib/scope/scope-features';
import { detectSentiment, detectSignals, detectUpsell } from '@/lib/scope/signals';
import { buildPhraseIndex, conceptsIn, type ConceptHit, type Phrase } from '@/lib/scope/taxonomy';
import { parseCardinal, parseOrdinal, stem, tokenize, type Token } from '@/lib/scope/tokens';
import { mergeTopic, topicOf } from '@/lib/scope/topic';
import type { MessageInput, ProjectScope } from '@/lib/scope/types';
import { weights } from '@/lib/scope/weights';

const WEIGHTS = weights();

// Each check walks every message of every corpus (4,000 and growing): seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const sets = listSets({ shared: '/nonexistent', repo: path.resolve(import.meta.dirname, '../../fixtures/corpus') }).map(
  (s) => loadSet(s.name, s.dir),
);
const messages: { m: MessageInput; scope: ProjectScope }[] = sets.flatMap((s) => {
  const scopes = new Map(s.projects.map((p) => [p.id, p.scope]));
  return s.messages.flatMap((m) => (scopes.has(m.projectId) ? [{ m, scope: scopes.get(m.projectId)! }] : []));
});
const units = messages.flatMap(({ m }) => analyse(m).units.map((u) => u.span.text));

it('reads the corpora', () => {
  expect(messages.length).toBeGreaterThan(1000);
});

describe('requestFeatures', () => {
  it('reads the two best body scores as sorting them does', () => {
    const clamp = (z: number) => Math.max(-6, Math.min(6, z)) / 6;
    for (const { m } of messages.slice(0, 400)) {
      const a = analyse(m);
      const { logits } = scoreAsks(a, WEIGHTS);
      const body = logits.filter((_, i) => !a.units[i]?.isTitle);
      const sorted = [...body].sort((x, y) => y - x);
      const f = requestFeatures(a, logits);
      expect([f.r_max, f.r_second, f.r_count, f.r_empty]).toEqual([
        clamp(sorted[0] ?? -6),
        clamp(sorted[1] ?? -6),
        Math.min(body.filter((z) => z > 0).length, 4) / 4,
        body.length === 0 ? 1 : undefined,
      ]);
    }
  });
});

describe('signals', () => {
  it('with one pre-filter pass, finds what each list finds on its own', () => {
    let found = 0;
    for (const { m } of messages) {
      const a = analyse(m);
      const own = a.allUnits.filter((u) => u.start < a.ownEnd);
      const both = detectSignals(a.allUnits, own, a.text, a.ownEnd);
      expect(both.upsell).toEqual(detectUpsell(a.allUnits, a.text));
      expect(both.sentiment).toEqual(detectSentiment(own, a.text.slice(0, a.ownEnd)));
      if (both.upsell.value || both.sentiment.value !== 'neutral') found++;
    }
    expect(found).toBeGreaterThan(100);
  });
});

describe('cue masks', () => {
  it('give each family its own bit, and the object the same families', () => {
    CUE_NAMES.forEach((name, k) => {
      expect(CUE_BIT[name]).toBe(1 << k);
      const cues = cuesFromMask(1 << k);
      expect(CUE_NAMES.filter((n) => cues[n] === 1)).toEqual([name]);
    });
    expect(Object.keys(cuesFromMask(0))).toEqual(CUE_NAMES);
    for (const text of units.slice(0, 500)) {
      const mask = cueMask(text);
      expect(cuesOf(text)).toEqual(Object.fromEntries(CUE_NAMES.map((n) => [n, mask & CUE_BIT[n] ? 1 : 0])));
    }
  });
});

describe('ask features by name', () => {
  // Every kind of whitespace, runs of it, and none at all.
  const spacings = [
    '',
    '  ',
    'one',
    ' two  words ',
    'a\u00a0b\u2003c\u3000d\ufeffe',
    'tab\tand\nnew\u2028line',
    ...units,
  ];

  it('counts words as split(/\\s+/) does, whatever the whitespace', () => {
    for (const text of spacings) expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });

  it('counts split(/\\s+/) pieces, empty ones included, as the signature check reads lines', () => {
    for (const text of spacings) expect(splitCount(text)).toBe(text.split(/\s+/).length);
  });

  it('strips labels and lead words as the two patterns do on every text', () => {
    const LABEL = /^[^:]{1,30}:\s+(?=\S)/;
    const LEAD =
      /^((also|and|then|just|pls|please|so|but|ok|okay|oh|hey|hi|one more thing|quick one|finally|lastly|plus|kindly|could you|can you)[,:!\s-]+)+/i;
    const reference = (text: string) =>
      (/^[A-Za-z]+/.exec(text.replace(LABEL, '').replace(LEAD, ''))?.[0] ?? '').toLowerCase();
    const odd = ['Re: also, please add it', 'Quick one - can you fix it', 'Thanks: done', 'ok: ok', '', ':x'];
    for (const text of [...units, ...odd]) expect(leadWord(text)).toBe(reference(text));
  });

  it('names the features askFeatures sets, in its order', () => {
    for (const [i, text] of units.entries()) {
      const u = { text, isListItem: i % 3 === 0, isTitle: i % 5 === 0, ticket: i % 2 === 0, position: i % 4 };
      const cues = cuesOf(text);
      const names = askFeatureNames(u, cues, cueMask(text));
      expect(Object.keys(askFeatures(u, cues))).toEqual(names);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

/** The reference reading: the full phrase index, longest phrase first, at each position. */
function conceptsByFullIndex(tokens: readonly Token[], index: Map<string, Phrase[]>, caseSensitive: Set<string>) {
  const hits: ConceptHit[] = [];
  for (let i = 0; i < tokens.length;) {
    const candidates = index.get(tokens[i]!.light) ?? [];
    const matched = candidates.find(
      (p) =>
        p.lights.every((l, k) => tokens[i + k]?.light === l) &&
        !(p.lights.length === 1 && caseSensitive.has(tokens[i]!.word) && !tokens[i]!.capitalized),
    );
    if (!matched) {
      i++;
      continue;
    }
    for (const p of candidates)
      if (
        p.lights.join(' ') === matched.lights.join(' ') &&
        !!p.ambiguous === !!matched.ambiguous &&
        p.lights.length === matched.lights.length
      )
        hits.push({ id: p.id, from: i, to: i + p.lights.length, ...(p.ambiguous ? { ambiguous: true as const } : {}) });
    i += matched.lights.length;
  }
  return hits;
}

describe('conceptsIn', () => {
  it('finds what the full phrase index finds, longest first', async () => {
    const index = buildPhraseIndex();
    const data = (await import('@/lib/scope/taxonomy/agency-work.json')).default as { caseSensitive?: string[] };
    const caseSensitive = new Set(data.caseSensitive ?? []);
    let found = 0;
    for (const text of units) {
      const tokens = tokenize(text);
      const hits = conceptsIn(tokens);
      found += hits.length;
      expect(hits).toEqual(conceptsByFullIndex(tokens, index, caseSensitive));
      // Tokens made elsewhere, without the word's forms (and their cache), read the same.
      expect(conceptsIn(tokens.map(({ forms: _, ...t }) => t))).toEqual(hits);
    }
    expect(found).toBeGreaterThan(500);
  });
});

describe('evidence', () => {
  // Every candidate ask of every message, with its evidence.
  const asks = messages.slice(0, 600).flatMap(({ m, scope }) => {
    const a = analyse(m);
    const index = scopeIndexFor(scope);
    const { logits } = scoreAsks(a, WEIGHTS);
    return candidateAsks(a, logits).map((i) => ({ a, i, index, ev: evidenceFor(a, i, index, WEIGHTS, logits[i]!) }));
  });

  it("reads the matcher's logit by name as logit() reads it by key, to the last bit", () => {
    // A model without some of the keys too: those terms are left out, as logit() leaves them.
    const partial = { bias: 0.25, w: { m_stem: 1.5, m_title: -0.5, mx_stem: 2, m_x: 0.125 } };
    let checked = 0;
    for (const { ev } of asks)
      for (const { f } of ev.pairs)
        for (const model of [WEIGHTS.match, partial]) {
          expect(matchLogit(model, f)).toBe(logit(model, f));
          checked++;
        }
    expect(checked).toBeGreaterThan(1000);
  });

  it('matches every item as matchItem does one at a time (no shared word: the all-zero pair)', () => {
    const spec = new Map(Object.entries(WEIGHTS.common));
    let skipped = 0;
    for (const { a, i, index, ev } of asks) {
      const unit = topicOf(a.units[i]!.span.text, spec);
      const bag = { stems: new Map(unit.stems), concepts: new Map(unit.concepts) };
      for (const k of a.units[i]!.context) mergeTopic(bag, topicOf(a.units[k]!.span.text, spec), a.ticket ? 0.8 : 0.5);
      ev.pairs.forEach((pair, k) => {
        const full = matchItem(k, unit, bag, index, spec);
        expect({ score: pair.scored.score, shared: pair.scored.shared, f: pair.f }).toEqual({
          score: full.score,
          shared: full.shared,
          f: full.f,
        });
        if (full.shared.length === 0) skipped++;
      });
    }
    expect(skipped).toBeGreaterThan(100);
  });

  it('names the strongest evidence as sorting every contribution does', () => {
    const reference = (f: ReadonlyMap<string, number>, out: boolean) =>
      contributions(WEIGHTS.scope, f)
        .filter((c) => (out ? c.value > 0 : c.value < 0))
        .map((c) => EVIDENCE_PHRASES[c.feature]?.[out ? 0 : 1] ?? '')
        .filter(Boolean)
        .slice(0, 2);
    let named = 0;
    for (const { ev } of asks) {
      const f = scopeFeatures([{ ev, weight: 1, words: [] }], false).f;
      for (const out of [true, false]) {
        const phrases = strongestEvidence(WEIGHTS.scope, f, out);
        expect(phrases).toEqual(reference(f, out));
        // classify names the reasons from the ask's own evidence: the same phrases.
        expect(strongestEvidence(WEIGHTS.scope, ev.features, out)).toEqual(phrases);
        named += phrases.length;
      }
    }
    expect(named).toBeGreaterThan(100);
  });

  it("weighs one ask's evidence and words as building scopeFeatures' Maps does, to the last bit", () => {
    let checked = 0;
    for (const { a, i, ev } of asks) {
      const lexWords = a.units[i]!.lexWords;
      // The message's weight of an ask, weight 1 (judged alone), and weight 0 (no lexical keys).
      for (const weight of [0.37, 1, 0.9, 0]) {
        const ask = { ev, weight, lexWords };
        const input = scopeFeatures([ask], WEIGHTS.scope);
        expect(oneAskLogit(ask, WEIGHTS.scope)).toBe(logitWithWords(WEIGHTS.scope, input.f, input.words));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Keys given as strings (training) take the Maps.
    expect(oneAskLogit({ ev: asks[0]!.ev, weight: 1, words: [] }, WEIGHTS.scope)).toBeNull();
  });

  it('weighs one ask alone by its words as by its keys (each key once), to the last bit', () => {
    let differ = 0;
    for (const { a, i, ev } of asks) {
      const u = a.units[i]!;
      const byWords = askOutLogit({ ev, weight: 1, lexWords: u.lexWords }, WEIGHTS.scopeAsk);
      expect(byWords).toBe(askOutLogit({ ev, weight: 1, words: u.words }, WEIGHTS.scopeAsk));
      // A repeated key counts once: not the sum over every key.
      if (byWords !== lexicalSum(logit(WEIGHTS.scopeAsk, ev.features), u.lexWords, lexiconOf(WEIGHTS.scopeAsk, 's')))
        differ++;
    }
    expect(differ).toBeGreaterThan(10);
  });
});

describe('message words', () => {
  it('weighs each key of the message once, as logitWithWords over messageKeys does, to the last bit', () => {
    let weighed = 0;
    for (const [model, prefix] of [
      [WEIGHTS.request, REQUEST_WORDS],
      [WEIGHTS.scope, SCOPE_MESSAGE_WORDS],
    ] as const) {
      const lexicon = lexiconOf(model, prefix);
      const shifted = { bias: 0.25, w: model.w };
      for (const { m } of messages.slice(0, 600)) {
        const a = analyse(m);
        const sum = messageLexicalSum(0.25, a.units, lexicon);
        expect(sum).toBe(logitWithWords(shifted, {}, messageKeys(a.units, prefix)));
        if (sum !== 0.25) weighed++;
      }
    }
    expect(weighed).toBeGreaterThan(1000);
  });
});

describe('sharedConcept', () => {
  it('reads a mark as slice(1) without its last relation character does', () => {
    const reference = (mark: string) => (mark.startsWith('#') ? mark.slice(1).replace(/[<>^]$/, '') : null);
    for (const mark of ['#social-post', '#reel<', '#video>', '#german^', 'blog', '#', '#<', '#a<<', '', 'a^'])
      expect(sharedConcept(mark)).toBe(reference(mark));
  });
});

describe('countFacts', () => {
  it('finds what scanning the whole text with each pattern finds (the sticky ones tried only where numbers start)', () => {
    const scan = (name: string, text: string) => [...text.matchAll(new RegExp(COUNT_PATTERNS[name]!.source, 'gi'))];
    const cardinal = (s: string | undefined) =>
      s === undefined ? null : parseCardinal(s.replace(/,(?=\d{3}\b)/g, ''));
    const reference = (text: string): CountFacts => {
      const facts: CountFacts = { totals: [], more: [], used: [], positions: [], ofPairs: [] };
      const add = (list: { n: number; text: string }[], m: RegExpMatchArray, n: number | null) => {
        if (n !== null && n > 0 && !(n >= 1900 && n <= 2100)) list.push({ n, text: m[0].trim() });
      };
      for (const name of ['TOTAL_BEFORE', 'TOTAL_AFTER'])
        for (const m of scan(name, text)) add(facts.totals, m, cardinal(m[1]));
      for (const m of scan('INSTEAD', text)) {
        const [asked, instead] = [cardinal(m[1]), cardinal(m[2])];
        if (asked !== null && instead !== null && asked > instead) add(facts.totals, m, asked);
      }
      for (const name of ['MORE_AFTER', 'MORE_BEFORE'])
        for (const m of scan(name, text)) add(facts.more, m, cardinal(m[1]));
      for (const name of ['USED_BEFORE', 'USED_AFTER'])
        for (const m of scan(name, text)) add(facts.used, m, cardinal(m[1]));
      for (const m of scan('OF_N', text)) {
        const [used, of] = [cardinal(m[1]), cardinal(m[2])];
        if (used !== null && of !== null && used <= of && of > 1) facts.ofPairs.push({ used, of, text: m[0] });
      }
      for (const m of scan('POSITION', text)) add(facts.positions, m, Number(m[1]));
      for (const m of text.matchAll(new RegExp(COUNT_PATTERNS.POSITION_LEAD!.source, 'gim'))) {
        const nouns =
          m[0]
            .toLowerCase()
            .match(/[a-z\u00c0-\u024f]{3,}/g)
            ?.map(stem) ?? [];
        if (Number(m[1]) > 0 && nouns.length) facts.positions.push({ n: Number(m[1]), text: m[0].trim(), nouns });
      }
      for (const m of scan('ORDINAL', text)) {
        const n = parseOrdinal(m[1] !== undefined ? `${m[1]}th` : (m[2] ?? ''));
        if (n !== null && n >= 2) add(facts.positions, m, n);
      }
      return facts;
    };
    let counted = 0;
    const texts = [
      'We have 1,500 of 2,000 done; 4 more please, 12 instead of 10. Guide #11, the 13th show, a fifth label.',
      'one/two, twelve more, 3 of 3, in total 16 sessions, 40/40 are live, +2, another 3 (not 2)',
      // Number words in any case, inside longer words, and cut off by the end of the text.
      'FOURTEEN more, Sixty extra; tender 3 of 5; OneS ninety_9 Hundreds 2 of Thirteen, all Twe',
      'ALREADY SEVENTEEN DONE, in total Eleven, we are at fifteen; then th',
    ];
    for (const { m } of messages) texts.push(`${m.subject ?? ''}\n${m.body}`);
    for (const text of texts) {
      const facts = countFacts(text);
      expect(facts).toEqual(reference(text));
      if (facts.totals.length + facts.more.length + facts.used.length + facts.positions.length + facts.ofPairs.length)
        counted++;
    }
    expect(counted).toBeGreaterThan(500);
  });
});
