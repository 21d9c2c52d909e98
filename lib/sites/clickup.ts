// ClickUp (app.clickup.com). Angular app with readable `cu-*` BEM classes that were renamed at each
// UI generation (v2 2022, v3 2023, v4 2026), so every field keeps a selector per generation.
import { field, first } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, hrefMatch, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const clickupFields = {
  title: field('clickup.title', ['[data-test="task-title__title-overlay"]', '2026-03', 'CLOCKIFY'], ['.cu-task-title__overlay', '2026-04', 'TMETRIC'], ['h1.cu-task-title', '2026-03', 'CLOCKIFY'], ['.task-name__overlay', '2024-10', 'MOCO']),
  description: field('clickup.description', ['.cu-task-view__main .ql-editor', '2026-11', 'UNNAMED'], ['[data-test="task-description"]', '2026-11', 'NONE']),
  comment: field('clickup.comment', ['[data-test="task-activity-stream-item__comment"]', '2026-03', 'UNNAMED'], ['cu-task-comment', '2026-03', 'UNNAMED'], ['.cu-comment', '2024-11', 'TIMECAMP']),
  commentBody: field('clickup.commentBody', ['.cu-comment__text', '2024-11', 'TIMECAMP'], ['.cu-comment__body-container', '2024-11', 'TIMECAMP']),
  commentAuthor: field('clickup.commentAuthor', ['.cu-comment__author', '2024-11', 'TIMECAMP']),
  commentDate: field('clickup.commentDate', ['.cu-comment__date', '2024-11', 'TIMECAMP']),
  listLink: field('clickup.listLink', ['a[href*="/v/li/"]', '2026-11', 'NONE']),
  row: field('clickup.row', ['.cu-task-row', '2026-03', 'CLOCKIFY']),
  rowLink: field('clickup.rowLink', ['a.cu-task-row-main__link', '2026-03', 'CLOCKIFY'], ['a[href*="/t/"]', '2026-11', 'NONE']),
  rowTitle: field('clickup.rowTitle', ['.cu-task-row-main__link-text-inner', '2026-03', 'CLOCKIFY'], ['.cu-task-row-main__link', '2026-03', 'CLOCKIFY']),
} as const; // prettier-ignore

const ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;
const LIST_VIEWS = new Set(['l', 'li', 'b', 'lv', 'f', 's', 'g']);

/** /t/<taskId> or /t/<teamId>/<customId> */
function taskOf(url: URL): { key: string; team: string | null } | null {
  const [t, a, b] = segments(url);
  if (t !== 't' || !a || !ID.test(a)) return null;
  if (b) return ID.test(b) ? { key: b, team: a } : null;
  return { key: a, team: null };
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (row: Element): string | null =>
    row.getAttribute('data-task-id') ?? hrefMatch(row, clickupFields.rowLink, /\/t\/(?:\d+\/)?([A-Za-z0-9_-]+)\/?$/);
  return cardItems(root, clickupFields.row, keyOf, clickupFields.rowTitle);
}

export const clickup: SiteAdapter = {
  id: 'clickup',
  matches: SITES.clickup.matches,
  fields: clickupFields,
  page(url: URL): PageKind | null {
    if (url.hostname !== 'app.clickup.com') return null;
    if (taskOf(url)) return 'ticket';
    const [team, v, view] = segments(url);
    return team && /^\d+$/.test(team) && v === 'v' && view && LIST_VIEWS.has(view) ? 'list' : null;
  },
  read(doc, url) {
    const task = taskOf(url);
    // The list the task lives in (breadcrumb link), else the workspace id from the URL.
    const listId = hrefMatch(doc.documentElement, clickupFields.listLink, /\/v\/li\/([A-Za-z0-9-]+)/);
    return readTicket(doc, url, {
      site: 'clickup',
      key: task?.key ?? null,
      keyName: 'clickup.taskId',
      title: clickupFields.title,
      titleFallback: / \| ClickUp$/.test(doc.title) ? doc.title.replace(/ \| ClickUp$/, '') : undefined,
      description: clickupFields.description,
      comments: {
        item: clickupFields.comment,
        body: clickupFields.commentBody,
        author: clickupFields.commentAuthor,
        date: clickupFields.commentDate,
      },
      containerId: listId ?? task?.team ?? null,
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, clickupFields.title)?.parentElement ?? null,
  testUrls: {
    ticket: ['https://app.clickup.com/t/86b1x2y3z', 'https://app.clickup.com/t/9012345678/ACME-88'],
    list: [
      'https://app.clickup.com/9012345678/v/li/901234567890',
      'https://app.clickup.com/9012345678/v/l/6-901234567890-1',
      'https://app.clickup.com/9012345678/v/b/6-901234567890-2',
    ],
    none: [
      'https://app.clickup.com/9012345678/home',
      'https://app.clickup.com/login',
      'https://clickup.com/t/86b1x2y3z',
    ],
  },
};
