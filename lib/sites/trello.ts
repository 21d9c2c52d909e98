// Trello (trello.com). The card opens as a dialog over the still-mounted board and the URL switches
// to /c/<shortLink>/..., so the board id is read from a board link on the page. Since the 2026-03
// "new card back" the title is the value of an input, not text.
import { field } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, hrefMatch, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const trelloFields = {
  title: field('trello.title', ['[data-testid="card-back-title-input"]', '2026-04'], ['#card-back-name', '2025-03'], ['h2#js-dialog-title', '2024-04']),
  description: field('trello.description', ['[data-testid="card-back-description"] .ak-renderer-document', '2026-03'], ['.js-desc-content', '2023-05']),
  comment: field('trello.comment', ['[data-testid="comment-container"]', '2026-03'], ['.phenom-comment', '2023-05']),
  commentBody: field('trello.commentBody', ['.ak-renderer-document', '2026-03'], ['.current-comment', '2023-05']),
  commentAuthor: field('trello.commentAuthor', ['[data-testid="comment-author"]', '2026-11'], ['.phenom-creator', '2023-05']),
  commentDate: field('trello.commentDate', ['time', '2026-11'], ['.phenom-date', '2023-05']),
  card: field('trello.card', ['[data-testid="trello-card"]', '2026-03'], ['[data-testid="list-card"]', '2024-04'], ['.list-card', '2023-05']),
  cardTitle: field('trello.cardTitle', ['a[data-testid="card-name"]', '2026-03'], ['.list-card-title', '2023-05']),
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
  const keyOf = (c: Element): string | null => hrefMatch(c, 'a[href*="/c/"]', CARD_HREF);
  return cardItems(root, trelloFields.card, keyOf, trelloFields.cardTitle);
}

export const trello: SiteAdapter = {
  id: 'trello',
  matches: SITES.trello.matches,
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
      containerId: ids(url).board ?? hrefMatch(doc.documentElement, 'a[href^="/b/"]', BOARD_HREF),
    });
  },
  listItems,
  badgeAnchor: (doc) => doc.querySelector('[data-testid="card-back-name"], #card-back-name')?.parentElement ?? null,
  testUrls: {
    ticket: ['https://trello.com/c/Qw3rTy12/57-homepage-hero-copy', 'https://trello.com/c/Qw3rTy12'],
    list: ['https://trello.com/b/AcMe2026/acme-website', 'https://trello.com/b/AcMe2026'],
    none: ['https://trello.com/u/someone/boards', 'https://trello.com/', 'https://trello.com/c/short/1-x'],
  },
};
