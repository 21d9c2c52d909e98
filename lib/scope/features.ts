// Turns text into weighted features: content stems, #concepts from the lexicon, and #new-<category>
// when the text names a language, market or platform the deliverables never mention.
import { CATEGORIES, CATEGORY_WORDS, CONCEPTS } from './lexicon';
import { tokenize, type Token } from './tokens';

interface Phrase {
  stems: string[];
  feature: string;
  words: string; // the phrase as written, for category members ('apple watch')
}

function compile(groups: Record<string, string[]>, prefix: string): Map<string, Phrase[]> {
  const byFirst = new Map<string, Phrase[]>();
  for (const [name, phrases] of Object.entries(groups)) {
    for (const phrase of phrases) {
      const stems = tokenize(phrase).map((t) => t.light);
      const first = stems[0];
      if (!first) continue;
      const list = byFirst.get(first) ?? [];
      list.push({ stems, feature: prefix + name, words: stems.join(' ') });
      byFirst.set(first, list);
    }
  }
  return byFirst;
}

const CONCEPT_INDEX = compile(CONCEPTS, '#');
const CATEGORY_INDEX = compile(CATEGORIES, '@');
const CATEGORY_WORD_INDEX = compile(CATEGORY_WORDS, '%');

/** Concept and category phrases by first word: for the matcher, one lookup per token finds both kinds. */
const PHRASE_STARTS = new Map<string, { concepts: Phrase[]; categories: Phrase[] }>();
for (const [index, kind] of [
  [CONCEPT_INDEX, 'concepts'],
  [CATEGORY_INDEX, 'categories'],
] as const) {
  for (const [first, phrases] of index) {
    const starts = PHRASE_STARTS.get(first) ?? { concepts: [], categories: [] };
    starts[kind] = phrases;
    PHRASE_STARTS.set(first, starts);
  }
}

/** Whether the phrase's words follow from token `i` on (its first word is already known to match). */
function phraseAt(tokens: Token[], i: number, phrase: Phrase): boolean {
  for (let k = 1; k < phrase.stems.length; k++) if (tokens[i + k]?.light !== phrase.stems[k]) return false;
  return true;
}

function hitOf(phrase: Phrase, token: Token): Hit {
  return { feature: phrase.feature, words: phrase.words, capitalized: token.capitalized };
}

/** All phrase hits in a token list, as (feature, matched words). Linear: phrases are indexed by first stem. */
export function findPhrases(tokens: Token[], index: Map<string, Phrase[]>): Hit[] {
  const hits: Hit[] = [];
  tokens.forEach((token, i) => {
    for (const phrase of index.get(token.light) ?? []) if (phraseAt(tokens, i, phrase)) hits.push(hitOf(phrase, token));
  });
  return hits;
}

export type Features = Map<string, number>;

/** Raises feature `f` to at least `weight`; a write only when that changes something. */
export function raise(into: Features, f: string, weight: number): void {
  const before = into.get(f);
  const after = Math.max(before ?? 0, weight);
  if (after !== before) into.set(f, after);
}

interface Hit {
  feature: string;
  words: string;
  capitalized: boolean;
}

// Members that are also everyday words: only a capitalised 'Polish' or 'Meta' names the member.
const AMBIGUOUS_MEMBERS = new Set(['polish', 'us', 'ideal', 'meta', 'polar', 'web', 'turkey', 'china']);
const isMember = (hit: Hit) => hit.capitalized || !AMBIGUOUS_MEMBERS.has(hit.words);

export function addFeatures(into: Features, text: string, weight: number, allowedMembers?: Set<string>): Features {
  return addTokenFeatures(into, tokenize(text), weight, allowedMembers);
}

export function addTokenFeatures(
  into: Features,
  tokens: Token[],
  weight: number,
  allowedMembers?: Set<string>,
): Features {
  // One pass over the tokens; the key order stays stems, then concepts, then new category members.
  const concepts: string[] = [];
  const members: Hit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.content) raise(into, t.stem, weight);
    const starts = PHRASE_STARTS.get(t.light);
    if (!starts) continue;
    for (const phrase of starts.concepts) if (phraseAt(tokens, i, phrase)) concepts.push(phrase.feature);
    if (allowedMembers)
      for (const phrase of starts.categories) if (phraseAt(tokens, i, phrase)) members.push(hitOf(phrase, t));
  }
  for (const feature of concepts) raise(into, feature, weight);
  for (const hit of members) {
    if (allowedMembers?.has(hit.words) || hit.words === 'english' || !isMember(hit)) continue;
    raise(into, '#new-' + hit.feature.slice(1), weight);
  }
  return into;
}

/** Members (e.g. 'french', 'meta') that the given texts mention: these are contracted, not new. */
export function mentionedMembers(texts: string[]): Set<string> {
  const members = new Set<string>();
  for (const text of texts)
    for (const hit of findPhrases(tokenize(text), CATEGORY_INDEX)) if (isMember(hit)) members.add(hit.words);
  return members;
}

/**
 * Category features of an exclusion: it covers a category when it names the category or any member.
 * Members listed after 'other than' are the contracted ones, so they are dropped first.
 */
export function exclusionCategoryFeatures(text: string): string[] {
  const withoutAllowed = text.replace(/\bother than\b[^.;:()]{0,80}/gi, ' ');
  const tokens = tokenize(withoutAllowed);
  const features = new Set<string>();
  for (const hit of findPhrases(tokens, CATEGORY_INDEX))
    if (isMember(hit)) features.add('#new-' + hit.feature.slice(1));
  for (const hit of findPhrases(tokens, CATEGORY_WORD_INDEX)) features.add('#new-' + hit.feature.slice(1));
  return [...features];
}

/** Categories (as '#new-<name>') with at least one member named in the texts, English aside. */
export function enumeratedCategories(texts: string[]): Set<string> {
  const categories = new Set<string>();
  for (const text of texts)
    for (const hit of findPhrases(tokenize(text), CATEGORY_INDEX))
      if (hit.words !== 'english' && isMember(hit)) categories.add('#new-' + hit.feature.slice(1));
  return categories;
}
