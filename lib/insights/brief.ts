// The brief for the team: what the client said and approved since the last brief, as Markdown
// that pastes cleanly into Jira, Asana or Slack. Everything the client wrote is escaped.
import type { Brief, ChangeOrder, Client, DetectedRequest, Feedback, Project, Wait } from '@/lib/db/schemas';
import { effectiveVerdict } from '@/lib/asks/verdict';
import { formatCoRef } from '@/lib/changeorders/number';
import { countedChangeOrders } from '@/lib/changeorders/revisions';
import { addDays, dayOf, localDay, showDay } from '@/lib/dates/days';
import { safeHref } from '@/lib/links/safeHref';
import { escapeMarkdownLine as esc, markdownLinkTarget } from '@/lib/markdown/escape';
import { formatMoney, showHours, totals } from '@/lib/money';
import { statusWord } from '@/lib/changeorders/status';
import type { MessageKey } from '@/lib/i18n';
import { daysWaiting } from './waits';
import { t, tn } from '@/lib/i18n';

export type Audience = Brief['audience'];

export interface BriefInput {
  project: Project;
  client: Client | null;
  feedback: readonly Feedback[];
  changeOrders: readonly ChangeOrder[];
  requests: readonly DetectedRequest[];
  waits: readonly Wait[];
  /** The previous brief's createdAt; null for the first brief (everything so far). */
  since: string | null;
  number: number;
  audience: Audience;
  now?: Date;
  /** For money amounts; the browser's locale when absent. */
  locale?: string;
}

const AUDIENCE = {
  creative: 'briefForCreative',
  dev: 'briefForDev',
  analytics: 'briefForAnalytics',
  all: 'briefForAll',
} as const satisfies Record<Audience, MessageKey>;
const KIND_TITLES = [
  ['revision_request', 'briefRevisions'],
  ['complaint', 'briefConcerns'],
  ['approval', 'briefApprovals'],
  ['praise', 'briefLiked'],
  ['other', 'briefOther'],
] as const satisfies [Feedback['kind'], MessageKey][];
const NONE = (what: string) => `_${what}_`;

/** When a change order was approved: its history stamp, else its last update. */
function approvedAt(co: ChangeOrder): string {
  const stamp = [...co.history].reverse().find((h) => h.status === 'approved');
  return stamp?.at ?? co.updatedAt;
}

/**
 * The number and window of the next brief: it starts where the latest live brief ended. Numbers
 * of deleted briefs are not reused, so "Brief 4" always means one document.
 */
export function nextBriefWindow(briefs: readonly Brief[]): { number: number; since: string | null } {
  let max = 0;
  let latest: Brief | null = null;
  for (const b of briefs) {
    max = Math.max(max, b.number);
    if (!b.deletedAt && (!latest || b.number > latest.number)) latest = b;
  }
  return { number: max + 1, since: latest?.createdAt ?? null };
}

function source(title: string | null, url: string | null): string {
  const href = safeHref(url);
  if (!href) return '';
  return ` ([${title ? esc(title) : t('briefSource')}](${markdownLinkTarget(href)}))`;
}

export function buildBrief(input: BriefInput): string {
  const { project, since } = input;
  const now = input.now ?? new Date();
  const sinceMs = since ? Date.parse(since) : Number.NEGATIVE_INFINITY;
  const isNew = (iso: string | null) => iso !== null && !(Date.parse(iso) < sinceMs);
  const mine = <T extends { deletedAt: string | null; projectId: string | null }>(xs: readonly T[]) =>
    xs.filter((x) => !x.deletedAt && x.projectId === project.id);
  const feedback = mine(input.feedback).filter((f) => isNew(f.createdAt));
  const standing = countedChangeOrders(mine(input.changeOrders)).approved;
  const approved = standing.filter((c) => isNew(approvedAt(c)));
  const outOfScope = mine(input.requests).filter(
    (r) => effectiveVerdict(r) === 'out_of_scope' && isNew(r.askedAt ?? r.createdAt),
  );
  const openWaits = mine(input.waits).filter((w) => !w.closedAt);
  const money = (cents: number, c: ChangeOrder) =>
    formatMoney(cents, c.currency || project.scope.currency, input.locale);
  // Dates come from stored records (a backup, a page): a non-ISO one is text, escaped like any other.
  const day = (iso: string) => {
    const d = dayOf(iso);
    return esc(d ? showDay(d) : iso);
  };

  const out: string[] = [];
  const names = { number: input.number, project: esc(project.name) };
  out.push(
    `# ${input.client ? t('briefTitleClient', { ...names, client: esc(input.client.name) }) : t('briefTitle', names)}`,
    '',
  );
  const written = showDay(localDay(now));
  out.push(
    since
      ? t('briefIntroSince', { audience: t(AUDIENCE[input.audience]), since: day(since), written })
      : t('briefIntro', { audience: t(AUDIENCE[input.audience]), written }),
  );

  out.push('', `## ${t('briefWants')}`);
  for (const [kind, title] of KIND_TITLES) {
    const items = feedback.filter((f) => f.kind === kind);
    if (items.length === 0) continue;
    out.push('', `### ${t(title)}`);
    for (const f of items) out.push(`- ${esc(f.note)} (${day(f.createdAt)})${source(f.sourceTitle, f.sourceUrl)}`);
  }
  if (!feedback.some((f) => f.kind !== 'question')) out.push(NONE(t('briefNoFeedback')));

  out.push('', `## ${t('briefApproved')}`);
  for (const c of approved) {
    const { hours, totalCents } = totals(c);
    const values = {
      ref: esc(formatCoRef(c)),
      title: esc(c.title),
      hours: showHours(hours),
      money: esc(money(totalCents, c)),
      approved: day(approvedAt(c)),
    };
    const impact = c.scheduleImpactDays
      ? tn(c.scheduleImpactDays > 0 ? 'briefCoLineLater' : 'briefCoLineEarlier', Math.abs(c.scheduleImpactDays), values)
      : t('briefCoLine', values);
    out.push(`- ${impact}`);
    if (c.affectedDeliverables.length)
      out.push(`  - ${t('briefAffects', { list: c.affectedDeliverables.map(esc).join(', ') })}`);
  }
  if (approved.length === 0) out.push(NONE(t('briefNoneApproved')));

  out.push('', `## ${t('briefScopeChanges')}`);
  const allCos = mine(input.changeOrders);
  const coById = new Map(allCos.map((c) => [c.id, c]));
  const nextRevision = new Map(allCos.filter((c) => c.supersedesId).map((c) => [c.supersedesId ?? '', c]));
  const latest = (c: ChangeOrder | undefined): ChangeOrder | undefined => {
    // A request points at the revision it was drafted from; report the live one. Bounded: no cycles.
    for (let i = 0; c && i < 50 && nextRevision.has(c.id); i++) c = nextRevision.get(c.id);
    return c;
  };
  for (const r of outOfScope) {
    const co = latest(r.changeOrderId ? coById.get(r.changeOrderId) : undefined);
    const status = co
      ? `${esc(formatCoRef(co))} ${esc(statusWord(co.status))}`
      : r.absorbed
        ? t('briefAbsorbed')
        : t('briefNoCo');
    out.push(
      `- “${esc(r.askText)}” (${day(r.askedAt ?? r.createdAt)}): ${status}${source(r.source.title, r.source.url)}`,
    );
  }
  if (outOfScope.length === 0) out.push(NONE(t('briefNoOutOfScope')));

  out.push('', `## ${t('briefQuestions')}`);
  for (const f of feedback.filter((x) => x.kind === 'question'))
    out.push(`- ${t('briefClientAsks', { note: esc(f.note), day: day(f.createdAt) })}`);
  for (const w of openWaits) {
    const values = { what: esc(w.what), since: day(w.askedOn), count: daysWaiting(w, now) };
    out.push(
      `- ${w.dueBy ? tn('briefWaitingDue', values.count, { ...values, due: day(w.dueBy) }) : tn('briefWaiting', values.count, values)}`,
    );
  }
  if (openWaits.length === 0 && !feedback.some((f) => f.kind === 'question')) out.push(NONE(t('briefNone')));

  const deadlines = `## ${t('briefDeadlines')}`;
  out.push('', deadlines);
  const { startDate, endDate } = project.scope;
  if (startDate || endDate)
    out.push(
      `- ${t('briefProjectDates', { start: startDate ? day(startDate) : '?', end: endDate ? day(endDate) : '?' })}`,
    );
  const shift = standing.reduce((s, c) => s + c.scheduleImpactDays, 0);
  if (shift !== 0) {
    out.push(
      `- ${endDate && /^\d{4}-\d{2}-\d{2}$/.test(endDate) && dayOf(endDate) ? tn('briefShiftEnd', shift, { end: day(addDays(endDate, shift)) }) : tn('briefShift', shift)}`,
    );
  }
  for (const w of openWaits.filter((x) => x.dueBy))
    out.push(`- ${t('briefOwes', { what: esc(w.what), due: day(w.dueBy ?? '') })}`);
  if (out[out.length - 1] === deadlines) out.push(NONE(t('briefNoDates')));
  return out.join('\n') + '\n';
}

export interface BriefDraft {
  projectId: string;
  number: number;
  since: string | null;
  audience: Audience;
  markdown: string;
}

export type BriefRecords = Pick<
  BriefInput,
  'project' | 'client' | 'feedback' | 'changeOrders' | 'requests' | 'waits'
> & {
  /** The project's briefs, deleted ones included: their numbers are never reused. */
  briefs: readonly Brief[];
};

/** The next brief: numbered after the last one and covering what happened since it. */
export function draftBrief(r: BriefRecords, audience: Audience, now = new Date()): BriefDraft {
  const { number, since } = nextBriefWindow(r.briefs.filter((b) => b.projectId === r.project.id));
  const markdown = buildBrief({ ...r, since, number, audience, now });
  return { projectId: r.project.id, number, since, audience, markdown };
}
