// Lists of cue patterns: where the earliest of them matches.
import { LiteralFilter } from './prefilter';

/**
 * The alternation of `patterns`. At each position a regex tries its alternatives in turn, so the
 * union matches exactly where some pattern matches, and its leftmost match starts at the earliest
 * position any pattern matches. Capture groups are renumbered, so use it for test() and index only.
 */
export function anyOf(patterns: RegExp[]): RegExp {
  const flags = patterns[0]?.flags ?? '';
  for (const re of patterns) {
    // Mixed flags (or a stateful g/y regex) would change what the union means.
    if (re.flags !== flags || /[gy]/.test(flags)) throw new Error(`anyOf: pattern /${re.source}/${re.flags} differs`);
  }
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), flags);
}

/**
 * Where the earliest match of any of `patterns` starts (what anyOf(patterns) finds), running only
 * the patterns whose literal strings occur in the text (prefilter.ts): most texts hold none.
 */
export class EarliestMatch {
  private readonly filter: LiteralFilter;
  constructor(readonly patterns: readonly RegExp[]) {
    anyOf([...patterns]); // the same checks: one set of flags, none stateful
    this.filter = new LiteralFilter(patterns);
  }

  /**
   * The start of the earliest match, or -1. `possible`: the filter's mask for this text when the
   * caller read it already (bit k for patterns[k]); any superset of it gives the same answer.
   */
  index(text: string, possible: number = this.filter.mask(text)): number {
    let earliest = -1;
    for (let k = 0; k < this.patterns.length; k++) {
      if (!(possible & (1 << k))) continue;
      const m = this.patterns[k]!.exec(text);
      if (m && (earliest < 0 || m.index < earliest)) earliest = m.index;
    }
    return earliest;
  }
}
