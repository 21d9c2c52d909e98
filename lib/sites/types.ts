// What a site adapter reads from a page. Plain data, safe to post to the background.

import type { Field } from '@/lib/dom/query';
import type { SiteId } from './ids';

export type { SiteId };
export type PageKind = 'thread' | 'ticket' | 'list';

export interface Person {
  name: string;
  email: string | null;
}

export interface EmailMessage {
  id: string | null; // Gmail message id (data-message-id / data-legacy-message-id)
  from: Person | null;
  to: Person[];
  date: string | null; // as shown (title attribute), ISO when parseable
  body: string | null; // plain text; null when collapsed
  collapsed: boolean;
}

export interface Thread {
  type: 'thread';
  site: 'gmail';
  threadId: string;
  subject: string;
  url: string;
  messages: EmailMessage[];
}

export interface TicketComment {
  author: string | null;
  date: string | null;
  body: string;
}

export interface Ticket {
  type: 'ticket';
  site: SiteId;
  key: string; // JIRA-12, trello shortLink, owner/repo#12, ...
  title: string;
  description: string;
  comments: TicketComment[];
  reporter: string | null;
  /** The tool-side container used to link the ticket to a project: Jira project key, board, repo... */
  containerId: string | null;
  url: string;
}

export interface ListItem {
  key: string;
  title: string;
  anchor: Element;
}

/** Which named selector missed, so a broken adapter can be reported instead of failing silently. */
export interface ReadFailure {
  site: SiteId;
  pageKind: PageKind;
  missing: string[];
}

export type ReadResult = { ok: true; page: Thread | Ticket } | { ok: false; failure: ReadFailure };

export interface SiteAdapter {
  id: SiteId; // = file name
  matches: readonly string[]; // manifest match patterns (lib/sites/ids.ts)
  /** Every named selector the adapter uses (each dated and sourced), so tests can audit them all. */
  fields: Readonly<Record<string, Field>>;
  page(url: URL): PageKind | null; // pure
  read(doc: Document, url: URL): ReadResult; // never throws
  listItems?(root: ParentNode, url: URL): ListItem[];
  badgeAnchor(doc: Document, url: URL): Element | null;
  /**
   * Optional same-origin API read for when the DOM is thin or virtualised (Jira REST, Asana api/1.0).
   * Runs in the content script with the user's session; must never throw (returns the input as is).
   */
  enrich?(page: Ticket, url: URL, fetcher: typeof fetch): Promise<Ticket>;
  /** Test URLs, kept beside the adapter (refined-github style): each must map to its page kind. */
  testUrls: Partial<Record<PageKind | 'none', string[]>>;
}
