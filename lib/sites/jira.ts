// Jira Cloud (*.atlassian.net). React SPA with history navigation; `data-testid` settled around
// 2022 and is matched by its leaf (`*=`) where namespace prefixes churn. Board, backlog and search
// views are virtualised, so list reads only see mounted cards; descriptions can be thin, hence the
// same-origin REST fallback in jira-rest.ts.
import { all, field, first, Missing } from '@/lib/dom/query';
import { readLine, readText } from '@/lib/dom/readText';
import type { ListItem, PageKind, ReadResult, SiteAdapter, TicketComment } from './types';
import { jiraEnrich } from './jira-rest';
import { failed, ok, segments } from './util';
import { SITES } from './ids';

const KEY = /^[A-Z][A-Z0-9_]+-\d+$/;
const BROWSE = /\/browse\/([A-Z][A-Z0-9_]+-\d+)/;

export const jiraFields = {
  summary: field('jira.summary', ['h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', '2026-08'], ['h1[data-testid*="summary.heading"]', '2026-01'], ['[data-test-id="issue.views.issue-base.foundation.summary.heading"]', '2020-09']),
  key: field('jira.key', ['a[data-testid*="breadcrumbs.current-issue.item"]', '2026-08'], ['[data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"] a', '2026-02'], ['[data-testid*="key-renderer.issue-key-renderer.text"]', '2026-08']),
  description: field('jira.description', ['[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document', '2026-08'], ['[data-testid="issue.views.field.rich-text.description"]', '2026-08'], ['[data-test-id="issue.views.field.rich-text.description"]', '2020-09']),
  comment: field('jira.comment', ['[data-testid="issue.activity.comments-list"] [data-testid^="comment-base-item-"]', '2026-08'], ['[data-testid^="comment-base-item-"]', '2026-08'], ['[data-test-id="issue.activity.comment"]', '2020-09']),
  commentBody: field('jira.commentBody', ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]', '2026-08'], ['.ak-renderer-document', '2026-08']),
  commentHeader: field('jira.commentHeader', ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"]', '2026-08']),
  commentTime: field('jira.commentTime', ['[data-testid="issue-timestamp.relative-time"]', '2026-08'], ['time', '2026-08']),
  reporter: field('jira.reporter', ['[data-testid="issue.views.field.user.reporter"] [data-testid$="name"]', '2026-08'], ['[data-testid="issue.views.field.user.reporter"]', '2026-08']),
  card: field('jira.card', ['[data-testid="platform-board-kit.ui.card.card"]', '2026-08'], ['[data-testid^="software-backlog.card-list.card.content-container."]', '2026-08'], ['[data-test-id="platform-board-kit.ui.card.card"]', '2020-09']),
  cardKey: field('jira.cardKey', ['[data-testid="platform-card.common.ui.key.key"] a[href*="/browse/"]', '2026-08'], ['a[data-testid$="card-contents.key"]', '2026-08'], ['a[href*="/browse/"]', '2026-01']),
  cardTitle: field('jira.cardTitle', ['[data-testid="issue-field-single-line-text-readview-card.ui.single-line-text.container.box"]', '2026-08'], ['[data-testid$="summary-field-static.content"]', '2026-08']),
} as const; // prettier-ignore

function keyFromUrl(url: URL): string | null {
  const m = BROWSE.exec(url.pathname);
  if (m?.[1]) return m[1];
  const parts = segments(url);
  const i = parts.indexOf('issues');
  const k = i >= 0 ? parts[i + 1] : undefined;
  if (k && KEY.test(k)) return k;
  const selected = url.searchParams.get('selectedIssue');
  return selected && KEY.test(selected) ? selected : null;
}

function comments(doc: Document): TicketComment[] {
  return all(doc, jiraFields.comment).map((c) => {
    const header = first(c, jiraFields.commentHeader);
    const time = first(header ?? c, jiraFields.commentTime);
    const author = header ? readLine(header).replace(readLine(time), '').trim() : '';
    return {
      author: author || null,
      date: time?.getAttribute('datetime') || time?.getAttribute('title') || readLine(time) || null,
      body: readText(first(c, jiraFields.commentBody) ?? c),
    };
  });
}

function read(doc: Document, url: URL): ReadResult {
  const missing = new Missing();
  const summary = missing.need(first(doc, jiraFields.summary), jiraFields.summary);
  const domKey = readLine(first(doc, jiraFields.key));
  const key = missing.need(keyFromUrl(url) ?? (KEY.test(domKey) ? domKey : null), jiraFields.key);
  if (!summary || !key) return failed('jira', 'ticket', missing.names);
  return ok({
    type: 'ticket',
    site: 'jira',
    key,
    title: readLine(summary),
    description: readText(first(doc, jiraFields.description)),
    comments: comments(doc),
    reporter: readLine(first(doc, jiraFields.reporter)) || null,
    containerId: key.split('-')[0] ?? null,
    url: url.href,
  });
}

function cardKey(card: Element): string | null {
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
  page(url: URL): PageKind | null {
    if (!url.hostname.endsWith('.atlassian.net')) return null;
    if (keyFromUrl(url)) return 'ticket';
    const p = url.pathname;
    if (/^\/jira\/(software|core)\/(c\/)?projects\/[^/]+\/(boards\/\d+(\/backlog)?|board|list|issues)\/?$/.test(p))
      return 'list';
    if (p === '/secure/RapidBoard.jspa' || /^\/issues\/?$/.test(p)) return 'list';
    return null;
  },
  read,
  listItems,
  badgeAnchor: (doc) => first(doc, jiraFields.summary)?.parentElement ?? null,
  enrich: jiraEnrich,
  testUrls: {
    ticket: [
      'https://acme-agency.atlassian.net/browse/ACME-142',
      'https://acme-agency.atlassian.net/browse/ACME-142#comment-10231',
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/boards/12?selectedIssue=ACME-7',
      'https://acme-agency.atlassian.net/jira/software/c/projects/WEB/boards/3/backlog?selectedIssue=WEB_2-19',
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/issues/ACME-9',
    ],
    list: [
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/boards/12',
      'https://acme-agency.atlassian.net/jira/software/projects/ACME/boards/12/backlog',
      'https://acme-agency.atlassian.net/jira/software/c/projects/WEB/boards/3',
      'https://acme-agency.atlassian.net/jira/core/projects/OPS/board',
      'https://acme-agency.atlassian.net/issues/?jql=project%20%3D%20ACME',
    ],
    none: [
      'https://acme-agency.atlassian.net/wiki/spaces/ACME/pages/1',
      'https://acme-agency.atlassian.net/jira/your-work',
      'https://example.com/browse/ACME-1',
    ],
  },
};
