// GitHub issues (github.com). React issue views since 2024-25, legacy server-rendered markup still
// served in places; Turbo + React soft navigation (the runtime listens for turbo:* / soft-nav:*).
// URL rules follow refined-github/github-url-detection (GUD). GitHub Enterprise Server (a registered
// self-hosted origin) serves the same paths, with the legacy server-rendered issue markup on older
// versions: every field keeps that generation last.
import { field, first } from '@/lib/dom/query';
import type { ListItem, PageKind, SiteAdapter } from './types';
import { cardItems, readTicket } from './ticket-reader';
import { segments } from './util';
import { SITES } from './ids';

export const githubFields = {
  title: field('github.title', ['[data-testid="issue-title"]', '2026-04', 'TOGGL'], ['h1[data-component="PH_Title"] .markdown-title', '2025-05', 'TMETRIC'], ['.js-issue-title', '2026-08', 'RGH']),
  description: field('github.description', ['[data-testid="issue-body"] [data-testid="markdown-body"]', '2025-07', 'CAPTURE'], ['.react-issue-body .markdown-body', '2026-08', 'RGH'], ['.js-comment-body', '2026-08', 'RGH']),
  comment: field('github.comment', ['.react-issue-comment', '2026-08', 'RGH'], ['.js-timeline-item .timeline-comment', '2026-08', 'RGH']),
  commentBody: field('github.commentBody', ['.markdown-body', '2026-08', 'RGH'], ['.comment-body', '2026-08', 'RGH']),
  commentAuthor: field('github.commentAuthor', ['a[data-testid="avatar-link"]', '2026-08', 'RGH'], ['a.author', '2026-08', 'RGH']),
  commentDate: field('github.commentDate', ['relative-time[datetime]', '2026-08', 'RGH']),
  reporter: field('github.reporter', ['a[data-testid="issue-body-header-author"]', '2026-08', 'RGH'], ['.timeline-comment-header a.author', '2026-08', 'RGH']),
  row: field('github.row', ['li[role="listitem"]:has(a[data-testid="issue-pr-title-link"])', '2026-08', 'RGH'], ['.js-issue-row', '2026-08', 'RGH']),
  rowTitle: field('github.rowTitle', ['a[data-testid="issue-pr-title-link"]', '2026-08', 'RGH'], ['a.js-navigation-open', '2026-08', 'RGH']),
} as const; // prettier-ignore

// First path segments that are GitHub's own pages, not owners.
const RESERVED = new Set([
  'settings',
  'orgs',
  'notifications',
  'marketplace',
  'explore',
  'topics',
  'sponsors',
  'login',
  'apps',
  'features',
  'enterprise',
  'pulls',
  'issues',
  'search',
  'new',
  'codespaces',
]);
const ISSUE_HREF = /^\/([^/]+)\/([^/]+)\/issues\/(\d+)(?:$|[/?#])/;
// Row links are absolute on some pages, and on GitHub Enterprise carry the company's own origin.
const ORIGIN = /^https?:\/\/[^/]+/;
const REPO_ISSUE_LIST = /^labels\/|^issues(?!\/(\d+|new|templates|views$)($|\/))/; // GUD isRepoIssueList

function issueOf(url: URL): { repo: string; n: string } | null {
  const [owner, repo, kind, n] = segments(url);
  if (!owner || !repo || RESERVED.has(owner) || kind !== 'issues' || !n || !/^\d+$/.test(n)) return null;
  return { repo: `${owner}/${repo}`, n };
}

function listItems(root: ParentNode): ListItem[] {
  const keyOf = (row: Element): string | null => {
    const href = first(row, githubFields.rowTitle)?.getAttribute('href') ?? '';
    const m = ISSUE_HREF.exec(href.replace(ORIGIN, ''));
    return m ? `${m[1]}/${m[2]}#${m[3]}` : null;
  };
  return cardItems(root, githubFields.row, keyOf, githubFields.rowTitle);
}

export const github: SiteAdapter = {
  id: 'github',
  matches: SITES.github.matches,
  fields: githubFields,
  page(url: URL): PageKind | null {
    if (url.hostname !== 'github.com') return null;
    if (issueOf(url)) return 'ticket';
    const p = segments(url);
    if (p.length === 1 && p[0] === 'issues') return 'list';
    const [owner, repo] = p;
    if (!owner || !repo || RESERVED.has(owner)) return null;
    return REPO_ISSUE_LIST.test(p.slice(2).join('/')) ? 'list' : null;
  },
  read(doc, url) {
    const issue = issueOf(url);
    return readTicket(doc, url, {
      site: 'github',
      key: issue ? `${issue.repo}#${issue.n}` : null,
      keyName: 'github.issueNumber',
      title: githubFields.title,
      description: githubFields.description,
      comments: {
        item: githubFields.comment,
        body: githubFields.commentBody,
        author: githubFields.commentAuthor,
        date: githubFields.commentDate,
      },
      reporter: githubFields.reporter,
      containerId: issue?.repo ?? null,
    });
  },
  listItems,
  badgeAnchor: (doc) => first(doc, githubFields.title)?.parentElement ?? null,
  testUrls: {
    ticket: [
      'https://github.com/acme-outdoor/storefront/issues/42',
      'https://github.com/acme-outdoor/storefront/issues/42#issuecomment-123',
    ],
    list: [
      'https://github.com/acme-outdoor/storefront/issues',
      'https://github.com/acme-outdoor/storefront/issues?q=is%3Aopen+label%3Aclient',
      'https://github.com/acme-outdoor/storefront/labels/client-ask',
      'https://github.com/issues',
    ],
    none: [
      'https://github.com/acme-outdoor/storefront/issues/new',
      'https://github.com/acme-outdoor/storefront/pull/17',
      'https://github.com/acme-outdoor/storefront',
      'https://github.com/settings/profile',
      'https://gist.github.com/acme/1',
    ],
  },
};
