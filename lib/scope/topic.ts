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

export function topicOf(text: string, spec: Specificity): Topic {
  const tokens = tokenize(text);
  const stems = new Map<string, number>();
  const concepts = new Map<string, number>();
  for (const t of tokens) {
    if (!t.content) continue;
    const w = spec.get(t.stem) ?? 1;
    if ((stems.get(t.stem) ?? 0) < w) stems.set(t.stem, w);
  }
  for (const h of conceptsIn(tokens)) {
    const w = h.ambiguous ? 0.5 : 1;
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
  for (const [k, w] of topic.stems) if ((into.stems.get(k) ?? 0) < w * scale) into.stems.set(k, w * scale);
  for (const [k, w] of topic.concepts) if ((into.concepts.get(k) ?? 0) < w * scale) into.concepts.set(k, w * scale);
}
