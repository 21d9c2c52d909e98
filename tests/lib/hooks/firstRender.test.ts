// The side panel's first frame: rendered once the first screen's reads are in, or once the wait is
// over, whichever comes first; never twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_RENDER_WAIT_MS, renderWhenRead } from '@/lib/hooks/firstRender';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function deferred() {
  let resolve!: () => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('renderWhenRead', () => {
  it('renders as soon as the read is in, once, and not again when the wait runs out', async () => {
    const render = vi.fn();
    const read = deferred();
    renderWhenRead(render, read.promise);
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS / 2);
    expect(render).not.toHaveBeenCalled();
    read.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(render).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders when the wait runs out with the read still out, and not again when it comes in', async () => {
    const render = vi.fn();
    const read = deferred();
    renderWhenRead(render, read.promise);
    await vi.advanceTimersByTimeAsync(FIRST_RENDER_WAIT_MS - 1);
    expect(render).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(render).toHaveBeenCalledTimes(1);
    read.resolve();
    await vi.advanceTimersByTimeAsync(0);
    expect(render).toHaveBeenCalledTimes(1);
  });

  it('renders on a failed read (the page reads again and reports it)', async () => {
    const render = vi.fn();
    const read = deferred();
    renderWhenRead(render, read.promise);
    read.reject(new Error('database gone'));
    await vi.advanceTimersByTimeAsync(0);
    expect(render).toHaveBeenCalledTimes(1);
  });
});
