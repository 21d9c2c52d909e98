// The SOW's numbers are edited as text (so a half-typed value is not lost) and parsed on save.
import type { Project } from '@/lib/db/schemas';
import type { Deliverable, Exclusion, ProjectScope } from '@/lib/scope/types';
import type { Parsed } from './fields';
import { majorToMinor, minorToInput, normaliseCurrency } from '@/lib/money';
import { parseMoney } from './fields';
import { t } from '@/lib/i18n';

export interface ScopeMeta {
  revisionRounds: string;
  budgetHours: string;
  hourlyRate: string;
  currency: string;
  startDate: string;
  endDate: string;
}

export interface ScopeDraft {
  deliverables: Deliverable[];
  exclusions: Exclusion[];
  meta: ScopeMeta;
}

const str = (v: number | string | null) => (v === null ? '' : String(v));

export function draftFromScope(scope: ProjectScope): ScopeDraft {
  const cur = normaliseCurrency(scope.currency);
  return {
    deliverables: scope.deliverables.map((d) => ({ ...d })),
    exclusions: scope.exclusions.map((x) => ({ ...x })),
    meta: {
      revisionRounds: str(scope.revisionRounds),
      budgetHours: str(scope.budgetHours),
      hourlyRate: scope.hourlyRate === null ? '' : minorToInput(majorToMinor(scope.hourlyRate, cur), cur),
      currency: str(scope.currency),
      startDate: str(scope.startDate),
      endDate: str(scope.endDate),
    },
  };
}

/** `invalid` is the sentence shown when the text is not such a number. */
function optionalNumber(text: string, invalid: string, integer: boolean): Parsed<number | null> {
  const s = text.trim();
  if (!s) return { ok: true, value: null };
  const n = Number(s);
  if (!/^\d+(\.\d+)?$/.test(s) || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    return { ok: false, error: invalid };
  }
  return { ok: true, value: n };
}

function optionalDay(text: string, invalid: string): Parsed<string | null> {
  const s = text.trim();
  if (!s) return { ok: true, value: null };
  return /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))
    ? { ok: true, value: s }
    : { ok: false, error: invalid };
}

/** Returns the structured scope, or field errors keyed like ScopeMeta ("deliverable-3" for rows). */
export function scopeFromDraft(d: ScopeDraft): { scope: ProjectScope | null; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const rounds = optionalNumber(d.meta.revisionRounds, t('revisionRoundsInvalid'), true);
  const hours = optionalNumber(d.meta.budgetHours, t('budgetHoursInvalid'), false);
  const currency = d.meta.currency.trim().toUpperCase();
  const cur = normaliseCurrency(currency);
  const rate = d.meta.hourlyRate.trim() ? parseMoney(d.meta.hourlyRate, cur) : { ok: true as const, value: null };
  const start = optionalDay(d.meta.startDate, t('startDateInvalid'));
  const end = optionalDay(d.meta.endDate, t('endDateInvalid'));
  if (!rounds.ok) errors.revisionRounds = rounds.error;
  if (!hours.ok) errors.budgetHours = hours.error;
  if (!rate.ok) errors.hourlyRate = rate.error;
  if (currency && !/^[A-Z]{3}$/.test(currency)) errors.currency = t('currencyInvalid');
  if (!start.ok) errors.startDate = start.error;
  if (!end.ok) errors.endDate = end.error;
  d.deliverables.forEach((x, i) => {
    if (!x.title.trim()) errors[`deliverable-${i}`] = t('deliverableTitleMissing');
  });
  d.exclusions.forEach((x, i) => {
    if (!x.title.trim()) errors[`exclusion-${i}`] = t('exclusionTitleMissing');
  });
  if (Object.keys(errors).length > 0 || !rounds.ok || !hours.ok || !rate.ok || !start.ok || !end.ok) {
    return { scope: null, errors };
  }
  return {
    scope: {
      deliverables: d.deliverables.map((x) => ({ ...x, title: x.title.trim() })),
      exclusions: d.exclusions.map((x) => ({ ...x, title: x.title.trim() })),
      revisionRounds: rounds.value,
      budgetHours: hours.value,
      hourlyRate: rate.value === null ? null : Number(minorToInput(rate.value, cur)),
      currency: currency || null,
      startDate: start.value,
      endDate: end.value,
    },
    errors,
  };
}

/** Next free id with a prefix (d7, x3) so new items never collide with parsed ones. */
export function nextId(prefix: 'd' | 'x', items: { id: string }[]): string {
  let max = 0;
  for (const it of items) {
    const n = Number(it.id.slice(1));
    if (it.id.startsWith(prefix) && Number.isInteger(n)) max = Math.max(max, n);
  }
  return `${prefix}${max + 1}`;
}

export type ProjectFields = Omit<Project, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'>;
