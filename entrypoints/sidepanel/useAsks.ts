// The asks detected on one thread or ticket; the background writes them, this re-reads on change.
import { useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import type { DetectedRequest } from '@/lib/db';
import { findRequestsBySource, onDbChange } from '@/lib/db';
import { earlyRead } from '@/lib/hooks/earlyRead';

/** How many open out-of-scope asks the project view lists (the newest); its heading gives the exact total. */
export const OPEN_ASKS_SHOWN = 50;

const NO_ASKS: DetectedRequest[] = [];

/** The first thread's asks, read as soon as the early page state names it (main.tsx); used once. */
const early = earlyRead((sourceId: string) => findRequestsBySource(sourceId));

export function prefetchAsks(sourceId: string | null): Promise<unknown> | null {
  return early.start(sourceId);
}

/** The asks of `sourceId`; `read` once they have been read (false with no source). */
export function useAsks(sourceId: string | null): { asks: DetectedRequest[]; read: boolean } {
  const [state, setState] = useState<{ sourceId: string | null; asks: DetectedRequest[] }>({
    sourceId: null,
    asks: [],
  });
  useReadEffect(() => {
    if (sourceId === null) return;
    let alive = true;
    const read = (first = false) =>
      ((first && early.take(sourceId)) || findRequestsBySource(sourceId)).then(
        (asks) => alive && setState({ sourceId, asks: asks.sort(byPosition) }),
        () => alive && setState({ sourceId, asks: [] }),
      );
    void read(true);
    const off = onDbChange((c) => {
      if (c.store === 'requests') void read();
    });
    return () => {
      alive = false;
      off();
    };
  }, [sourceId]);
  const read = sourceId !== null && state.sourceId === sourceId;
  return { asks: read ? state.asks : NO_ASKS, read };
}

/** Oldest first, so asks read in the thread's order. */
function byPosition(a: DetectedRequest, b: DetectedRequest): number {
  return (a.askedAt ?? a.createdAt).localeCompare(b.askedAt ?? b.createdAt) || a.createdAt.localeCompare(b.createdAt);
}
