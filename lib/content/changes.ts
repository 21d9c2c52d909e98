// What changed in the page since the last pass, kept as the MutationObserver reported it, so a pass
// can tell whether anything the adapter read (or could newly read) was touched before reading again.
import { matches, safeOne, type Field } from '@/lib/dom/query';
import type { TextCache } from '@/lib/dom/textCache';

const NONE: ReadonlySet<MutationRecord> = new Set();

/** Past this many inserted elements a pass simply re-reads (an app re-rendered a whole view). */
const MANY_ADDED = 64;

export class ChangeLog {
  private targets = new Set<Node>();
  private added: Element[] = [];
  private overflow = false;
  private badgeRemoved = false;
  private elementRemoved = false;

  /** `neutral`: records that changed no text (watch.ts), which matter only for what they removed. */
  record(records: readonly MutationRecord[], neutral: ReadonlySet<MutationRecord> = NONE): void {
    for (const r of records) {
      if (neutral.has(r)) {
        // An identical copy took the node's place: the target's reads stay good. A read element
        // among the removed is no longer in the document, which touched() notices.
        if (r.removedNodes.length) this.elementRemoved = true;
        continue;
      }
      this.targets.add(r.target);
      for (const n of Array.from(r.removedNodes)) {
        if (n.nodeType !== 1) continue;
        this.elementRemoved = true;
        if (n.nodeName === 'SCOPEKEEPER-BADGE') this.badgeRemoved = true;
      }
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

  /** What was recorded so far, without handing it over (to decide whether a pass is needed). */
  pending(): Changes {
    return new Changes(this.targets, this.added, this.overflow, this.badgeRemoved, this.elementRemoved);
  }

  /** Hands over what was recorded and starts afresh. */
  take(): Changes {
    const c = this.pending();
    this.targets = new Set();
    this.added = [];
    this.overflow = false;
    this.badgeRemoved = false;
    this.elementRemoved = false;
    return c;
  }
}

export class Changes {
  constructor(
    readonly targets: ReadonlySet<Node>,
    readonly added: readonly Element[],
    readonly overflow: boolean,
    /** The app dropped one of our badges: it must go back even if nothing read changed. */
    readonly badgeRemoved = false,
    /** Only an element's removal can take a read element out of the document. */
    readonly elementRemoved = true,
  ) {}

  get none(): boolean {
    return this.targets.size === 0;
  }

  /** Drops the cached text of everything a mutation touched. */
  invalidate(cache: TextCache): void {
    for (const t of this.targets) cache.invalidate(t);
  }

  /**
   * Which of `roots` (the elements the last read looked at) a change happened inside, or null when
   * the page's structure changed: a root left the document, or an inserted element is (or holds)
   * something one of the adapter's fields would find. An empty set: nothing read was touched.
   */
  touched(roots: ReadonlySet<Node>, fields: readonly Field[]): Set<Node> | null {
    if (this.overflow) return null;
    if (this.elementRemoved) for (const root of roots) if (!root.isConnected) return null;
    for (const el of this.added) {
      for (const f of fields) {
        if (matches(el, f) || f.selectors.some((s) => safeOne(el, s.css))) return null;
      }
    }
    const hit = new Set<Node>();
    for (const t of this.targets) {
      for (let n: Node | null = t; n; n = n.parentNode) if (roots.has(n)) hit.add(n);
    }
    return hit;
  }
}
