// Word's tracked changes pasted as text: "Label design for [deleted: 8] [inserted: 6] beers",
// "[Comment [JN1]: Petr asked about a 4-pack ...]". The SOW that will be signed is the accepted
// text: deletions and comments go, insertions stay. Offsets map back to the pasted text, so the
// review screen still marks where each item came from.

const CHANGE = /\s?\[Comment \[[^\]]*\]:[^\]]*\]|\[deleted:[^\]]*\] ?|\[inserted: ?([^\]]*)\]/g;

export interface Accepted {
  text: string;
  /** The pasted text's offset for an offset into the accepted text. */
  sourceOf: (at: number) => number;
}

export function acceptChanges(pasted: string): Accepted {
  if (!/\[(?:deleted|inserted):|\[Comment \[/.test(pasted)) return { text: pasted, sourceOf: (at) => at };
  // Each kept run: where it starts in the accepted text and in the pasted one.
  const runs: { at: number; from: number }[] = [];
  let text = '';
  let last = 0;
  const keep = (from: number, to: number) => {
    if (to <= from) return;
    runs.push({ at: text.length, from });
    text += pasted.slice(from, to);
  };
  for (const m of pasted.matchAll(CHANGE)) {
    const at = m.index ?? 0;
    keep(last, at);
    if (m[1] !== undefined) {
      const inner = at + m[0].indexOf(m[1], m[0].indexOf(':') + 1);
      keep(inner, inner + m[1].length);
    }
    last = at + m[0].length;
  }
  keep(last, pasted.length);
  const sourceOf = (at: number) => {
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (runs[mid]!.at <= at) lo = mid;
      else hi = mid - 1;
    }
    const run = runs[lo];
    return run ? run.from + (at - run.at) : at;
  };
  return { text, sourceOf };
}
