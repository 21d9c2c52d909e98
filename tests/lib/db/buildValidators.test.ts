// The service worker builds each store's quick path as it starts (buildValidators, run in time
// slices by the background's warm-up), so its first save under load does not: one store per step.
import { describe, expect, it, vi } from 'vitest';
import type * as FastParse from '@/lib/db/fastParse';

vi.mock('@/lib/db/fastParse', async (importOriginal) => {
  const actual = await importOriginal<typeof FastParse>();
  return { ...actual, fastParser: vi.fn(actual.fastParser) };
});
const { fastParser } = await import('@/lib/db/fastParse');
const { buildValidators } = await import('@/lib/db/validate');
const { schemas, STORE_NAMES } = await import('@/lib/db/schemas');

describe('buildValidators', () => {
  it("builds every store's quick path, one store per step", () => {
    const built = vi.mocked(fastParser);
    const steps = buildValidators();
    for (let i = 0; i < STORE_NAMES.length; i++) {
      expect(steps.next().done).toBe(false);
      // Each step built one more store's, and nothing else.
      expect(built).toHaveBeenCalledTimes(i + 1);
    }
    expect(steps.next().done).toBe(true);
    const seen = built.mock.calls.map(([schema]) => schema);
    expect(new Set(seen)).toEqual(new Set(STORE_NAMES.map((store) => schemas[store])));
    // Built: every store's parser is there for the first save to use (none of the record schemas
    // is one the quick path turns down).
    for (const store of STORE_NAMES)
      expect(built.mock.results.find((r, i) => seen[i] === schemas[store])?.value).toBeTypeOf('function');
  });
});
