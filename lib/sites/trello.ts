// Trello (trello.com). The card opens as a dialog over the still-mounted board and the URL switches
// to /c/<shortLink>/..., so the board id is read from a board link on the page. Since the 2026-03
// "new card back" the title is the value of an input, not text.
import { field, first } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, hrefMatch, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const trelloFields = {
  title: field('trello.title', ['[data-testid="card-back-title-input"]', '2026-04', 'TOGGL'], ['#card-back-name', '2025-03', 'TMETRIC'], ['h2#js-dialog-title', '2024-10', 'MOCO']),
  cardBack: field('trello.cardBack', ['[data-testid="card-back-name"]', '2026-04', 'TOGGL'], ['#card-back-name', '2025-03', 'TMETRIC']),
  description: field('trello.description', ['[data-testid="card-back-description"] .ak-renderer-document', '2026-03', 'UNNAMED'], ['.js-desc-content', '2023-05', 'UNNAMED']),
  comment: field('trello.comment', ['[data-testid="comment-container"]', '2026-03', 'UNNAMED'], ['.phenom-comment', '2023-05', 'NONE']),
  commentBody: field('trello.commentBody', ['.ak-renderer-document', '2026-03', 'UNNAMED'], ['.current-comment', '2023-05', 'NONE']),
  commentAuthor: field('trello.commentAuthor', ['[data-testid="comment-author"]', '2026-11', 'NONE'], ['.phenom-creator', '2023-05', 'NONE']),
  commentDate: field('trello.commentDate', ['time', '2026-11', 'NONE'], ['.phenom-date', '2023-05', 'NONE']),
  card: field('trello.card', ['[data-testid="trello-card"]', '2026-03', 'CLOCKIFY'], ['[data-testid="list-card"]', '2024-04', 'TIMECAMP'], ['.list-card', '2021-06', 'CAPTURE']),
  cardTitle: field('trello.cardTitle', ['a[data-testid="card-name"]', '2026-03', 'CLOCKIFY'], ['.list-card-title', '2021-06', 'CAPTURE']),
  cardLink: field('trello.cardLink', ['a[href*="/c/"]', '2021-06', 'CAPTURE']),
  boardLink: field('trello.boardLink', ['a[href^="/b/"]', '2021-06', 'CAPTURE']),
} as const; // prettier-ignore

const SHORT = /^[A-Za-z0-9]{8}$/;
const CARD_HREF = /\/c\/([A-Za-z0-9]{8})(?:\/|$)/;
const BOARD_HREF = /\/b\/([A-Za-z0-9]{8})(?:\/|$)/;

function ids(url: URL): { card: string | null; board: string | null } {
  const [kind, id] = segments(url);
  const valid = !!id && SHORT.test(id);
  return { card: kind === 'c' && valid ? id : null, board: kind === 'b' && valid ? id : null };
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (c: Element): string | null => hrefMatch(c, trelloFields.cardLink, CARD_HREF);
  return cardItems(root, trelloFields.card, keyOf, trelloFields.cardTitle);
}

export const trello: SiteAdapter = {
  id: 'trello',
  matches: SITES.trello.matches,
  fields: trelloFields,
  page(url: URL): PageKind | null {
    if (url.hostname !== 'trello.com') return null;
    const i = ids(url);
    return i.card ? 'ticket' : i.board ? 'list' : null;
  },
  read(doc, url) {
    return readTicket(doc, url, {
      site: 'trello',
      key: ids(url).card,
      keyName: 'trello.shortLink',
      title: trelloFields.title,
      description: trelloFields.description,
      comments: {
        item: trelloFields.comment,
        body: trelloFields.commentBody,
        author: trelloFields.commentAuthor,
        date: trelloFields.commentDate,
      },
      containerId: ids(url).board ?? hrefMatch(doc.documentElement, trelloFields.boardLink, BOARD_HREF),
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, trelloFields.cardBack)?.parentElement ?? null,
  testUrls: {
    ticket: ['https://trello.com/c/Qw3rTy12/57-homepage-hero-copy', 'https://trello.com/c/Qw3rTy12'],
    list: ['https://trello.com/b/AcMe2026/acme-website', 'https://trello.com/b/AcMe2026'],
    none: ['https://trello.com/u/someone/boards', 'https://trello.com/', 'https://trello.com/c/short/1-x'],
  },
};
