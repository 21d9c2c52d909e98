// Review of what the engine read from the SOW. The AM fixes anything it got wrong before saving:
// the verdicts in Gmail are only as good as this list.
import { Field } from '@/components/ui/Field';
import { EmptyState } from '@/components/ui/EmptyState';
import type { ScopeDraft, ScopeMeta } from '@/lib/forms/scopeDraft';
import { nextId } from '@/lib/forms/scopeDraft';
import type { MessageKey } from '@/lib/i18n';
import type { ScopeItem } from './ScopeItemRow';
import { ScopeItemRow } from './ScopeItemRow';
import { t } from '@/lib/i18n';

interface Props {
  draft: ScopeDraft;
  errors: Record<string, string>;
  onChange: (draft: ScopeDraft) => void;
}

const META: { key: keyof ScopeMeta; label: MessageKey; hint?: MessageKey; type?: string }[] = [
  { key: 'revisionRounds', label: 'revisionRounds', hint: 'revisionRoundsHint' },
  { key: 'budgetHours', label: 'budgetHours' },
  { key: 'hourlyRate', label: 'hourlyRate', hint: 'hourlyRateHint' },
  { key: 'currency', label: 'currency', hint: 'currencyHint' },
  { key: 'startDate', label: 'startDate', type: 'date' },
  { key: 'endDate', label: 'endDate', type: 'date' },
];

export function ScopeReview({ draft, errors, onChange }: Props) {
  const setItems = (kind: 'deliverables' | 'exclusions', items: ScopeItem[]) =>
    onChange({ ...draft, [kind]: items } as ScopeDraft);
  const replace = <T,>(list: T[], i: number, v: T) => list.map((x, j) => (j === i ? v : x));

  return (
    <section aria-labelledby="scope-review-h">
      <h3 id="scope-review-h">{t('scopeReview')}</h3>
      <h4>{t('deliverablesHeading', { count: draft.deliverables.length })}</h4>
      {draft.deliverables.length === 0 ? (
        <EmptyState>{t('deliverablesNone')}</EmptyState>
      ) : (
        <ol className="sk-list">
          {draft.deliverables.map((d, i) => (
            <ScopeItemRow
              key={d.id}
              kind="deliverable"
              item={d}
              error={errors[`deliverable-${i}`]}
              onChange={(v) =>
                setItems('deliverables', replace(draft.deliverables, i, { ...d, ...v, quantity: v.quantity ?? null }))
              }
              onRemove={() =>
                setItems(
                  'deliverables',
                  draft.deliverables.filter((_, j) => j !== i),
                )
              }
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        onClick={() =>
          setItems('deliverables', [
            ...draft.deliverables,
            { id: nextId('d', draft.deliverables), title: '', description: '', quantity: null },
          ])
        }
      >
        {t('deliverableAdd')}
      </button>
      <h4>{t('exclusionsHeading', { count: draft.exclusions.length })}</h4>
      {draft.exclusions.length === 0 ? (
        <EmptyState>{t('exclusionsNone')}</EmptyState>
      ) : (
        <ol className="sk-list">
          {draft.exclusions.map((x, i) => (
            <ScopeItemRow
              key={x.id}
              kind="exclusion"
              item={x}
              error={errors[`exclusion-${i}`]}
              onChange={(v) =>
                setItems(
                  'exclusions',
                  replace(draft.exclusions, i, { id: v.id, title: v.title, description: v.description }),
                )
              }
              onRemove={() =>
                setItems(
                  'exclusions',
                  draft.exclusions.filter((_, j) => j !== i),
                )
              }
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        onClick={() =>
          setItems('exclusions', [
            ...draft.exclusions,
            { id: nextId('x', draft.exclusions), title: '', description: '' },
          ])
        }
      >
        {t('exclusionAdd')}
      </button>
      <div className="sk-row">
        {META.map((m) => (
          <Field key={m.key} label={t(m.label)} hint={m.hint && t(m.hint)} error={errors[m.key]}>
            <input
              type={m.type ?? 'text'}
              value={draft.meta[m.key]}
              size={10}
              onChange={(e) => onChange({ ...draft, meta: { ...draft.meta, [m.key]: e.target.value } })}
            />
          </Field>
        ))}
      </div>
    </section>
  );
}
