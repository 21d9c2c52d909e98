// Order statistics for reply times. Method (documented because every tool differs): linear
// interpolation between closest ranks, the "type 7" estimator of R / numpy's default / Excel's
// PERCENTILE.INC. For sorted x[0..n-1] and p in [0, 100]: h = (n - 1) * p / 100,
// result = x[floor h] + (h - floor h) * (x[floor h + 1] - x[floor h]). The median is p = 50,
// so an even count gives the mean of the two middle values.

/** Rounds away binary noise (0.7000000000000002) so results compare exactly in tests and UI. */
const clean = (x: number): number => Math.round(x * 1e6) / 1e6;

/** `sorted` must be ascending; p is a whole or fractional percentage 0..100. */
export function percentileSorted(sorted: readonly number[], p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const pct = Math.min(100, Math.max(0, p));
  // Work in hundredths so (n - 1) * 90 / 100 stays exact for whole percentages.
  const scaled = (n - 1) * pct;
  const lo = Math.floor(scaled / 100);
  const frac = (scaled - lo * 100) / 100;
  const a = sorted[lo] ?? 0;
  const b = sorted[Math.min(lo + 1, n - 1)] ?? a;
  return clean(a + frac * (b - a));
}

export function percentile(values: readonly number[], p: number): number | null {
  return percentileSorted(
    [...values].sort((x, y) => x - y),
    p,
  );
}

export function median(values: readonly number[]): number | null {
  return percentile(values, 50);
}
