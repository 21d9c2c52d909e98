// Before reading a whole page, read its big texts in idle-time slices: every element the adapter's
// fields find that holds no other such element (a comment body, not the comment around it), a
// slice at a time, into the text cache. The adapter's read afterwards finds them cached, so a long
// issue or thread never costs one long task.
import { all, type Field } from '@/lib/dom/query';
import { readText } from '@/lib/dom/readText';
import { withTextCache, type TextCache } from '@/lib/dom/textCache';

const SLICE_MS = 8;

export async function warmTexts(
  doc: Document,
  fields: readonly Field[],
  cache: TextCache,
  idle: (work: () => void) => void,
): Promise<void> {
  const found = new Set<Element>();
  for (const f of fields) for (const el of all(doc, f)) found.add(el);
  // Leaves only: an element that holds another found element would be read twice.
  const holders = new Set<Node>();
  for (const el of found) for (let n = el.parentNode; n; n = n.parentNode) if (found.has(n as Element)) holders.add(n);
  const leaves = Array.from(found).filter((el) => !holders.has(el));
  let i = 0;
  while (i < leaves.length) {
    await new Promise<void>((resolve) => idle(resolve));
    const start = performance.now();
    withTextCache(cache, () => {
      while (i < leaves.length && performance.now() - start < SLICE_MS) readText(leaves[i++]);
    });
  }
}
