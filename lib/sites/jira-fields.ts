// Jira's named selectors, Cloud (React, `data-testid`) and Data Center / Server (classic server-rendered
// issue view and the GreenHopper board `ghx-*`) side by side: a page only ever has one of the two, so
// each field simply lists both generations, newest first. Sources: lib/sites/SOURCES.md. CAPTURE =
// the real classic issue view (TT-1, 2015-09) the tests load; NONE = no public source, our own reading.
import { field } from '@/lib/dom/query';

export const jiraFields = {
  summary: field('jira.summary', ['h1[data-testid="issue.views.issue-base.foundation.summary.heading"]', '2026-02', 'TOGGL'], ['h1[data-testid*="summary.heading"]', '2026-01', 'WUHUP'], ['[data-test-id="issue.views.issue-base.foundation.summary.heading"]', '2020-09', 'JCES'], ['#ghx-detail-view [data-field-id="summary"]', '2025-10', 'TMETRIC'], ['#ghx-detail-view h1', '2025-10', 'TMETRIC'], ['#summary-val', '2026-02', 'TOGGL']),
  key: field('jira.key', ['a[data-testid*="breadcrumbs.current-issue.item"]', '2026-01', 'WUHUP'], ['[data-testid="issue.views.issue-base.foundation.breadcrumbs.breadcrumb-current-issue-container"] a', '2026-02', 'TOGGL'], ['[data-testid*="key-renderer.issue-key-renderer.text"]', '2026-08', 'SURVEY'], ['#ghx-detail-view [data-field-id="issuekey"]', '2025-10', 'TMETRIC'], ['#key-val', '2026-02', 'TOGGL']),
  description: field('jira.description', ['[data-testid="issue.views.field.rich-text.description"] .ak-renderer-document', '2026-08', 'SURVEY'], ['[data-testid="issue.views.field.rich-text.description"]', '2026-08', 'SURVEY'], ['[data-test-id="issue.views.field.rich-text.description"]', '2020-09', 'JCES'], ['#description-val .user-content-block', '2015-09', 'CAPTURE'], ['#description-val', '2026-02', 'TOGGL']),
  comment: field('jira.comment', ['[data-testid="issue.activity.comments-list"] [data-testid^="comment-base-item-"]', '2026-08', 'SURVEY'], ['[data-testid^="comment-base-item-"]', '2026-08', 'SURVEY'], ['[data-test-id="issue.activity.comment"]', '2020-09', 'JCES'], ['.issue-data-block.activity-comment', '2026-12', 'NONE'], ['[id^="comment-"].activity-comment', '2026-12', 'NONE']),
  commentBody: field('jira.commentBody', ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-body"]', '2026-08', 'SURVEY'], ['.ak-renderer-document', '2026-08', 'SURVEY'], ['.action-body', '2026-12', 'NONE']),
  commentHeader: field('jira.commentHeader', ['[data-testid^="issue-comment-base.ui.comment.ak-comment."][data-testid$="-header"]', '2026-08', 'SURVEY'], ['.action-details', '2026-12', 'NONE']),
  commentAuthor: field('jira.commentAuthor', ['.action-details a.user-hover', '2026-12', 'NONE']),
  commentTime: field('jira.commentTime', ['[data-testid="issue-timestamp.relative-time"]', '2026-08', 'SURVEY'], ['time', '2026-08', 'SURVEY']),
  reporter: field('jira.reporter', ['[data-testid="issue.views.field.user.reporter"] [data-testid$="name"]', '2026-08', 'SURVEY'], ['[data-testid="issue.views.field.user.reporter"]', '2026-08', 'SURVEY'], ['#reporter-val .user-hover', '2015-09', 'CAPTURE'], ['#reporter-val', '2015-09', 'CAPTURE']),
  // Cloud: the summary's inline-edit wrapper; classic: the agile detail header, then the issue actions bar.
  badgeAnchor: field('jira.badgeAnchor', ['[data-testid="issue-field-summary.ui.issue-field-summary-inline-edit--container"]', '2026-01', 'WUHUP'], ['#ghx-detail-head', '2025-10', 'TMETRIC'], ['.command-bar .aui-toolbar2-primary', '2025-10', 'TMETRIC'], ['.command-bar .toolbar-split-left', '2025-10', 'TMETRIC']),
  card: field('jira.card', ['[data-testid="platform-board-kit.ui.card.card"]', '2026-01', 'WUHUP'], ['[data-testid^="software-backlog.card-list.card.content-container."]', '2026-08', 'SURVEY'], ['[data-test-id="platform-board-kit.ui.card.card"]', '2020-09', 'JCES'], ['.ghx-issue[data-issue-key]', '2026-02', 'TOGGL'], ['.js-issue[data-issue-key]', '2026-02', 'TOGGL']),
  cardKey: field('jira.cardKey', ['[data-testid="platform-card.common.ui.key.key"] a[href*="/browse/"]', '2026-08', 'SURVEY'], ['a[data-testid$="card-contents.key"]', '2026-08', 'SURVEY'], ['a[href*="/browse/"]', '2026-01', 'WUHUP']),
  cardTitle: field('jira.cardTitle', ['[data-testid="issue-field-single-line-text-readview-card.ui.single-line-text.container.box"]', '2026-08', 'SURVEY'], ['[data-testid$="summary-field-static.content"]', '2026-08', 'SURVEY'], ['.ghx-summary .ghx-inner', '2026-02', 'TOGGL'], ['.ghx-summary', '2026-02', 'TOGGL']),
} as const; // prettier-ignore

/** The classic view's "Click to add description" placeholder: an `<em>` alone where paragraphs go. */
export const CLASSIC_EMPTY_DESCRIPTION = '.user-content-block > em:only-child';
