// Asana (app.asana.com). Breaks most often of all (every 2-4 months): BEM-like classes get renamed,
// so the key and project come from the URL, and description and comments from the same-origin API
// (asana-api.ts) when the pane does not show them. Selectors marked 2026-11 fill gaps in the public
// sources and are unconfirmed guesses at Asana's naming.
import { field, first } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { asanaEnrich } from './asana-api';
import { cardItems, hrefMatch, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const asanaFields = {
  title: field('asana.title', ['.TaskPaneTitle textarea', '2026-04', 'TOGGL'], ['.TitleInput textarea', '2026-03', 'TMETRIC'], ['[role="heading"] textarea', '2026-03', 'CLOCKIFY'], ['.TaskPane-titleRow textarea', '2026-03', 'CLOCKIFY']),
  titleBox: field('asana.titleBox', ['.TaskPaneTitle', '2026-04', 'TOGGL'], ['.TitleInput', '2026-03', 'TMETRIC'], ['.TaskPane-titleRow', '2026-03', 'CLOCKIFY']),
  description: field('asana.description', ['.TaskDescription .ProseMirror', '2026-11', 'NONE'], ['[aria-label="Task description"]', '2026-11', 'NONE'], ['.SingleTaskPane-descriptionRow', '2019-12', 'UNNAMED']),
  comment: field('asana.comment', ['.TaskStoryFeed .FeedBlockStory', '2024-11', 'ASANAEXP'], ['.TaskStoryFeed-blockStory', '2024-11', 'ASANAEXP']),
  commentBody: field('asana.commentBody', ['.TruncatedRichText-richText', '2024-11', 'ASANAEXP'], ['.RichText3', '2024-11', 'ASANAEXP']),
  commentAuthor: field('asana.commentAuthor', ['.FeedBlockStory-actorLink', '2026-11', 'NONE'], ['.BlockStoryHeader-actorName', '2026-11', 'NONE']),
  commentDate: field('asana.commentDate', ['.FeedBlockStory-timestamp', '2026-11', 'NONE'], ['time', '2026-11', 'NONE']),
  project: field('asana.project', ['.TaskPaneFields-projectHeader a', '2026-04', 'TOGGL'], ['.TaskProjects a', '2026-03', 'TMETRIC'], ['a.TaskProjectTokenPill', '2026-03', 'CLOCKIFY']),
  card: field('asana.card', ['.BoardCardLayout', '2026-04', 'TOGGL'], ['.SpreadsheetRow', '2026-04', 'TOGGL'], ['.MyTasksTaskRow', '2026-04', 'TOGGL']),
  cardTaskId: field('asana.cardTaskId', ['[data-task-id]', '2026-03', 'CLOCKIFY']),
  cardLink: field('asana.cardLink', ['a[href]', '2026-11', 'NONE']),
  cardTitle: field('asana.cardTitle', ['.BoardCard-taskName', '2026-04', 'TOGGL'], ['.SpreadsheetTaskName textarea', '2026-04', 'TOGGL'], ['.SpreadsheetTaskName', '2026-04', 'TOGGL']),
} as const; // prettier-ignore

const GID = /^\d{6,}$/;
const TASK_HREF = /\/(?:task|0\/\d+)\/(\d{6,})/;

/** { task, project } from both URL generations (/0/... and /1/<ws>/project/.../task/...). */
export function asanaIds(url: URL): { task: string | null; project: string | null; list: boolean } {
  const p = segments(url);
  const none = { task: null, project: null, list: false };
  if (p[0] === '0') {
    const [, a, b] = p;
    if (!a) return none;
    if ((a === 'inbox' || a === 'search') && b && GID.test(p[3] ?? ''))
      return { task: p[3] ?? null, project: null, list: false };
    if (GID.test(a) && b && GID.test(b)) return { task: b, project: a, list: false };
    if (GID.test(a) && (b === 'list' || b === 'board')) return { task: null, project: a, list: true };
    return none;
  }
  if (p[0] === '1' && p[1]) {
    const at = (k: string): string | null => {
      const v = p[p.indexOf(k) + 1];
      return p.includes(k) && v && GID.test(v) ? v : null;
    };
    const task = at('task');
    const project = at('project');
    const view = p[p.indexOf('project') + 2];
    return { task, project, list: !task && !!project && (view === 'list' || view === 'board') };
  }
  return none;
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (c: Element): string | null =>
    c.getAttribute('data-task-id') ??
    first(c, asanaFields.cardTaskId)?.getAttribute('data-task-id') ??
    hrefMatch(c, asanaFields.cardLink, TASK_HREF);
  return cardItems(root, asanaFields.card, keyOf, asanaFields.cardTitle);
}

export const asana: SiteAdapter = {
  id: 'asana',
  matches: SITES.asana.matches,
  fields: asanaFields,
  page(url: URL): PageKind | null {
    if (url.hostname !== 'app.asana.com') return null;
    const ids = asanaIds(url);
    return ids.task ? 'ticket' : ids.list ? 'list' : null;
  },
  read(doc, url) {
    const ids = asanaIds(url);
    return readTicket(doc, url, {
      site: 'asana',
      key: ids.task,
      keyName: 'asana.taskGid',
      title: asanaFields.title,
      description: asanaFields.description,
      comments: {
        item: asanaFields.comment,
        body: asanaFields.commentBody,
        author: asanaFields.commentAuthor,
        date: asanaFields.commentDate,
      },
      containerId: ids.project ?? hrefMatch(doc.documentElement, asanaFields.project, /\/(?:project|0)\/(\d{6,})/),
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, asanaFields.titleBox),
  enrich: asanaEnrich,
  testUrls: {
    ticket: [
      'https://app.asana.com/0/1204567890123456/1208765432109876',
      'https://app.asana.com/0/1204567890123456/1208765432109876/f',
      'https://app.asana.com/0/inbox/1200000000000001/1208765432109876',
      'https://app.asana.com/1/1200000000000002/project/1204567890123456/task/1208765432109876',
      'https://app.asana.com/1/1200000000000002/task/1208765432109876/comment/1209999999999999',
    ],
    list: [
      'https://app.asana.com/0/1204567890123456/list',
      'https://app.asana.com/0/1204567890123456/board',
      'https://app.asana.com/1/1200000000000002/project/1204567890123456/board/1205555555555555',
    ],
    none: [
      'https://app.asana.com/0/home/1200000000000002',
      'https://asana.com/pricing',
      'https://app.asana.com/-/login',
    ],
  },
};
