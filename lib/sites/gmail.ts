// Gmail (mail.google.com). Navigation is hash-based; thread and message nodes arrive late. The inner
// message classes (.adn .gD .g3 .a3s .hP) have held for ~10 years, the outer containers churn yearly,
// so everything is found from the subject and message classes, not from containers.
import { all, closest, field, first, Missing } from '@/lib/dom/query';
import { readLine, readText } from '@/lib/dom/readText';
import type { EmailMessage, ListItem, PageKind, Person, ReadResult, SiteAdapter } from './types';
import { failed, ok } from './util';
import { SITES } from './ids';

export const gmailFields = {
  subject: field('gmail.subject', ['h2.hP', '2026-02', 'FLOWCRYPT'], ['.ha h2', '2025-11', 'INBOXSDK']),
  message: field('gmail.message', ['div.adn[data-message-id]', '2024-11', 'MAILVELOPE'], ['div.adn', '2026-02', 'FLOWCRYPT'], ['[data-legacy-message-id]', '2025-03', 'GMAILJS']),
  messageItem: field('gmail.messageItem', ['[role=listitem]', '2025-11', 'INBOXSDK']),
  sender: field('gmail.sender', ['span.gD[email]', '2026-02', 'FLOWCRYPT'], ['h3.iw span[email]', '2025-11', 'INBOXSDK'], ['td.gF span[email]', '2025-11', 'INBOXSDK']),
  recipients: field('gmail.recipients', ['span.hb span[email]', '2025-11', 'INBOXSDK'], ['span.g2[email]', '2025-03', 'GMAILJS']),
  date: field('gmail.date', ['span.g3', '2025-11', 'INBOXSDK'], ['.gK span[title]', '2025-11', 'INBOXSDK']),
  body: field('gmail.body', ['div.a3s', '2026-02', 'FLOWCRYPT'], ['div.ii.gt', '2025-11', 'INBOXSDK']),
  row: field('gmail.row', ['tr.zA', '2025-07', 'INBOXSDK'], ['[gh=tl] tr[role=row]', '2025-03', 'GMAILJS']),
  rowThreadId: field('gmail.rowThreadId', ['[data-legacy-thread-id]', '2025-07', 'INBOXSDK'], ['[data-thread-id]', '2025-03', 'GMAILJS']),
  rowTitle: field('gmail.rowTitle', ['span.bog', '2025-07', 'UNNAMED'], ['.y6', '2025-07', 'INBOXSDK'], ['[role=link]', '2025-03', 'GMAILJS']),
  rowAnchor: field('gmail.rowAnchor', ['.y6', '2025-07', 'INBOXSDK'], ['td.a4W', '2025-07', 'INBOXSDK'], ['[role=link]', '2025-03', 'GMAILJS']),
} as const; // prettier-ignore

/** Email markup (not Gmail UI): quoted history and signatures written by Gmail's composer. */
const NOT_BODY = '.gmail_quote, blockquote.gmail_quote, .gmail_signature, [data-smartmail="gmail_signature"]';

const LIST_ROUTES = new Set([
  'inbox',
  'starred',
  'snoozed',
  'sent',
  'drafts',
  'imp',
  'all',
  'spam',
  'trash',
  'scheduled',
]);
const PARAM_ROUTES = new Set(['label', 'category', 'search', 'advanced-search']); // take one parameter
const THREAD_ID = /^(?:[0-9a-f]{16}|[A-Za-z0-9_-]{20,})$/;

/** The hash route: "#label/Clients%2FAcme/FMfcg...?compose=new" -> { name: "label", threadId: "FMfcg..." } */
function route(url: URL): { name: string; threadId: string | null } | null {
  if (url.hostname !== 'mail.google.com' || !url.pathname.startsWith('/mail')) return null;
  const hash = url.hash.replace(/^#/, '').split('?')[0] ?? '';
  const parts = hash.split('/').filter(Boolean);
  const name = parts[0] ?? 'inbox';
  const skip = PARAM_ROUTES.has(name) ? 2 : LIST_ROUTES.has(name) ? 1 : -1;
  if (skip < 0) return null; // settings, chat, rooms, calls, ...
  const candidate = parts[skip];
  return { name, threadId: candidate && THREAD_ID.test(candidate) && parts.length === skip + 1 ? candidate : null };
}

/** "#thread-f:1553243356045734570" -> legacy hex "158e4b7b6e7d0baa"; hex and others pass through. */
export function normaliseThreadId(raw: string | null): string | null {
  if (!raw) return null;
  const id = raw.replace(/^#/, '');
  const m = /^thread-f:(\d+)$/.exec(id);
  if (m?.[1]) {
    try {
      return BigInt(m[1]).toString(16);
    } catch {
      return id;
    }
  }
  return id;
}

function person(el: Element): Person {
  const email = el.getAttribute('email');
  return { name: el.getAttribute('name') || readLine(el) || email || '', email: email || null };
}

function isoOr(shown: string | null): string | null {
  if (!shown) return null;
  const t = Date.parse(shown.replace(/ at /, ' '));
  return Number.isNaN(t) ? shown : new Date(t).toISOString();
}

function readMessage(el: Element): EmailMessage {
  const listItem = closest(el, gmailFields.messageItem);
  const bodyEl = first(el, gmailFields.body);
  const hiddenClass = (e: Element | null): boolean => !!e && ['kv', 'kQ', 'kx'].some((c) => e.classList.contains(c));
  const collapsed = hiddenClass(el) || hiddenClass(listItem) || !bodyEl;
  const sender = first(el, gmailFields.sender);
  const dateEl = first(el, gmailFields.date);
  const rawId = el.getAttribute('data-legacy-message-id') || el.getAttribute('data-message-id');
  return {
    id: rawId ? rawId.replace(/^#/, '') : null,
    from: sender ? person(sender) : null,
    to: all(el, gmailFields.recipients).map(person),
    date: isoOr(dateEl ? dateEl.getAttribute('title') || dateEl.getAttribute('alt') || readLine(dateEl) : null),
    body: collapsed ? null : readText(bodyEl, { exclude: NOT_BODY }),
    collapsed,
  };
}

function read(doc: Document, url: URL): ReadResult {
  const missing = new Missing();
  const r = route(url);
  const subjectEl = first(doc, gmailFields.subject);
  const subject = missing.need(readLine(subjectEl), gmailFields.subject);
  const messages = all(doc, gmailFields.message);
  missing.need(messages[0], gmailFields.message);
  const threadId =
    normaliseThreadId(subjectEl?.getAttribute('data-legacy-thread-id') ?? null) ??
    normaliseThreadId(subjectEl?.getAttribute('data-thread-perm-id') ?? null) ??
    r?.threadId ??
    null;
  missing.need(threadId, 'gmail.threadId');
  if (missing.any || !subject || !threadId) return failed('gmail', 'thread', missing.names);
  return ok({
    type: 'thread',
    site: 'gmail',
    threadId,
    subject,
    url: url.href,
    messages: messages.map(readMessage),
  });
}

function listItems(root: ParentNode): ListItem[] {
  const items: ListItem[] = [];
  for (const row of all(root, gmailFields.row)) {
    const idEl = first(row, gmailFields.rowThreadId);
    const key = normaliseThreadId(
      idEl?.getAttribute('data-legacy-thread-id') ?? idEl?.getAttribute('data-thread-id') ?? null,
    );
    const anchor = first(row, gmailFields.rowAnchor);
    if (!key || !anchor) continue; // rows without an id cannot be matched to a judged thread
    items.push({ key, title: readLine(first(row, gmailFields.rowTitle)), anchor });
  }
  return items;
}

export const gmail: SiteAdapter = {
  id: 'gmail',
  matches: SITES.gmail.matches,
  fields: gmailFields,
  page(url: URL): PageKind | null {
    const r = route(url);
    if (!r) return null;
    return r.threadId ? 'thread' : 'list';
  },
  read,
  listItems,
  badgeAnchor: (doc) => first(doc, gmailFields.subject)?.parentElement ?? null,
  testUrls: {
    thread: [
      'https://mail.google.com/mail/u/0/#inbox/14a16fab4adc1456',
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM',
      'https://mail.google.com/mail/u/1/#label/Clients%2FAcme/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM',
      'https://mail.google.com/mail/u/0/#search/acme+skus/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM',
      'https://mail.google.com/mail/u/0/#sent/158e4b7b6e7d0baa',
      'https://mail.google.com/mail/u/0/#category/updates/158e4b7b6e7d0baa?compose=new',
    ],
    list: [
      'https://mail.google.com/mail/u/0/#inbox',
      'https://mail.google.com/mail/u/0/',
      'https://mail.google.com/mail/u/0/#inbox/p2',
      'https://mail.google.com/mail/u/0/#label/Clients',
      'https://mail.google.com/mail/u/0/#search/FMfcgzQbdrQwmNkJvHhsXxRZWtqPgLkM',
      'https://mail.google.com/mail/u/0/#starred?compose=new',
    ],
    none: [
      'https://mail.google.com/mail/u/0/#settings/general',
      'https://mail.google.com/mail/u/0/#chat/home',
      'https://calendar.google.com/calendar/u/0/r',
      'https://example.com/#inbox/14a16fab4adc1456',
    ],
  },
};
