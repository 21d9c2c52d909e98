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
 * record (replaceWith / replaceChild, as browsers report them) or text set to what it already was.
 * Acting on it would mean re-reading for nothing.
 */
export function isNeutral(r: MutationRecord): boolean {
  if (r.type === 'characterData') return r.oldValue === r.target.nodeValue;
  if (r.type !== 'childList' || r.addedNodes.length === 0 || r.addedNodes.length !== r.removedNodes.length)
    return false;
  for (let i = 0; i < r.addedNodes.length; i++) {
    if (!sameCopy(r.removedNodes[i]!, r.addedNodes[i]!)) return false;
  }
  return true;
}

/**
 * The same swap reported as two records, as frameworks make it: removeChild then insertBefore at the
 * same place (same siblings either side), or insertBefore the old node then removeChild of it.
 */
export function isNeutralPair(a: MutationRecord, b: MutationRecord): boolean {
  if (a.type !== 'childList' || b.type !== 'childList' || a.target !== b.target) return false;
  const one = (list: NodeList): Node | null => (list.length === 1 ? list[0]! : null);
  const [outA, inA, outB, inB] = [one(a.removedNodes), one(a.addedNodes), one(b.removedNodes), one(b.addedNodes)];
  if (a.addedNodes.length === 0 && b.removedNodes.length === 0 && outA && inB)
    return a.previousSibling === b.previousSibling && a.nextSibling === b.nextSibling && sameCopy(outA, inB);
  if (a.removedNodes.length === 0 && b.addedNodes.length === 0 && inA && outB)
    return b.previousSibling === inA && sameCopy(outB, inA);
  return false;
}

/** The records among `records` that changed nothing a reader could see (alone or as a pair). */
export function neutralRecords(records: readonly MutationRecord[]): Set<MutationRecord> {
  const neutral = new Set<MutationRecord>();
  for (let i = 0; i < records.length; i++) {
    const r = records[i]!;
    if (isNeutral(r)) neutral.add(r);
    else if (i + 1 < records.length && isNeutralPair(r, records[i + 1]!)) neutral.add(r).add(records[++i]!);
  }
  return neutral;
}

/** An equal copy (tag, attributes, whole subtree, compared natively), never one of our badges leaving. */
function sameCopy(gone: Node, put: Node): boolean {
  if (gone.nodeName === 'SCOPEKEEPER-BADGE') return false;
  if (gone.nodeType === 1 && (gone as Element).querySelector('scopekeeper-badge')) return false;
  return gone.isEqualNode(put);
}

/**
 * Calls `onChange` (debounced) after DOM mutations under `target`, ignoring the insertion of our own
 * badges (so mounting a badge does not wake us up again) and neutral records. Text edited in place
 * (characterData) counts too. `onRecords` receives every record but our insertions, with the neutral
 * ones among them named (a neutral swap may still have taken an element the caller read out of the
 * document), and may answer false when none of it concerns it (no pass then). Returns a stop function.
 */
export function watchMutations(
  target: Node,
  onChange: () => void,
  wait = 200,
  onRecords?: (records: MutationRecord[], neutral: ReadonlySet<MutationRecord>) => boolean | void,
): () => void {
  const d = debounce(onChange, wait);
  const ours = (n: Node): boolean => n.nodeName === 'SCOPEKEEPER-BADGE';
  // Our own insertions are ignored; removals are not: an app that drops our badge needs it back.
  const counts = (r: MutationRecord): boolean =>
    r.type === 'characterData' || r.removedNodes.length > 0 || !Array.from(r.addedNodes).every(ours);
  const observer = new MutationObserver((records) => {
    const kept = records.filter(counts);
    if (kept.length === 0) return;
    const neutral = neutralRecords(kept);
    // Only text set to what it was: nothing moved, nothing for anyone to check.
    if (neutral.size === kept.length && kept.every((r) => r.type === 'characterData')) return;
    if (onRecords) {
      if (onRecords(kept, neutral) === false) return;
    } else if (neutral.size === kept.length) return;
    d();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true, characterDataOldValue: true });
  return () => {
    observer.disconnect();
    d.cancel();
  };
}
