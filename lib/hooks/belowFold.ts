// When a read for something below the first screen may start: not while what is above it is still
// being read and rendered. A read that lands first holds back the frame that shows the top of the
// page (the side panel's asks waited for its project view's render: ~30-45 ms at 10,000 records).
import { useRef, useState } from 'react';
import { useReadEffect } from './readEffect';
import { afterPaint } from './useRecords';

/**
 * False until `now` holds (nothing above to wait for), or until a frame has been painted after
 * `shown` first held (what is above is on screen); true from then on, so a later change above
 * (another thread of the same project) never hides what is below again. `prefetch` runs at that
 * frame, before its paint: the read can start then (its answer cannot land before the paint), while
 * the render that takes it waits for the paint.
 */
export function useBelowFold(now: boolean, shown: boolean, prefetch?: () => void): boolean {
  const [ready, setReady] = useState(false);
  // The latest `prefetch` (a new closure every render), for the frame callback below.
  const latest = useRef(prefetch);
  useReadEffect(() => {
    latest.current = prefetch;
  });
  useReadEffect(() => {
    if (ready) return;
    if (now) return setReady(true);
    if (shown)
      return afterPaint(
        () => setReady(true),
        () => latest.current?.(),
      );
  }, [ready, now, shown]);
  return ready || now;
}
