// The one message map between contexts. Requests are zod-checked where they are received: the
// background treats anything from a content script as untrusted page-controlled data.
// Content scripts must only `import type` from here (zod stays out of their bundles).
import { z } from '@/lib/zodConfig';
import { SITE_IDS } from '@/lib/sites/ids';
import { fitListItems, fitPage, LIMITS } from '@/lib/sites/limits';
import type { ReadFailure, Thread, Ticket } from '@/lib/sites/types';
import type { VerdictOrUnknown } from '@/lib/scope/types';

const str = (max = 2_000_000) => z.string().max(max);
const person = z.object({ name: str(LIMITS.name), email: str(LIMITS.name).nullable() });
const siteId = z.enum(SITE_IDS);
const pageKind = z.enum(['thread', 'ticket', 'list']);
/** Parts of one page read: LIMITS.comments items could come one per part at most. */
const partCount = z.number().int().min(0).max(LIMITS.comments);

const emailMessage = z.object({
  id: str(LIMITS.id).nullable(),
  from: person.nullable(),
  to: z.array(person).max(LIMITS.recipients),
  date: str(LIMITS.date).nullable(),
  body: str(LIMITS.body).nullable(),
  collapsed: z.boolean(),
});
const ticketComment = z.object({
  author: str(LIMITS.name).nullable(),
  date: str(LIMITS.date).nullable(),
  body: str(LIMITS.body),
});
export const threadSchema = z.object({
  type: z.literal('thread'),
  site: z.literal('gmail'),
  threadId: str(LIMITS.id),
  subject: str(LIMITS.title),
  url: str(LIMITS.url),
  messages: z.array(emailMessage).max(LIMITS.messages),
});
export const ticketSchema = z.object({
  type: z.literal('ticket'),
  site: siteId,
  key: str(LIMITS.key),
  title: str(LIMITS.title),
  description: str(LIMITS.body),
  comments: z.array(ticketComment).max(LIMITS.comments),
  reporter: str(LIMITS.name).nullable(),
  containerId: str(LIMITS.key).nullable(),
  url: str(LIMITS.url),
});
/**
 * A page from a content script, cut to the limits (with a marker) and then validated: over-long
 * pages get a badge instead of vanishing. Every path that stores a page parses it with this.
 */
export const pageSchema = z.preprocess(fitPage, z.union([threadSchema, ticketSchema]));
export const failureSchema = z.object({ site: siteId, pageKind, missing: z.array(str(300)).max(50) });

/** Request schemas, keyed by message type. */
export const requestSchemas = {
  // content script -> background
  // `parts`: a long page's leading comments / messages came first as page:part messages (sites/pageParts.ts).
  'page:read': z.object({ page: pageSchema, parts: z.object({ readId: str(64), count: partCount }).optional() }),
  'page:part': z.object({
    site: siteId,
    readId: str(64),
    index: partCount,
    items: z.union([z.array(ticketComment).max(LIMITS.comments), z.array(emailMessage).max(LIMITS.messages)]),
  }),
  // `structure`: the page's text-free skeleton (lib/dom/skeleton.ts) for the options Sites section.
  'page:failure': z.object({ url: str(4000), failure: failureSchema, structure: str(200_000).optional() }),
  'list:items': z.object({
    site: siteId,
    url: str(4000),
    items: z.preprocess(
      (v) =>
        Array.isArray(v) && v.every((i) => typeof i?.key === 'string' && typeof i?.title === 'string')
          ? fitListItems(v)
          : v,
      z.array(z.object({ key: str(LIMITS.key), title: str(LIMITS.title) })).max(LIMITS.listItems),
    ),
  }),
  'panel:open': z.object({ sourceId: str(300) }),
  // side panel / popup / options -> background
  'panel:state': z.object({ tabId: z.number().int() }),
  // The side panel ran Readability on the tab's snapshot; the background judges the text.
  'panel:analyse': z.object({ tabId: z.number().int(), title: str(2000), text: str(1_000_000) }),
  'panel:assignProject': z.object({ tabId: z.number().int(), projectId: z.string().uuid() }),
  'request:correct': z.object({
    requestId: z.string().uuid(),
    verdict: z.enum(['out_of_scope', 'in_scope', 'no_request']),
    scopeRef: str(100).nullable(),
  }),
  // background / extension pages -> content script
  'page:reread': z.object({}),
  'page:snapshot': z.object({}),
  'compose:insert': z.object({ text: str(100_000) }),
  'badges:refresh': z.object({}),
} as const;

export type MessageType = keyof typeof requestSchemas;

/**
 * Who may send each message. `content`: a content script (page-controlled, untrusted; the handler
 * must also check the page is the sender's own). `extension`: an extension page or the background
 * (side panel, popup, options), never a content script.
 */
export type SenderKind = 'content' | 'extension';
export const messageSenders: Record<MessageType, SenderKind> = {
  'page:read': 'content',
  'page:part': 'content',
  'page:failure': 'content',
  'list:items': 'content',
  'panel:open': 'content',
  'panel:state': 'extension',
  'panel:analyse': 'extension',
  'panel:assignProject': 'extension',
  'request:correct': 'extension',
  'page:reread': 'extension',
  'page:snapshot': 'extension',
  'compose:insert': 'extension',
  'badges:refresh': 'extension',
};
export type RequestOf<T extends MessageType> = z.infer<(typeof requestSchemas)[T]>;

export interface BadgeInfo {
  sourceId: string;
  verdict: VerdictOrUnknown;
  /** Hover text: the reason and the SOW item behind the verdict. */
  reason: string;
  /** e.g. "waiting on client 6 days" for Gmail threads the agency is waiting on. */
  note: string | null;
  /** The engine is unsure of the verdict: the badge says Check (the reason says why). */
  check?: boolean;
  /** The badge's label and screen-reader text, as the background sends them (lib/dom/badgeWords). */
  label?: string;
  aria?: string;
}

export interface PageState {
  tabId: number;
  url: string;
  title: string;
  page: Thread | Ticket | null;
  failure: ReadFailure | null;
  /** Readability text when the AM asked to analyse an unsupported page. */
  readable: { title: string; text: string } | null;
  projectId: string | null;
  sourceId: string | null;
  badge: BadgeInfo | null;
}

/** Response types, keyed by message type. Every reply is `Reply<T>`: ok with data, or an error. */
export interface ResponseMap {
  'page:read': BadgeInfo;
  'page:part': { received: number };
  'page:failure': { logged: true };
  'list:items': { badges: BadgeInfo[] };
  'panel:open': { opened: boolean };
  'panel:state': PageState;
  'panel:analyse': PageState;
  'panel:assignProject': PageState;
  'request:correct': { updated: number };
  'page:reread': { page: Thread | Ticket | null; failure: ReadFailure | null };
  'page:snapshot': { html: string; url: string; title: string };
  'compose:insert': { inserted: boolean; reason: string | null };
  'badges:refresh': { refreshed: number };
}

export type Reply<T extends MessageType> = { ok: true; data: ResponseMap[T] } | { ok: false; error: string };
export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}
