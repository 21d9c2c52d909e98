// Learning from the AM: an ask similar enough to a corrected ask takes the corrected verdict.
import { contentStems } from './tokens';
import type { AskResult, Correction } from './types';

export const SIMILARITY_THRESHOLD = 0.5;

function stemSet(text: string): Set<string> {
  return new Set(contentStems(text));
}

/** Overlap of content stems relative to the smaller text (Szymkiewicz–Simpson), so rephrasings still match. */
export function similarity(a: string, b: string): number {
  const sa = stemSet(a);
  const sb = stemSet(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let shared = 0;
  for (const s of sa) if (sb.has(s)) shared++;
  const overlap = shared / Math.min(sa.size, sb.size);
  const jaccard = shared / (sa.size + sb.size - shared);
  return (overlap + jaccard) / 2;
}

export function applyCorrections(asks: AskResult[], corrections: Correction[]): AskResult[] {
  if (!Array.isArray(corrections) || corrections.length === 0) return asks;
  return asks.map((ask) => {
    let best: { c: Correction; sim: number } | null = null;
    for (const c of corrections) {
      if (!c || typeof c.askText !== 'string') continue;
      const sim = similarity(ask.span.text, c.askText);
      if (sim >= SIMILARITY_THRESHOLD && (!best || sim > best.sim)) best = { c, sim };
    }
    if (!best) return ask;
    return {
      ...ask,
      verdict: best.c.verdict,
      scopeRef: best.c.scopeRef,
      confidence: Math.round(best.sim * 100) / 100,
      matched: ask.matched,
      reason: `Follows your earlier correction of a similar ask ("${best.c.askText.slice(0, 80)}").`,
    };
  });
}
