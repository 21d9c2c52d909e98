// The background warms the engine up as the worker starts and waits for it before judging; a
// warm-up that fails part-way is reported and the judgment goes on (the engine builds what is
// missing itself).
import { describe, expect, it, vi } from 'vitest';

const warm = vi.hoisted(() => ({ yields: 0 }));
vi.mock('@/lib/scope/warm', () => ({
  *warmEngine() {
    warm.yields++;
    yield;
    throw new Error('warm-up broke');
  },
}));
const { judgeTitles } = await import('@/lib/background/listJudge');
const { acmeProject } = await import('./seedAcme');

const project = acmeProject({ id: 'p-warm' });

describe('engine warm-up in the background', () => {
  it('judges after a warm-up that failed, and warms up once per kind for concurrent judgments', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const [a, b] = await Promise.all([
      judgeTitles([{ key: 'ACME-1', title: 'Store locator map on the contact page' }], project, []),
      judgeTitles([{ key: 'ACME-2', title: 'Fix broken links in footer' }], project, []),
    ]);
    expect(a![0]!.verdict).toBe('out_of_scope');
    expect(b![0]!.sourceId).toBe('ACME-2');
    // The mail warm-up, then the titles' own: each started once for both judgments.
    expect(warm.yields).toBe(2);
    expect(warn).toHaveBeenCalledWith('Scopekeeper: engine warm-up stopped', expect.any(Error));
    await judgeTitles([{ key: 'ACME-3', title: 'Another card' }], project, []);
    expect(warm.yields).toBe(2);
    warn.mockRestore();
  });

  it('warms up as the worker starts, before any judgment, then loads the record schemas and builds their quick paths', async () => {
    vi.resetModules();
    warm.yields = 0;
    const built = { steps: 0, done: false };
    const loadValidate = vi.fn(() =>
      Promise.resolve({
        *buildValidators() {
          for (; built.steps < 3; built.steps++) yield;
          built.done = true;
        },
      }),
    );
    vi.doMock('@/lib/db/errors', async (actual) => ({ ...(await actual<object>()), loadValidate }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fresh = await import('@/lib/background/engineMemo');
    fresh.warmUpWorker();
    await vi.waitFor(() => expect(built.done).toBe(true));
    expect(loadValidate).toHaveBeenCalledTimes(1);
    // The mail warm-up and the titles' one, with no judgment asked for.
    expect(warm.yields).toBe(2);
    const { judgeTitles: judge } = await import('@/lib/background/listJudge');
    await judge([{ key: 'ACME-4', title: 'Store locator map on the contact page' }], project, []);
    expect(warm.yields).toBe(2);
    warn.mockRestore();
    vi.doUnmock('@/lib/db/errors');
  });
});
