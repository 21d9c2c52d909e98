// The one message map between contexts. Requests are zod-checked where they are received: the
// background treats anything from a content script as untrusted page-controlled data.
// Content scripts must only `import type` from here (zod stays out of their bundles).
import { z } from 'zod';
import { SITE_IDS } from '@/lib/sites/ids';
import type { ReadFailure, Thread, Ticket } from '@/lib/sites/types';
import type { VerdictOrUnknown } from '@/lib/scope/types';

const str = (max = 2_000_000) => z.string().max(max);
const person = z.object({ name: str(500), email: str(500).nullable() });
const siteId = z.enum(SITE_IDS);
const pageKind = z.enum(['thread', 'ticket', 'list']);

export const threadSchema = z.object({
  type: z.literal('thread'),
  site: z.literal('gmail'),
  threadId: str(200),
  subject: str(2000),
  url: str(4000),
  messages: z
    .array(
      z.object({
        id: str(200).nullable(),
        from: person.nullable(),
        to: z.array(person).max(500),
        date: str(200).nullable(),
        body: str().nullable(),
        collapsed: z.boolean(),
      }),
    )
    .max(2000),
});
export const ticketSchema = z.object({
  type: z.literal('ticket'),
  site: siteId,
  key: str(300),
  title: str(2000),
  description: str(),
  comments: z.array(z.object({ author: str(500).nullable(), date: str(200).nullable(), body: str() })).max(2000),
  reporter: str(500).nullable(),
  containerId: str(300).nullable(),
  url: str(4000),
});
export const failureSchema = z.object({ site: siteId, pageKind, missing: z.array(str(300)).max(50) });

/** Request schemas, keyed by message type. */
export const requestSchemas = {
  // content script -> background
  'page:read': z.object({ page: z.union([threadSchema, ticketSchema]) }),
  // `structure`: the page's text-free skeleton (lib/dom/skeleton.ts) for the options Sites section.
  'page:failure': z.object({ url: str(4000), failure: failureSchema, structure: str(200_000).optional() }),
  'list:items': z.object({
    site: siteId,
    url: str(4000),
    items: z.array(z.object({ key: str(300), title: str(2000) })).max(5000),
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
