// What a piece of text is about, for matching: its content stems (weighted by how much topic they
// carry) and the taxonomy concepts it names. Computed once per unit of a message and reused for
// every ask whose context includes that unit.
import { conceptsIn } from './taxonomy';
import { tokenize, type Token } from './tokens';

/** How much a stem says about topic: 1 for most words, less for words common to every project's mail. */
export type Specificity = ReadonlyMap<string, number>;

export interface Topic {
  tokens: Token[];
  stems: Map<string, number>;
  concepts: Map<string, number>;
}

/** spec.get(stem) ?? 1, kept on the word's forms for the table it was read from. */
function specificityOf(t: Token, spec: Specificity): number {
  const forms = t.forms;
  if (!forms) return spec.get(t.stem) ?? 1;
  if (forms.specificityIn !== spec) {
    forms.specificity = spec.get(t.stem) ?? 1;
    forms.specificityIn = spec;
  }
  return forms.specificity;
}

export function topicOf(text: string, spec: Specificity): Topic {
  const tokens = tokenize(text);
  const stems = new Map<string, number>();
  const concepts = new Map<string, number>();
  for (const t of tokens) {
    if (!t.content) continue;
    const w = specificityOf(t, spec);
    if ((stems.get(t.stem) ?? 0) < w) stems.set(t.stem, w);
  }
  for (const h of conceptsIn(tokens)) {
    // A one-word label that is an everyday word in every project's mail ("review", "list",
    // "state") is as weak as an ambiguous one: it may not name the kind of work at all.
    const everyday = h.to - h.from === 1 && (spec.get(tokens[h.from]!.stem) ?? 1) < 0.75;
    const w = h.ambiguous || everyday ? 0.5 : 1;
    if ((concepts.get(h.id) ?? 0) < w) concepts.set(h.id, w);
  }
  return { tokens, stems, concepts };
}

/** `into` raised to at least `scale` times each weight of `topic`. */
export function mergeTopic(
  into: { stems: Map<string, number>; concepts: Map<string, number> },
  topic: Topic,
  scale: number,
): void {
  topic.stems.forEach((w, k) => {
    if ((into.stems.get(k) ?? 0) < w * scale) into.stems.set(k, w * scale);
  });
  topic.concepts.forEach((w, k) => {
    if ((into.concepts.get(k) ?? 0) < w * scale) into.concepts.set(k, w * scale);
  });
}
