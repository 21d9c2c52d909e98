// What changed in the page since the last pass, kept as the MutationObserver reported it, so a pass
// can tell whether anything the adapter read (or could newly read) was touched before reading again.
import { matches, safeOne, type Field } from '@/lib/dom/query';
import type { TextCache } from '@/lib/dom/textCache';

/** Past this many inserted elements a pass simply re-reads (an app re-rendered a whole view). */
const MANY_ADDED = 64;

export class ChangeLog {
  private targets = new Set<Node>();
  private added: Element[] = [];
  private overflow = false;

  record(records: readonly MutationRecord[]): void {
    for (const r of records) {
      this.targets.add(r.target);
      if (this.overflow) continue;
      for (const n of Array.from(r.addedNodes)) {
        if (n.nodeType !== 1 || n.nodeName === 'SCOPEKEEPER-BADGE') continue;
        if (this.added.length >= MANY_ADDED) {
          this.overflow = true;
          this.added = [];
          break;
        }
        this.added.push(n as Element);
      }
    }
  }

  /** Hands over what was recorded and starts afresh. */
  take(): Changes {
    const c = new Changes(this.targets, this.added, this.overflow);
    this.targets = new Set();
    this.added = [];
    this.overflow = false;
    return c;
  }
}

export class Changes {
  constructor(
    readonly targets: ReadonlySet<Node>,
    readonly added: readonly Element[],
    readonly overflow: boolean,
  ) {}

  get none(): boolean {
    return this.targets.size === 0;
  }

  /** Drops the cached text of everything a mutation touched. */
  invalidate(cache: TextCache): void {
    for (const t of this.targets) cache.invalidate(t);
  }

  /**
   * Could the read of `roots` (the elements the last read looked at) have changed? Yes when a change
   * happened inside one, one left the document, or an inserted element is (or holds) something one
   * of the adapter's fields would find.
   */
  affects(roots: ReadonlySet<Node>, fields: readonly Field[]): boolean {
    if (this.overflow) return true;
    for (const root of roots) if (!root.isConnected) return true;
    for (const t of this.targets) {
      for (let n: Node | null = t; n; n = n.parentNode) if (roots.has(n)) return true;
    }
    for (const el of this.added) {
      for (const f of fields) {
        if (matches(el, f) || f.selectors.some((s) => safeOne(el, s.css))) return true;
      }
    }
    return false;
  }
}
