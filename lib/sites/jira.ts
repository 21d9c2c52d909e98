// Jira Cloud (*.atlassian.net) and, through a registered self-hosted origin (hosts.ts), Jira Data
// Center / Server. Cloud is a React SPA whose `data-testid`s settled around 2022 and are matched by
// their leaf where namespaces churn; its board, backlog and search views are virtualised, so list
// reads only see mounted cards and the same-origin REST fallback (jira-rest.ts) fills thin pages.
// Server serves the classic issue view and the GreenHopper board (RapidBoard.jspa), possibly under a
// context path (https://host/jira/browse/KEY-1).
import { all, first, Missing } from '@/lib/dom/query';
import { readLine, readText } from '@/lib/dom/readText';
import type { ListItem, PageKind, ReadResult, SiteAdapter, TicketComment } from './types';
import { jiraEnrich } from './jira-rest';
import { CLASSIC_EMPTY_DESCRIPTION, jiraFields } from './jira-fields';
import { failed, ok, segments } from './util';
import { SITES } from './ids';

export { jiraFields };

const KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const BROWSE = /\/browse\/([A-Z][A-Z0-9_]+-\d+)/;
const RAPID_BOARD = /\/secure\/RapidBoard\.jspa$/;
const CLOUD_LIST = /^\/jira\/(software|core)\/(c\/)?projects\/[^/]+\/(boards\/\d+(\/backlog)?|board|list|issues)\/?$/;

const validKey = (k: string | null | undefined): string | null => (k && KEY.test(k) ? k : null);

/**
 * The classic board and backlog show an issue's detail only in `view=detail` / `view=planning`;
 * `planning.nodetail` merely highlights `selectedIssue` in the list, so that page is a list.
 */
function classicDetailKey(url: URL): string | null {
  const view = url.searchParams.get('view');
  return view === 'detail' || view === 'planning' ? validKey(url.searchParams.get('selectedIssue')) : null;
}

function keyFromUrl(url: URL): string | null {
  if (RAPID_BOARD.test(url.pathname)) return classicDetailKey(url);
  const m = BROWSE.exec(url.pathname);
  if (m?.[1]) return m[1];
  const parts = segments(url);
  const i = parts.indexOf('issues');
  const k = validKey(i >= 0 ? parts[i + 1] : undefined);
  return k ?? validKey(url.searchParams.get('selectedIssue'));
}

function comments(doc: Document): TicketComment[] {
  return all(doc, jiraFields.comment).map((c) => {
    const header = first(c, jiraFields.commentHeader);
    const time = first(header ?? c, jiraFields.commentTime);
    const named = readLine(first(header ?? c, jiraFields.commentAuthor));
    const author = named || (header ? readLine(header).replace(readLine(time), '').trim() : '');
    return {
      author: author || null,
      date: time?.getAttribute('datetime') || time?.getAttribute('title') || readLine(time) || null,
      body: readText(first(c, jiraFields.commentBody) ?? c),
    };
  });
}

function domKey(doc: Document): string | null {
  const el = first(doc, jiraFields.key);
  return validKey(el?.getAttribute('data-issue-key')) ?? validKey(readLine(el));
}

function read(doc: Document, url: URL): ReadResult {
  const missing = new Missing();
  const title = missing.need(readLine(first(doc, jiraFields.summary)), jiraFields.summary);
  const key = missing.need(keyFromUrl(url) ?? domKey(doc), jiraFields.key);
  if (!title || !key) return failed('jira', 'ticket', missing.names);
  return ok({
    type: 'ticket',
    site: 'jira',
    key,
    title,
    description: readText(first(doc, jiraFields.description), { exclude: CLASSIC_EMPTY_DESCRIPTION }),
    comments: comments(doc),
    reporter: readLine(first(doc, jiraFields.reporter)) || null,
    containerId: key.split('-')[0] ?? null,
    url: url.href,
  });
}

function cardKey(card: Element): string | null {
  const attr = validKey(card.getAttribute('data-issue-key'));
  if (attr) return attr;
  const fromId = /^card-([A-Z][A-Z0-9_]+-\d+)$/.exec(card.id)?.[1];
  if (fromId) return fromId;
  const fromTestId = /content-container\.([A-Z][A-Z0-9_]+-\d+)$/.exec(card.getAttribute('data-testid') ?? '')?.[1];
  if (fromTestId) return fromTestId;
  const href = first(card, jiraFields.cardKey)?.getAttribute('href') ?? '';
  return BROWSE.exec(href)?.[1] ?? null;
}

function listItems(root: ParentNode): ListItem[] {
  const seen = new Set<string>();
  const items: ListItem[] = [];
  for (const card of all(root, jiraFields.card)) {
    const key = cardKey(card);
    if (!key || seen.has(key)) continue; // backlog rows carry two anchors per issue
    seen.add(key);
    items.push({ key, title: readLine(first(card, jiraFields.cardTitle)), anchor: card });
  }
  return items;
}

export const jira: SiteAdapter = {
  id: 'jira',
  matches: SITES.jira.matches,
  fields: jiraFields,
  page(url: URL): PageKind | null {
    if (!url.hostname.endsWith('.atlassian.net')) return null;
    if (keyFromUrl(url)) return 'ticket';
    const p = url.pathname;
    if (CLOUD_LIST.test(p) || RAPID_BOARD.test(p) || /\/issues\/?$/.test(p)) return 'list';
    return null;
  },
  read,
  listItems,
  // Cloud's summary wrapper, else the classic detail header / actions bar, else beside the summary.
  badgeAnchor: (doc) => first(doc, jiraFields.badgeAnchor) ?? first(doc, jiraFields.summary)?.parentElement ?? null,
  enrich: jiraEnrich,
  testUrls: {
    ticket: [
      'https://acme-agency.atlassian.net/browse/ACME-142',
      'https://acme-agency.atlassian.net/browse/ACME-142#comment-10231',
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/boards/12?selectedIssue=ACME-7',
      'https://acme-agency.atlassian.net/jira/software/c/projects/WEB/boards/3/backlog?selectedIssue=WEB_2-19',
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/issues/ACME-9',
      'https://acme-agency.atlassian.net/secure/RapidBoard.jspa?rapidView=12&view=detail&selectedIssue=ACME-7',
      'https://acme-agency.atlassian.net/secure/RapidBoard.jspa?rapidView=12&view=planning&selectedIssue=ACME-7',
      'https://acme-agency.atlassian.net/jira/browse/ACME-142',
    ],
    list: [
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/boards/12',
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/boards/12/backlog',
      'https://acme-agency.atlassian.net/jira/software/c/projects/WEB/boards/3',
      'https://acme-agency.atlassian.net/jira/core/projects/OPS/board',
      'https://acme-agency.atlassian.net/issues/?jql=project%20%3D%20ACME',
      'https://acme-agency.atlassian.net/secure/RapidBoard.jspa?rapidView=12',
      'https://acme-agency.atlassian.net/secure/RapidBoard.jspa?rapidView=12&view=planning.nodetail&selectedIssue=ACME-7',
      'https://acme-agency.atlassian.net/secure/RapidBoard.jspa?rapidView=12&selectedIssue=ACME-7',
      'https://acme-agency.atlassian.net/jira/secure/RapidBoard.jspa?rapidView=3&view=planning.nodetail',
    ],
    none: [
      'https://acme-agency.atlassian.net/wiki/spaces/ACME/pages/1',
      'https://acme-agency.atlassian.net/jira/your-work',
      'https://example.com/browse/ACME-1',
    ],
  },
};
