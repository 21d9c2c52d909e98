// Debounced DOM watching: the apps we run in mutate constantly (Gmail re-renders its list every few
// seconds), so we never work per mutation, only once things have been quiet for `wait` ms, and
// never more rarely than `maxWait` while mutations keep coming.

export interface Debounced {
  (): void;
  cancel(): void;
  flush(): void;
}

export function debounce(fn: () => void, wait: number, maxWait = wait * 4): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstCall = 0;
  const run = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstCall = 0;
    fn();
  };
  const d = (() => {
    const now = Date.now();
    if (!firstCall) firstCall = now;
    if (timer) clearTimeout(timer);
    const left = Math.max(0, Math.min(wait, firstCall + maxWait - now));
    timer = setTimeout(run, left);
  }) as Debounced;
  d.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    firstCall = 0;
  };
  d.flush = () => {
    if (timer) run();
  };
  return d;
}

/**
 * A record that changed nothing a reader could see: a node swapped for an identical copy in one
 * record (replaceWith / replaceChild, as re-rendering libraries do) or text set to what it already
 * was. Separate remove and insert records are not paired here: the runtime re-reads the touched
 * element and compares its text instead. Acting on it would mean re-reading
 * for nothing.
 */
export function isNeutral(r: MutationRecord): boolean {
  if (r.type === 'characterData') return r.oldValue === r.target.nodeValue;
  if (r.type !== 'childList' || r.addedNodes.length === 0 || r.addedNodes.length !== r.removedNodes.length)
    return false;
  for (let i = 0; i < r.addedNodes.length; i++) {
    if (!r.addedNodes[i]!.isEqualNode(r.removedNodes[i]!)) return false;
  }
  return true;
}

/**
 * Calls `onChange` (debounced) after DOM mutations under `target`, ignoring the insertion of our own
 * badges (so mounting a badge does not wake us up again) and neutral records. Text edited in place
 * (characterData) counts too. `onRecords` receives every record that counts, so the caller can tell
 * what changed, and may answer false when none of it concerns it (no pass then). Returns a stop
 * function.
 */
export function watchMutations(
  target: Node,
  onChange: () => void,
  wait = 200,
  onRecords?: (records: MutationRecord[]) => boolean | void,
): () => void {
  const d = debounce(onChange, wait);
  const ours = (n: Node): boolean => n.nodeName === 'SCOPEKEEPER-BADGE';
  // Our own insertions are ignored; removals are not: an app that drops our badge needs it back.
  const counts = (r: MutationRecord): boolean =>
    (r.type === 'characterData' || r.removedNodes.length > 0 || !Array.from(r.addedNodes).every(ours)) && !isNeutral(r);
  const observer = new MutationObserver((records) => {
    const kept = records.filter(counts);
    if (kept.length === 0) return;
    if (onRecords?.(kept) === false) return;
    d();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  return () => {
    observer.disconnect();
    d.cancel();
  };
}
