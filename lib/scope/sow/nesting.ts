// A list's nesting, read from its markers: "2. HubSpot configuration" over "2.1 Portal setup" and
// "2.2 Custom properties" names a group, no item of its own; "4.1 Up to 6 workflows:" over "a. ...",
// "b. ..." is one counted item whose lettered lines say what it holds.
import { NUMBER_WORD } from './numbers';
import { quantityOf } from './quantity';
import type { RawItem } from './items';

/** How an item's line was marked: its marker ("2.", "4.1.", "a.", "-") and how far it was indented. */
export interface Mark {
  marker: string;
  indent: number;
}

/** "2." -> "2", "(4.1)" -> "4.1", "a)" -> "a": the marker's label, without brackets and dots. */
const labelOf = (marker: string) =>
  marker
    .trim()
    .replace(/^\(/, '')
    .replace(/[.):\s]+$/, '');
const WHOLE = /^\d{1,2}$/;
const DECIMAL = /^\d{1,2}(?:\.\d{1,2})+$/;
const LETTER = /^(?:[a-z]|i{1,3}|iv|vi{0,3}|ix|x)$/;

/** A marker's kind: numbers and decimals are one kind of level, letters another, bullets a third. */
function levelOf(marker: string): 'number' | 'letter' | 'bullet' {
  const label = labelOf(marker);
  if (WHOLE.test(label) || DECIMAL.test(label)) return 'number';
  return LETTER.test(label) ? 'letter' : 'bullet';
}

/** A line that opens the list under it ("Up to 6 workflows:"), as extractItems' INTRO reads it. */
const OPENS_LIST = /:\s*$/;
/** "Up to 6 workflows", "Four SCORM modules": the count opens the line (not "for the three show days"). */
const COUNTED = new RegExp(
  `^(?:(?:up to|a maximum of|max\\.?|approx\\.?|about|around)\\s+)?(?:\\d{1,4}|${NUMBER_WORD})\\b`,
  'i',
);

/**
 * The list's items with groups folded in: a whole-numbered item followed by its decimal children is
 * their group (its name goes into each child's description, where it still matches a client's ask),
 * and a counted item ending in a colon followed by deeper lines of another kind is one item (its
 * quantity kept, its lines in its description).
 */
export function foldNesting(items: RawItem[], marks: Map<RawItem, Mark>): RawItem[] {
  // The items after item i, read lazily: most heads stop at the first (a list of 50,000 bullets is no
  // list of groups, and must not cost a copy of the rest per item).
  function* after(i: number): Generator<RawItem> {
    for (let k = i + 1; k < items.length; k++) yield items[k]!;
  }
  const dropped = new Set<RawItem>();
  const out = new Map<RawItem, RawItem>();
  for (let i = 0; i < items.length; i++) {
    const head = items[i]!;
    const mark = marks.get(head);
    if (!mark) continue;
    const label = labelOf(mark.marker);
    if (WHOLE.test(label)) {
      const children: RawItem[] = [];
      for (const next of after(i)) {
        const m = marks.get(next);
        if (!m) break;
        const l = labelOf(m.marker);
        if (l.startsWith(`${label}.`) && DECIMAL.test(l)) children.push(next);
        else if (levelOf(m.marker) === 'number') break;
      }
      if (children.length === 0) continue;
      dropped.add(head);
      const group = head.title.replace(/[:.]\s*$/, '');
      for (const c of children) {
        const now = out.get(c) ?? c;
        out.set(c, { ...now, description: `${group}: ${now.description}` });
      }
      continue;
    }
    if (!OPENS_LIST.test(head.description) || !COUNTED.test(head.description) || quantityOf(head.description) === null)
      continue;
    const parts: RawItem[] = [];
    for (const next of after(i)) {
      const m = marks.get(next);
      if (!m || !(levelOf(m.marker) !== levelOf(mark.marker) || m.indent > mark.indent)) break;
      if (levelOf(m.marker) === 'number' && WHOLE.test(labelOf(m.marker))) break;
      parts.push(next);
    }
    if (parts.length < 2) continue;
    for (const p of parts) dropped.add(p);
    const title = head.title.replace(/:\s*$/, '');
    const listed = parts.map((p) => (out.get(p) ?? p).description.replace(/[;.,]\s*$/, '')).join('; ');
    const now = out.get(head) ?? head;
    out.set(head, {
      ...now,
      title,
      description: `${now.description.replace(/:\s*$/, '')}: ${listed}`,
      quantity: quantityOf(head.description),
      end: parts[parts.length - 1]!.end,
    });
  }
  return items.filter((it) => !dropped.has(it)).map((it) => out.get(it) ?? it);
}
