// The read shared by the project-tool adapters: each gives its key (from the URL when possible) and
// named fields; this reads them as plain text and reports which required ones missed.
import { all, first, matches, Missing, type Field } from '@/lib/dom/query';
import { readLine, readText, readValue } from '@/lib/dom/readText';
import type { ListItem, ReadResult, SiteId, TicketComment } from './types';
import { failed, ok } from './util';

export interface CommentSpec {
  item: Field;
  body?: Field;
  author?: Field;
  date?: Field;
}

export interface TicketSpec {
  site: SiteId;
  key: string | null;
  /** Reported when the key is neither in the URL nor on the page. */
  keyName: string;
  title: Field;
  /** Used when the title field misses but the tool names the page well (Linear, ClickUp, Basecamp). */
  titleFallback?: string;
  description?: Field;
  comments?: CommentSpec;
  reporter?: Field;
  containerId: string | null;
}

export function readComments(doc: ParentNode, spec: CommentSpec): TicketComment[] {
  return all(doc, spec.item).map((c) => {
    const dateEl = spec.date ? first(c, spec.date) : null;
    return {
      author: (spec.author && readLine(first(c, spec.author))) || null,
      date: dateEl?.getAttribute('datetime') || dateEl?.getAttribute('title') || readLine(dateEl) || null,
      body: readText((spec.body && first(c, spec.body)) || c),
    };
  });
}

export function readTicket(doc: Document, url: URL, spec: TicketSpec): ReadResult {
  const missing = new Missing();
  const titleEl = first(doc, spec.title);
  const title = missing.need(readValue(titleEl) || spec.titleFallback?.trim() || null, spec.title);
  const key = missing.need(spec.key, spec.keyName);
  if (!title || !key) return failed(spec.site, 'ticket', missing.names);
  return ok({
    type: 'ticket',
    site: spec.site,
    key,
    title,
    description: spec.description ? readText(first(doc, spec.description)) : '',
    comments: spec.comments ? readComments(doc, spec.comments) : [],
    reporter: (spec.reporter && readLine(first(doc, spec.reporter))) || null,
    containerId: spec.containerId,
    url: url.href,
  });
}

/** Cards/rows with a key and a title; deduplicated by key, cards without a key are skipped. */
export function cardItems(
  root: ParentNode,
  card: Field,
  keyOf: (card: Element) => string | null,
  title: Field | null,
  anchorOf: (card: Element) => Element = (c) => c,
): ListItem[] {
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const c of all(root, card)) {
    const key = keyOf(c);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    items.push({ key, title: title ? readValue(first(c, title)) : readLine(c), anchor: anchorOf(c) });
  }
  return items;
}

/** First capture of `re` in the href of the first link under `el` (or `el` itself) matched by `link`. */
export function hrefMatch(el: Element, link: Field, re: RegExp): string | null {
  const links = matches(el, link) ? [el] : all(el, link);
  for (const a of links) {
    const m = re.exec(a.getAttribute('href') ?? '');
    if (m?.[1]) return m[1];
  }
  return null;
}
