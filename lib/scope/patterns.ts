// Lists of cue patterns compiled into one regex: one scan of the text instead of one per pattern.

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
