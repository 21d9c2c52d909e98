// A selection in the SOW pane as offsets into the SOW text. The pane holds only the text's own
// text nodes (plain runs and highlight marks), so a boundary's offset is the length of the text
// before it. Works on any DOM (the page, happy-dom): no layout, no browser API.
import type { SourceSpan } from './index';

const TEXT_NODE = 3;
const SHOW_TEXT = 4;
const FOLLOWING = 4;

/** Offset in `root`'s text of the boundary point (container, offset), which lies inside `root`. */
export function textOffset(root: Node, container: Node, offset: number): number {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let total = 0;
  if (container.nodeType === TEXT_NODE) {
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const length = (n as Text).length;
      if (n === container) return total + Math.max(0, Math.min(offset, length));
      total += length;
    }
    return total;
  }
  // An element boundary sits before its child number `offset` (after its last child when none).
  const child = container.childNodes[offset] ?? null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (
      child
        ? child === n || child.contains(n)
        : !container.contains(n) && container.compareDocumentPosition(n) & FOLLOWING
    )
      return total;
    total += (n as Text).length;
  }
  return total;
}

/**
 * The selected part of `root`'s text, or null when nothing in it is selected. A selection that
 * starts or ends outside the pane is cut at the pane's edge; one wholly outside is not the pane's.
 */
export function selectionSpan(root: Node, selection: Selection | null): SourceSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  const startsIn = root.contains(range.startContainer);
  const endsIn = root.contains(range.endContainer);
  if (!startsIn && !endsIn) return null;
  const start = startsIn ? textOffset(root, range.startContainer, range.startOffset) : 0;
  const end = endsIn
    ? textOffset(root, range.endContainer, range.endOffset)
    : textOffset(root, root, root.childNodes.length);
  return end > start ? { start, end } : null;
}
