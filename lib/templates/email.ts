// The client-facing change-order email: an editable template with {{merge fields}}. What reaches
// the client never holds an internal link (the AM's mailbox, the extension's own pages).
import type { ChangeOrder } from '@/lib/db/schemas';
import { formatCoRef } from '@/lib/changeorders/number';
import { changeOrderModel, type ChangeOrderContext } from '@/lib/changeorders/documentModel';
import { personName } from '@/lib/changeorders/draft';
import { t } from '@/lib/i18n';

export const MERGE_FIELDS = [
  'client_first_name',
  'co_number',
  'title',
  'project',
  'total',
  'deliverables',
  'price_lines',
  'approve_by',
  'signature',
] as const;
export type MergeField = (typeof MERGE_FIELDS)[number];

/**
 * The template the AM starts from, in the AM's language. The catalogue writes merge fields as
 * [[name]] (its own placeholders use $name$, and {{ }} would read as one of ours in the sources).
 */
export function defaultEmailTemplate(): string {
  return t('coEmailDefault').replace(/\[\[([a-z_]+)\]\]/g, '{{$1}}');
}

// Links a client cannot open, or that would reveal the AM's own tools.
const INTERNAL_LINK =
  /\b(?:https?:\/\/(?:mail\.google\.com|inbox\.google\.com|outlook\.office\.com|outlook\.live\.com)|chrome-extension:\/\/|moz-extension:\/\/|extension:\/\/)[^\s)>\]]*/gi;

/** Removes mailbox and extension links (what the client cannot open), tidying the gaps left behind. */
export function stripInternalLinks(text: string): string {
  return text
    .replace(INTERNAL_LINK, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
}

export interface EmailContext extends ChangeOrderContext {
  signature?: string;
}

export function mergeValues(co: ChangeOrder, ctx: EmailContext = {}): Record<MergeField, string> {
  const m = changeOrderModel(co, ctx);
  const first = personName(co.approver || co.askedBy).split(/\s+/)[0] ?? '';
  return {
    client_first_name: first || t('emailNoName'),
    co_number: formatCoRef(co),
    title: m.title,
    project: m.projectName,
    total: m.total,
    deliverables: m.affected.length ? m.affected.join(t('listSeparator')) : t('emailNewWork'),
    price_lines: m.lines.map((l) => `- ${l.label}: ${l.amount}`).join('\n'),
    approve_by: m.expiresOn || t('emailEarliest'),
    signature: (ctx.signature ?? '').trim(),
  };
}

/** Fills {{field}} (unknown fields are left visible so the AM sees the typo), then strips internal links. */
export function renderEmail(template: string, co: ChangeOrder, ctx: EmailContext = {}): string {
  const values = mergeValues(co, ctx);
  const filled = template.replace(/\{\{\s*([a-z_]+)\s*\}\}/g, (all, name: string) =>
    (MERGE_FIELDS as readonly string[]).includes(name) ? values[name as MergeField] : all,
  );
  return stripInternalLinks(filled).trim() + '\n';
}

/** Field names in the template that are not merge fields (shown as a warning in the editor). */
export function unknownFields(template: string): string[] {
  const names = [...template.matchAll(/\{\{\s*([a-z_A-Z0-9]+)\s*\}\}/g)].map((m) => m[1]!);
  return [...new Set(names.filter((n) => !(MERGE_FIELDS as readonly string[]).includes(n)))];
}
