// Basecamp (3.basecamp.com, also Basecamp 4). Server-rendered Rails + Turbo: stable semantic classes
// and page metadata in <meta> tags, which we prefer. Description and comment markup is not in the
// public sources; those selectors (dated 2026-11) follow Basecamp's BEM naming and are unconfirmed.
import { field, first } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, hrefMatch, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const basecampFields = {
  title: field('basecamp.title', ['meta[name="current-recording-title"]', '2024-10', 'MOCO'], ['header.todo__header h1', '2023-11', 'TOGGL'], ['.todo__title', '2025-04', 'CLOCKIFY'], ['.kanban-card__title', '2025-04', 'CLOCKIFY']),
  heading: field('basecamp.heading', ['header.todo__header h1', '2023-11', 'TOGGL'], ['.recording__title', '2026-11', 'NONE'], ['main h1', '2026-11', 'NONE']),
  description: field('basecamp.description', ['.recording__notes .formatted_content', '2026-11', 'NONE'], ['.todo__notes', '2026-11', 'NONE'], ['.formatted_content', '2026-11', 'NONE']),
  comment: field('basecamp.comment', ['article.thread-entry', '2026-11', 'NONE'], ['.comment', '2026-11', 'NONE']),
  commentBody: field('basecamp.commentBody', ['.thread-entry__content', '2026-11', 'NONE'], ['.formatted_content', '2026-11', 'NONE']),
  commentAuthor: field('basecamp.commentAuthor', ['.thread-entry__creator', '2026-11', 'NONE']),
  commentDate: field('basecamp.commentDate', ['time[datetime]', '2026-11', 'NONE']),
  reporter: field('basecamp.reporter', ['.recording__creator', '2026-11', 'NONE']),
  item: field('basecamp.item', ['.todos li.todo', '2025-04', 'CLOCKIFY'], ['#kanban_cards .kanban-card__wrap', '2025-04', 'CLOCKIFY'], ['.todo', '2023-11', 'TOGGL']),
  itemLink: field('basecamp.itemLink', ['a[href*="/buckets/"]', '2025-04', 'CLOCKIFY']),
  itemTitle: field('basecamp.itemTitle', ['.checkbox__content a', '2025-04', 'CLOCKIFY'], ['.todo__title', '2023-11', 'TOGGL'], ['.kanban-card__title', '2025-04', 'CLOCKIFY']),
} as const; // prettier-ignore

const TICKET_TYPES = [
  'todos',
  'messages',
  'documents',
  'uploads',
  'schedule_entries',
  'question_answers',
  'card_tables/cards',
];
const LIST_TYPES = ['todolists', 'todosets', 'card_tables'];
const RECORDING_HREF = /\/buckets\/\d+\/(?:todos|card_tables\/cards)\/(\d+)/;

/** /<account>/buckets/<bucket>/<type>/<id> -> parts; /<account>/projects/<id> is a project list. */
function parse(url: URL): { bucket: string; type: string; id: string } | null {
  const p = segments(url);
  if (!/^\d+$/.test(p[0] ?? '')) return null;
  if (p[1] === 'projects' && p[2] && /^\d+$/.test(p[2])) return { bucket: p[2], type: 'projects', id: p[2] };
  if (p[1] !== 'buckets' || !p[2] || !/^\d+$/.test(p[2])) return null;
  const id = p[p.length - 1] ?? '';
  if (!/^\d+$/.test(id)) return null;
  return { bucket: p[2], type: p.slice(3, -1).join('/'), id };
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (el: Element): string | null => hrefMatch(el, basecampFields.itemLink, RECORDING_HREF);
  return cardItems(root, basecampFields.item, keyOf, basecampFields.itemTitle);
}

export const basecamp: SiteAdapter = {
  id: 'basecamp',
  matches: SITES.basecamp.matches,
  fields: basecampFields,
  page(url: URL): PageKind | null {
    if (url.hostname !== '3.basecamp.com') return null;
    const r = parse(url);
    if (!r) return null;
    if (TICKET_TYPES.includes(r.type)) return 'ticket';
    return LIST_TYPES.includes(r.type) || r.type === 'projects' ? 'list' : null;
  },
  read(doc, url) {
    const r = parse(url);
    return readTicket(doc, url, {
      site: 'basecamp',
      key: r && TICKET_TYPES.includes(r.type) ? r.id : null,
      keyName: 'basecamp.recordingId',
      title: basecampFields.title,
      description: basecampFields.description,
      comments: {
        item: basecampFields.comment,
        body: basecampFields.commentBody,
        author: basecampFields.commentAuthor,
        date: basecampFields.commentDate,
      },
      reporter: basecampFields.reporter,
      containerId: r?.bucket ?? null,
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, basecampFields.heading),
  testUrls: {
    ticket: [
      'https://3.basecamp.com/4020001/buckets/27450011/todos/7012345678',
      'https://3.basecamp.com/4020001/buckets/27450011/messages/7012345600',
      'https://3.basecamp.com/4020001/buckets/27450011/card_tables/cards/7012345999',
    ],
    list: [
      'https://3.basecamp.com/4020001/buckets/27450011/todolists/7012340000',
      'https://3.basecamp.com/4020001/buckets/27450011/card_tables/7012341111',
      'https://3.basecamp.com/4020001/projects/27450011',
    ],
    none: ['https://3.basecamp.com/4020001/my/assignments', 'https://3.basecamp.com/', 'https://basecamp.com/pricing'],
  },
};
