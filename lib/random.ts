// Seeded randomness (mulberry32): the same seed gives the same sequence on every run, for the fuzz
// suite, seeded test workspaces and the benches' generated records. Not for anything secret.
export type Rng = () => number;

/** mulberry32: small, fast, good enough to pick mutations and spread records. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
