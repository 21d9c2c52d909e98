// monday.com (<org>.monday.com). Class names churn constantly (TMETRIC: 19 fixes since 2023), so ids
// come from the URL and the row DOM id (row-pulse-...-<itemId>). Updates (monday's comments) are not
// in any public source: those selectors are dated 2026-11 and unconfirmed.
import { field, first } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const mondayFields = {
  title: field('monday.title', ['.item-page-item-name', '2026-01', 'TMETRIC'], ['[data-testid="editable-heading"] h2', '2026-03', 'CLOCKIFY'], ['.pulse_title [data-testid="heading"] h2', '2026-03', 'CLOCKIFY'], ['.item-page-name', '2026-01', 'TMETRIC'], ['.pulse_title', '2024-10', 'MOCO']),
  titleBox: field('monday.titleBox', ['.item-page-item-name', '2026-01', 'TMETRIC'], ['[data-testid="editable-heading"]', '2026-03', 'CLOCKIFY'], ['.pulse_title', '2024-10', 'MOCO']),
  update: field('monday.update', ['[data-testid="update-item"]', '2026-11', 'NONE'], ['.update-component', '2026-11', 'NONE'], ['.post-component', '2026-11', 'NONE']),
  updateBody: field('monday.updateBody', ['[data-testid="update-body"]', '2026-11', 'NONE'], ['.update-body', '2026-11', 'NONE'], ['.post-body', '2026-11', 'NONE']),
  updateAuthor: field('monday.updateAuthor', ['[data-testid="update-author"]', '2026-11', 'NONE'], ['.update-author', '2026-11', 'NONE'], ['.post-header-author', '2026-11', 'NONE']),
  updateDate: field('monday.updateDate', ['time', '2026-11', 'NONE'], ['.update-time', '2026-11', 'NONE']),
  row: field('monday.row', ['.pulse-component[id^="row-pulse-"]', '2026-01', 'TMETRIC'], ['[id^="row-pulse-"]', '2026-01', 'TMETRIC']),
  rowTitle: field('monday.rowTitle', ['.name-cell-text', '2026-01', 'TMETRIC'], ['.name-cell .ds-text-component', '2026-03', 'CLOCKIFY']),
} as const; // prettier-ignore

const ROW_ID = /^row-pulse-(?:\D*-)?(\d+)(?:-(\d+))?$/; // TMETRIC: the item id is the last number

function ids(url: URL): { board: string | null; item: string | null } {
  const [b, board, kind, item] = segments(url);
  if (b !== 'boards' || !board || !/^\d+$/.test(board)) return { board: null, item: null };
  return { board, item: kind === 'pulses' && item && /^\d+$/.test(item) ? item : null };
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (row: Element): string | null => {
    const m = ROW_ID.exec(row.id);
    return m ? (m[2] ?? m[1] ?? null) : null;
  };
  return cardItems(root, mondayFields.row, keyOf, mondayFields.rowTitle);
}

export const monday: SiteAdapter = {
  id: 'monday',
  matches: SITES.monday.matches,
  fields: mondayFields,
  page(url: URL): PageKind | null {
    if (!url.hostname.endsWith('.monday.com')) return null;
    const { board, item } = ids(url);
    if (item) return 'ticket';
    const [, , kind] = segments(url);
    return board && (kind === undefined || kind === 'views') ? 'list' : null;
  },
  read(doc, url) {
    const { board, item } = ids(url);
    return readTicket(doc, url, {
      site: 'monday',
      key: item,
      keyName: 'monday.itemId',
      title: mondayFields.title,
      // monday items have no description field: the first update plays that role.
      comments: {
        item: mondayFields.update,
        body: mondayFields.updateBody,
        author: mondayFields.updateAuthor,
        date: mondayFields.updateDate,
      },
      containerId: board,
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, mondayFields.titleBox)?.parentElement ?? null,
  testUrls: {
    ticket: [
      'https://acme-agency.monday.com/boards/3849201756/pulses/3849205512',
      'https://acme-agency.monday.com/boards/3849201756/pulses/3849205512?termId=7',
    ],
    list: [
      'https://acme-agency.monday.com/boards/3849201756',
      'https://acme-agency.monday.com/boards/3849201756/views/1120345',
    ],
    none: [
      'https://acme-agency.monday.com/workspaces/12',
      'https://monday.com/pricing',
      'https://acme-agency.monday.com/boards/abc',
    ],
  },
};
