// What changed in the page since the last pass, kept as the MutationObserver reported it, so a pass
// can tell whether anything the adapter read (or could newly read) was touched before reading again.
import { matches, safeOne, type Field } from '@/lib/dom/query';
import type { TextCache } from '@/lib/dom/textCache';

const NONE: ReadonlySet<MutationRecord> = new Set();

/** Past this many inserted elements a pass simply re-reads (an app re-rendered a whole view). */
const MANY_ADDED = 64;
/** Past this many removed elements, every element read is checked instead of each removed one. */
const MANY_REMOVED = 64;
/** A removed element with more descendants than this is not searched: the elements read are checked. */
const BIG_SUBTREE = 256;
/** Too many removals to follow one by one. */
const MANY = 'many';

export class ChangeLog {
  private targets = new Set<Node>();
  private added: Element[] = [];
  private overflow = false;
  private badgeRemoved = false;
  /** The elements removed since the last pass (MANY past MANY_REMOVED): read ones may have gone with them. */
  private removed: Element[] | typeof MANY = [];

  /** `neutral`: records that changed no text (watch.ts), which matter only for what they removed. */
  record(records: readonly MutationRecord[], neutral: ReadonlySet<MutationRecord> = NONE): void {
    for (const r of records) {
      // An identical copy that took a node's place changed no text: the target's reads stay good.
      const isNeutral = neutral.has(r);
      if (!isNeutral) this.targets.add(r.target);
      for (const n of Array.from(r.removedNodes)) {
        if (n.nodeType !== 1) continue;
        this.noteRemoved(n as Element);
        if (!isNeutral && n.nodeName === 'SCOPEKEEPER-BADGE') this.badgeRemoved = true;
      }
      if (this.overflow || isNeutral) continue;
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

  private noteRemoved(el: Element): void {
    if (this.removed === MANY) return;
    if (this.removed.length >= MANY_REMOVED) this.removed = MANY;
    else this.removed.push(el);
  }

  /** What was recorded so far, without handing it over (to decide whether a pass is needed). */
  pending(): Changes {
    return new Changes(this.targets, this.added, this.overflow, this.badgeRemoved, this.removed);
  }

  /** Hands over what was recorded and starts afresh. */
  take(): Changes {
    const c = this.pending();
    this.targets = new Set();
    this.added = [];
    this.overflow = false;
    this.badgeRemoved = false;
    this.removed = [];
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
    /** Removed elements (only a removal can take a read element out of the document), or MANY. */
    readonly removed: readonly Element[] | typeof MANY = MANY,
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
    if (this.removed === MANY ? anyDetached(roots) : this.removed.some((el) => holdsRead(el, roots))) return null;
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

/** `el` (removed) is, or holds, an element the last read looked at; a big subtree checks them all. */
function holdsRead(el: Element, roots: ReadonlySet<Node>): boolean {
  if (roots.has(el)) return true;
  const inside = el.getElementsByTagName('*');
  if (inside.length > BIG_SUBTREE) return anyDetached(roots);
  for (let i = 0; i < inside.length; i++) if (roots.has(inside[i]!)) return true;
  return false;
}

/** Some element the last read looked at is no longer in the document. */
function anyDetached(roots: ReadonlySet<Node>): boolean {
  for (const root of roots) if (!root.isConnected) return true;
  return false;
}
