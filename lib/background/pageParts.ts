// The leading parts of a long page read (lib/sites/pageParts.ts), held until its page:read arrives.
// In memory only: a worker stopped between the parts and the page:read has lost them, and the
// page:read says so, so the content script sends the page whole instead. Bounded: a page that
// sends parts and never the rest cannot grow the worker's memory.
import type { PageItem } from '@/lib/sites/pageParts';

/** A read's parts are dropped when its page:read has not come within this long. */
const KEEP_MS = 60_000;
/** Reads in progress at once, over all tabs (the oldest goes first). */
const MAX_READS = 16;
/** Text held at once, over all reads (a 4 MB issue is 16 parts of 256 kB). */
const MAX_CHARS = 64 * 1024 * 1024;

interface Pending {
  at: number;
  parts: Map<number, PageItem[]>;
  chars: number;
}

const pending = new Map<string, Pending>();
const keyOf = (tabId: number, readId: string): string => `${tabId}:${readId}`;
const charsOf = (items: readonly PageItem[]): number => items.reduce((n, i) => n + (i.body?.length ?? 0), 0);
const heldChars = (): number => [...pending.values()].reduce((n, p) => n + p.chars, 0);

/** Keeps one part; returns how many parts of that read are held. */
export function holdPart(tabId: number, readId: string, index: number, items: PageItem[], now = Date.now()): number {
  for (const [k, p] of pending) if (now - p.at > KEEP_MS) pending.delete(k);
  const key = keyOf(tabId, readId);
  let read = pending.get(key);
  if (!read) {
    if (pending.size >= MAX_READS) pending.delete(pending.keys().next().value!);
    pending.set(key, (read = { at: now, parts: new Map(), chars: 0 }));
  }
  const chars = charsOf(items);
  if (heldChars() + chars > MAX_CHARS) {
    pending.delete(key);
    throw new Error('This page is too long to be read in parts; it will be sent whole.');
  }
  read.parts.set(index, items);
  read.chars += chars;
  read.at = now;
  return read.parts.size;
}

/** A read's parts 0..count-1 in order, handed over (and forgotten); null when any is missing. */
export function takeParts(tabId: number, readId: string, count: number): PageItem[][] | null {
  const key = keyOf(tabId, readId);
  const read = pending.get(key);
  pending.delete(key);
  if (!read || read.parts.size !== count) return null;
  const parts: PageItem[][] = [];
  for (let i = 0; i < count; i++) {
    const part = read.parts.get(i);
    if (!part) return null;
    parts.push(part);
  }
  return parts;
}

/** Forgets every held part (tests; a worker restart does the same). */
export function dropAllParts(): void {
  pending.clear();
}
