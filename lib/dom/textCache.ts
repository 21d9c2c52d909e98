// Remembered reads for the content runtime. A page that changes one node every few hundred
// milliseconds must not be walked whole after every change: while a cache is active, readText keeps
// each element's text until a mutation under that element drops it, and records which elements the
// adapter read, so the next change can be checked against exactly those.

export class TextCache {
  private texts = new WeakMap<Node, Map<string, string>>();
  /** Texts a mutation made doubtful: kept until the node is read again, to tell whether it changed. */
  private stale = new Map<Node, Map<string, string>>();
  /** Elements read during the last read (filled while active). */
  roots = new Set<Node>();

  get(node: Node, key: string): string | undefined {
    return this.texts.get(node)?.get(key);
  }

  set(node: Node, key: string, text: string): void {
    let m = this.texts.get(node);
    if (!m) this.texts.set(node, (m = new Map()));
    m.set(key, text);
  }

  /** A node changed: every cached read of it or of an ancestor is stale. */
  invalidate(node: Node): void {
    for (let n: Node | null = node; n; n = n.parentNode) {
      const m = this.texts.get(n);
      if (!m) continue;
      this.texts.delete(n);
      if (!this.stale.has(n)) this.stale.set(n, m);
    }
  }

  /** The texts `node` had before it went stale (each read key), or null if it had none. */
  previous(node: Node): ReadonlyMap<string, string> | null {
    return this.stale.get(node) ?? null;
  }

  /** Forgets the doubtful texts once a pass has dealt with them. */
  settle(): void {
    this.stale.clear();
  }

  clear(): void {
    this.texts = new WeakMap();
    this.stale.clear();
    this.roots = new Set();
  }
}

let active: TextCache | null = null;

/**
 * Runs a (synchronous) read with `cache` remembering texts and recording the elements read (from a
 * fresh set unless `keepRoots`).
 */
export function withTextCache<T>(cache: TextCache, read: () => T, keepRoots = false): T {
  const previous = active;
  active = cache;
  if (!keepRoots) cache.roots = new Set();
  try {
    return read();
  } finally {
    active = previous;
  }
}

/** readText's hook: the cached text of `node`, or `compute()` remembered. Without a cache, just compute. */
export function cachedText(node: Node, key: string, compute: () => { text: string; cacheable: boolean }): string {
  const cache = active;
  if (!cache) return compute().text;
  cache.roots.add(node);
  const hit = cache.get(node, key);
  if (hit !== undefined) return hit;
  const { text, cacheable } = compute();
  if (cacheable) cache.set(node, key, text);
  return text;
}

/** Lets code that reads attributes of an element (dates, keys) record it as read, too. */
export function noteRead(node: Node | null | undefined): void {
  if (node && active) active.roots.add(node);
}
