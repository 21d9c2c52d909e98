// The asks detected on one thread or ticket; the background writes them, this re-reads on change.
import { useEffect, useState } from 'react';
import type { DetectedRequest } from '@/lib/db';
import { findRequestsBySource, onDbChange } from '@/lib/db';

/** How many open out-of-scope asks the project view lists (the newest); its heading gives the exact total. */
export const OPEN_ASKS_SHOWN = 50;

/** The first thread's asks, read as soon as the early page state names it (main.tsx); used once. */
let early: { sourceId: string; asks: Promise<DetectedRequest[]> } | null = null;

export function prefetchAsks(sourceId: string | null): void {
  early = sourceId === null ? null : { sourceId, asks: findRequestsBySource(sourceId) };
  early?.asks.catch(() => {}); // a failed early read is read again by the hook
}

function takeEarly(sourceId: string): Promise<DetectedRequest[]> | null {
  const hit = early?.sourceId === sourceId ? early.asks : null;
  early = null;
  return hit;
}

export function useAsks(sourceId: string | null): DetectedRequest[] {
  const [state, setState] = useState<{ sourceId: string | null; asks: DetectedRequest[] }>({
    sourceId: null,
    asks: [],
  });
  useEffect(() => {
    if (sourceId === null) return;
    let alive = true;
    const read = (first = false) =>
      ((first && takeEarly(sourceId)) || findRequestsBySource(sourceId)).then(
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
  return sourceId !== null && state.sourceId === sourceId ? state.asks : [];
}

/** Oldest first, so asks read in the thread's order. */
function byPosition(a: DetectedRequest, b: DetectedRequest): number {
  return (a.askedAt ?? a.createdAt).localeCompare(b.askedAt ?? b.createdAt) || a.createdAt.localeCompare(b.createdAt);
}
