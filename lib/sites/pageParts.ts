// A long page (an issue with 60 comments of 60 kB) is sent to the background in parts. The browser
// serialises every message as JSON in the sending task: one 4 MB page:read held the page's main
// thread for ~70 ms, while the same text sent as parts of ~256 kB costs a few ms each, each part in
// its own idle slice. The background puts the parts back together (lib/background/pageParts.ts).
// Content-safe: no zod here.
import type { EmailMessage, Thread, Ticket, TicketComment } from '@/lib/sites/types';

/** Pages whose comments or messages hold more text than this are sent in parts of about this size. */
export const PART_CHARS = 256 * 1024;

export type PageItem = TicketComment | EmailMessage;

export interface SplitPage<P extends Thread | Ticket> {
  /** The page with only its last part of comments / messages (title, description, ids: all of it). */
  head: P;
  /** The leading comments / messages, in order, a part at a time; empty when the page goes whole. */
  parts: PageItem[][];
}

const itemsOf = (page: Thread | Ticket): PageItem[] => (page.type === 'ticket' ? page.comments : page.messages);

/** A comment's or message's share of the message: its text, plus a little for names and dates. */
const sizeOf = (item: PageItem): number => (item.body?.length ?? 0) + 200;

/**
 * Splits the page's comments (ticket) or messages (thread) into parts of at most `max` characters
 * (one item alone may be larger: an item is never cut here; limits.ts already fitted it), the last
 * part staying with the head. A page within `max` comes back whole.
 */
export function splitPage<P extends Thread | Ticket>(page: P, max = PART_CHARS): SplitPage<P> {
  const items = itemsOf(page);
  const parts: PageItem[][] = [];
  let part: PageItem[] = [];
  let size = 0;
  for (const item of items) {
    const s = sizeOf(item);
    if (part.length && size + s > max) {
      parts.push(part);
      part = [];
      size = 0;
    }
    part.push(item);
    size += s;
  }
  const head = (
    page.type === 'ticket' ? { ...page, comments: part } : { ...page, messages: part as EmailMessage[] }
  ) as P;
  return { head, parts };
}

/** The page with `parts` put back in front of the head's own comments / messages. */
export function joinPage<P extends Thread | Ticket>(head: P, parts: readonly PageItem[][]): P {
  if (!parts.length) return head;
  const all = [...parts.flat(), ...itemsOf(head)];
  return (head.type === 'ticket' ? { ...head, comments: all } : { ...head, messages: all }) as P;
}

/** The background's answer to a page:read whose parts it no longer holds (its worker was stopped). */
export const PARTS_MISSING = 'The parts of this page read are gone; send the page whole.';
