// The asks detected on one thread or ticket; the background writes them, this re-reads on change.
import { useEffect, useState } from 'react';
import type { DetectedRequest } from '@/lib/db';
import { findRequestsBySource, listProjectRecordsWhere, onDbChange } from '@/lib/db';
import { openOutOfScope } from '@/lib/asks/verdict';

/** How many open out-of-scope asks the project view lists; one more is read to know there are more. */
export const OPEN_ASKS_SHOWN = 50;

/** The project's newest open out-of-scope asks (no change order, not absorbed), at most OPEN_ASKS_SHOWN + 1. */
export function useOpenAsks(projectId: string | null): DetectedRequest[] {
  const [state, setState] = useState<{ projectId: string | null; asks: DetectedRequest[] }>({
    projectId: null,
    asks: [],
  });
  useEffect(() => {
    if (projectId === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const isOpen = (r: DetectedRequest) => openOutOfScope([r]).length === 1;
    const read = () =>
      listProjectRecordsWhere('requests', projectId, OPEN_ASKS_SHOWN + 1, isOpen).then(
        (asks) => alive && setState({ projectId, asks }),
        () => alive && setState({ projectId, asks: [] }),
      );
    void read();
    const off = onDbChange((c) => {
      if (c.store !== 'requests') return;
      clearTimeout(timer);
      timer = setTimeout(() => void read(), 50);
    });
    return () => {
      alive = false;
      clearTimeout(timer);
      off();
    };
  }, [projectId]);
  return projectId !== null && state.projectId === projectId ? state.asks : [];
}

export function useAsks(sourceId: string | null): DetectedRequest[] {
  const [state, setState] = useState<{ sourceId: string | null; asks: DetectedRequest[] }>({
    sourceId: null,
    asks: [],
  });
  useEffect(() => {
    if (sourceId === null) return;
    let alive = true;
    const read = () =>
      findRequestsBySource(sourceId).then(
        (asks) => alive && setState({ sourceId, asks: asks.sort(byPosition) }),
        () => alive && setState({ sourceId, asks: [] }),
      );
    void read();
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
