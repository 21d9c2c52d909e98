// What is below the first screen is read once what is above is on screen, or at once when nothing
// is above; once allowed, never taken back.
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useBelowFold } from '@/lib/hooks/belowFold';

afterEach(cleanup);

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe('useBelowFold', () => {
  it('waits while what is above is still being read', async () => {
    const { result } = renderHook(() => useBelowFold(false, false));
    await frame();
    await frame();
    expect(result.current).toBe(false);
  });

  it('allows the read at once when nothing is above it', () => {
    const { result } = renderHook(() => useBelowFold(true, false));
    expect(result.current).toBe(true);
  });

  it('allows the read a paint after what is above is shown, not in the same render', async () => {
    const { result, rerender } = renderHook(({ shown }) => useBelowFold(false, shown), {
      initialProps: { shown: false },
    });
    rerender({ shown: true });
    expect(result.current).toBe(false);
    await waitFor(() => expect(result.current).toBe(true));
  });

  it('starts the prefetch at the frame that paints what is above, before the read is allowed', async () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    try {
      const prefetch = vi.fn();
      const { result, rerender } = renderHook(({ shown }) => useBelowFold(false, shown, prefetch), {
        initialProps: { shown: false },
      });
      rerender({ shown: true });
      expect(prefetch).not.toHaveBeenCalled();
      act(() => frames.shift()!(0)); // the frame that paints the asks
      expect(prefetch).toHaveBeenCalledTimes(1);
      expect(result.current).toBe(false); // the render that takes the read waits for the paint
      await waitFor(() => expect(result.current).toBe(true));
      expect(prefetch).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('needs no prefetch when nothing is above', () => {
    const prefetch = vi.fn();
    renderHook(() => useBelowFold(true, false, prefetch));
    expect(prefetch).not.toHaveBeenCalled();
  });

  it('stays allowed when what is above is read again (another thread of the project)', async () => {
    const { result, rerender } = renderHook(({ now, shown }) => useBelowFold(now, shown), {
      initialProps: { now: true, shown: false },
    });
    await frame();
    rerender({ now: false, shown: false });
    expect(result.current).toBe(true);
  });
});
