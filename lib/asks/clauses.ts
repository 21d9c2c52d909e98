// How an ask's scopeRef reads in the side panel: turned back into the SOW clause it points at, and
// the clauses the AM may pick when correcting a verdict.
import type { Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { formatNumber, t, tn } from '@/lib/i18n';

/** "d3 · Homepage design", "Beyond the 2 revision rounds", ... or null when nothing is cited. */
export function clauseText(ref: string | null, project: Project | null): string | null {
  if (!ref) return null;
  if (ref === 'new') return t('clauseNew');
  if (ref === 'revisions') {
    const n = project?.scope.revisionRounds;
    return n == null ? t('clauseRevisions') : tn('clauseRevisionsCount', n);
  }
  if (ref === 'quantity') return t('clauseQuantity');
  const d = project?.scope.deliverables.find((x) => x.id === ref);
  if (d) return `${d.id} · ${d.title}${d.quantity != null ? ` (×${formatNumber(d.quantity)})` : ''}`;
  const x = project?.scope.exclusions.find((e) => e.id === ref);
  if (x) return t('clauseExcluded', { id: x.id, title: x.title });
  return ref;
}

/** The clause choices that make sense for a verdict when the AM corrects it. */
export function refOptions(verdict: Verdict, project: Project | null): { value: string; label: string }[] {
  if (verdict === 'no_request') return [];
  if (verdict === 'in_scope')
    return (project?.scope.deliverables ?? []).map((d) => ({ value: d.id, label: `${d.id} · ${d.title}` }));
  return [
    { value: 'new', label: t('refNew') },
    { value: 'revisions', label: t('refRevisions') },
    { value: 'quantity', label: t('clauseQuantity') },
    ...(project?.scope.exclusions ?? []).map((x) => ({
      value: x.id,
      label: t('clauseExcluded', { id: x.id, title: x.title }),
    })),
  ];
}

/** When the verdict changes, keep the cited clause if it still fits, else the first that does. */
export function defaultRef(verdict: Verdict, current: string | null, project: Project | null): string | null {
  const options = refOptions(verdict, project);
  if (current && options.some((o) => o.value === current)) return current;
  return options[0]?.value ?? null;
}
