import { describe, expect, it } from 'vitest';
import { percentile } from '@/lib/cli/bench-background';

describe('percentile (bench message waits)', () => {
  it('is the nearest-rank value, 0 for no samples', () => {
    const waits = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(waits, 95)).toBe(95);
    expect(percentile(waits, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBe(0);
  });
});
