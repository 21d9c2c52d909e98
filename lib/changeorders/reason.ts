// Why an ask is out of scope, in words a client accepts: the SOW clause or exclusion it hits,
// resolved from the request's scopeRef (the AM's correction wins over the engine's verdict).
import { effectiveScopeRef, engineReason } from '@/lib/asks/verdict';
import type { DetectedRequest, Project } from '@/lib/db/schemas';
import { t, tn } from '@/lib/i18n';

type Scope = Project['scope'];

const quoteClause = (text: string | null): string =>
  text && text.trim() ? ` ${t('reasonClause', { clause: text.trim() })}` : '';

const words = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function reasonFor(r: DetectedRequest, scope: Scope): string {
  const ref = effectiveScopeRef(r);
  const clause = quoteClause(r.matchedText);
  const exclusion = scope.exclusions.find((x) => x.id === ref);
  if (exclusion) {
    // The engine quotes "Title: description": only add the clause when it says more than the exclusion.
    const said = words(`${exclusion.title} ${exclusion.description}`);
    const extra = r.matchedText && !said.includes(words(r.matchedText)) ? clause : '';
    const description = exclusion.description.trim().replace(/[.!?]+$/, '');
    const said2 = description
      ? t('reasonExcludesDetail', { title: exclusion.title, detail: description })
      : t('reasonExcludes', { title: exclusion.title });
    return `${said2}${extra}`;
  }
  const deliverable = scope.deliverables.find((d) => d.id === ref);
  if (deliverable) return `${t('reasonBeyond', { title: deliverable.title })}${clause}`;
  if (ref === 'revisions') {
    const rounds = scope.revisionRounds;
    const text = rounds === null ? t('reasonRoundsUnknown') : tn('reasonRounds', rounds);
    return `${text}${clause}`;
  }
  if (ref === 'quantity') return `${t('reasonQuantity')}${clause}`;
  if (ref === 'new') return `${t('reasonNew')}${clause}`;
  return engineReason(r) ?? `${t('reasonNotCovered')}${clause}`;
}

/** Titles of the deliverables an ask touches: the one it references, or any named in the matched clause. */
export function affectedDeliverables(requests: readonly DetectedRequest[], scope: Scope): string[] {
  const out = new Set<string>();
  for (const r of requests) {
    const ref = effectiveScopeRef(r);
    const clause = (r.matchedText ?? '').toLowerCase();
    for (const d of scope.deliverables) {
      const named = d.title.trim() !== '' && clause.includes(d.title.trim().toLowerCase());
      if (d.id === ref || named) out.add(d.title);
    }
  }
  return [...out];
}
