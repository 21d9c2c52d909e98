// Exact decimal arithmetic on top of BigInt. A JS number like 2.5 or 0.1 is read through its
// shortest round-trip string ("0.1"), so 0.1 hours is exactly one tenth, not 0.1000000000000000055.

/** A decimal as an integer over a power of ten: value = units / 10^scale. */
export interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL_RE = /^(-)?(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/** The exact decimal a number prints as. Throws on NaN/Infinity: callers validate first. */
export function toDecimal(n: number): Decimal {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const m = DECIMAL_RE.exec(String(n));
  if (!m) throw new RangeError(`cannot read number: ${n}`);
  const [, sign, int = '0', frac = '', exp = '0'] = m;
  let scale = frac.length - Number(exp);
  let units = BigInt(int + frac);
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: sign ? -units : units, scale };
}

/** numerator / denominator rounded half away from zero (half-up for the non-negative money we store). */
export function divRound(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (n * 2n + d) / (2n * d);
  return negative ? -q : q;
}

/** a x b, rounded half-up to an integer exactly once. */
export function mulRound(a: number, b: number): number {
  const x = toDecimal(a);
  const y = toDecimal(b);
  return Number(divRound(x.units * y.units, 10n ** BigInt(x.scale + y.scale)));
}

/** Exact sum of decimals (hours, say), returned as the nearest double of the exact result. */
export function sumExact(values: readonly number[]): number {
  const ds = values.map(toDecimal);
  const scale = ds.reduce((s, d) => Math.max(s, d.scale), 0);
  const total = ds.reduce((acc, d) => acc + d.units * 10n ** BigInt(scale - d.scale), 0n);
  return Number(decimalString({ units: total, scale }));
}

export function decimalString(d: Decimal): string {
  const negative = d.units < 0n;
  const digits = (negative ? -d.units : d.units).toString().padStart(d.scale + 1, '0');
  const int = digits.slice(0, digits.length - d.scale);
  const frac = d.scale > 0 ? '.' + digits.slice(digits.length - d.scale) : '';
  return (negative ? '-' : '') + int + frac;
}
