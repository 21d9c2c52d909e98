// Linear (linear.app). Styled-components classes are hashed and never used here; Linear exposes
// good aria-labels and data-* hooks, and the issue key (TEAM-123) is in the URL.
import { field, first } from '@/lib/dom/query';
import { readLine } from '@/lib/dom/readText';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, hrefMatch, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const linearFields = {
  title: field('linear.title', ['[aria-label="Issue title"]', '2026-04', 'TOGGL'], ['[data-view-id="issue-view"] div[contenteditable="true"][aria-multiline="false"] > p', '2025-04', 'TMETRIC']),
  description: field('linear.description', ['[aria-label="Issue description"]', '2026-11', 'UNNAMED'], ['[data-view-id="issue-view"] .ProseMirror', '2026-11', 'NONE']),
  comment: field('linear.comment', ['[data-comment-thread-container]', '2026-11', 'UNNAMED']),
  commentBody: field('linear.commentBody', ['.ProseMirror', '2026-11', 'NONE'], ['[data-comment-body]', '2026-11', 'NONE']),
  commentAuthor: field('linear.commentAuthor', ['[data-comment-author]', '2026-11', 'NONE'], ['a[href*="/profiles/"]', '2026-11', 'NONE']),
  commentDate: field('linear.commentDate', ['time[datetime]', '2026-11', 'NONE'], ['[data-tooltip-date]', '2026-11', 'NONE']),
  reporter: field('linear.reporter', ['[data-issue-creator]', '2026-11', 'NONE']),
  card: field('linear.card', ['a[data-list-key]', '2025-04', 'TOGGL'], ['a[data-board-item="true"][href*="/issue/"]', '2024-12', 'TOGGL']),
  cardKey: field('linear.cardKey', ['span[data-column-id="issueId"]', '2025-04', 'TOGGL']),
  cardLink: field('linear.cardLink', ['a[href*="/issue/"]', '2024-12', 'TOGGL']),
  cardTitle: field('linear.cardTitle', ['span[data-column-id="title"]', '2026-11', 'NONE'], ['[data-board-item-title]', '2026-11', 'NONE']),
} as const; // prettier-ignore

const KEY = /^[A-Za-z][A-Za-z0-9]*-\d+$/;
const ISSUE_HREF = /\/issue\/([A-Za-z][A-Za-z0-9]*-\d+)/;
const LIST_SECTIONS = new Set(['team', 'my-issues', 'view', 'inbox']);

function keyFromUrl(url: URL): string | null {
  const [, section, key] = segments(url);
  return section === 'issue' && key && KEY.test(key) ? key.toUpperCase() : null;
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (c: Element): string | null => {
    const k = readLine(first(c, linearFields.cardKey));
    return KEY.test(k) ? k.toUpperCase() : (hrefMatch(c, linearFields.cardLink, ISSUE_HREF)?.toUpperCase() ?? null);
  };
  return cardItems(root, linearFields.card, keyOf, linearFields.cardTitle);
}

export const linear: SiteAdapter = {
  id: 'linear',
  matches: SITES.linear.matches,
  fields: linearFields,
  page(url: URL): PageKind | null {
    if (url.hostname !== 'linear.app') return null;
    if (keyFromUrl(url)) return 'ticket';
    const [, section, , sub] = segments(url);
    if (section && LIST_SECTIONS.has(section)) return 'list';
    return section === 'project' && sub === 'issues' ? 'list' : null;
  },
  read(doc, url) {
    const key = keyFromUrl(url);
    return readTicket(doc, url, {
      site: 'linear',
      key,
      keyName: 'linear.key',
      title: linearFields.title,
      // Linear titles the tab "<KEY> <title>": a fallback that survives a renamed aria-label.
      titleFallback: key && doc.title.startsWith(key) ? doc.title.slice(key.length).trim() : undefined,
      description: linearFields.description,
      comments: {
        item: linearFields.comment,
        body: linearFields.commentBody,
        author: linearFields.commentAuthor,
        date: linearFields.commentDate,
      },
      reporter: linearFields.reporter,
      containerId: key ? (key.split('-')[0] ?? null) : null,
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, linearFields.title)?.parentElement ?? null,
  testUrls: {
    ticket: [
      'https://linear.app/acme-agency/issue/WEB-214/add-product-descriptions',
      'https://linear.app/acme-agency/issue/WEB-7',
    ],
    list: [
      'https://linear.app/acme-agency/team/WEB/active',
      'https://linear.app/acme-agency/team/WEB/board',
      'https://linear.app/acme-agency/my-issues/assigned',
      'https://linear.app/acme-agency/view/3f1c2d9a-open-client-asks',
      'https://linear.app/acme-agency/project/acme-relaunch-5b1f/issues',
    ],
    none: [
      'https://linear.app/acme-agency/settings/account',
      'https://linear.app/',
      'https://linear.app/acme-agency/project/acme-relaunch-5b1f',
    ],
  },
};
