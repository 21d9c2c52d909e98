// How much of a page the extension keeps. The sites allow more than we store (a Trello card title
// may be 16,384 characters, a thread may go to hundreds of people): a page over a limit is cut to
// fit with a visible marker, never rejected, so it still gets a badge. Content-safe (no zod): the
// content script fits a page before sending it, and the background's schemas fit it again
// (lib/messaging/protocol.ts) so every path stores only what validates.
import type { Thread, Ticket } from './types';

export const LIMITS = {
  /** Ids, keys: cut without a marker (they are matched, not read). */
  id: 200,
  key: 300,
  url: 4000,
  name: 500,
  date: 200,
  title: 2000,
  body: 2_000_000,
  recipients: 500,
  messages: 2000,
  comments: 2000,
  listItems: 5000,
} as const;

/** Appended to text that was cut. */
export const TRUNCATED = ' […truncated]';

/** Text cut to `max` characters including the marker (a lone surrogate half is not left behind). */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - TRUNCATED.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + TRUNCATED;
}

const cut = (v: unknown, max: number): unknown => (typeof v === 'string' && v.length > max ? v.slice(0, max) : v);
const clip = (v: unknown, max: number): unknown => (typeof v === 'string' ? clipText(v, max) : v);
const obj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
/** The newest `max` entries (asks that matter are the latest). */
const newest = (v: unknown, max: number): unknown => (Array.isArray(v) && v.length > max ? v.slice(-max) : v);
const first = (v: unknown, max: number): unknown => (Array.isArray(v) && v.length > max ? v.slice(0, max) : v);

function fitPerson(p: unknown): unknown {
  return obj(p) ? { ...p, name: clip(p.name, LIMITS.name), email: cut(p.email, LIMITS.name) } : p;
}

function fitMessage(m: unknown): unknown {
  if (!obj(m)) return m;
  const to = first(m.to, LIMITS.recipients);
  return {
    ...m,
    id: cut(m.id, LIMITS.id),
    from: fitPerson(m.from),
    to: Array.isArray(to) ? to.map(fitPerson) : to,
    date: cut(m.date, LIMITS.date),
    body: clip(m.body, LIMITS.body),
  };
}

function fitComment(c: unknown): unknown {
  if (!obj(c)) return c;
  return { ...c, author: clip(c.author, LIMITS.name), date: cut(c.date, LIMITS.date), body: clip(c.body, LIMITS.body) };
}

/**
 * A page cut to the limits. Works on anything (the background calls it on untrusted input before
 * validating): what is not a page comes back unchanged, for the schema to refuse.
 */
export function fitPage<P extends Thread | Ticket>(page: P): P;
export function fitPage(page: unknown): unknown;
export function fitPage(page: unknown): unknown {
  if (!obj(page)) return page;
  if (page.type === 'thread') {
    const messages = newest(page.messages, LIMITS.messages);
    return {
      ...page,
      threadId: cut(page.threadId, LIMITS.id),
      subject: clip(page.subject, LIMITS.title),
      url: cut(page.url, LIMITS.url),
      messages: Array.isArray(messages) ? messages.map(fitMessage) : messages,
    } as Partial<Thread>;
  }
  if (page.type === 'ticket') {
    const comments = newest(page.comments, LIMITS.comments);
    return {
      ...page,
      key: cut(page.key, LIMITS.key),
      title: clip(page.title, LIMITS.title),
      description: clip(page.description, LIMITS.body),
      comments: Array.isArray(comments) ? comments.map(fitComment) : comments,
      reporter: clip(page.reporter, LIMITS.name),
      containerId: cut(page.containerId, LIMITS.key),
      url: cut(page.url, LIMITS.url),
    } as Partial<Ticket>;
  }
  return page;
}

/** List items (board cards, inbox rows) cut to the limits: the first ones shown, titles clipped. */
export function fitListItems<I extends { key: string; title: string }>(items: I[]): I[] {
  return items
    .slice(0, LIMITS.listItems)
    .map((i) => ({ ...i, key: i.key.slice(0, LIMITS.key), title: clipText(i.title, LIMITS.title) }));
}
