// Review of what the engine read from the SOW. The AM fixes anything it got wrong before saving:
// the verdicts in Gmail are only as good as this list.
import { Field } from '@/components/ui/Field';
import { EmptyState } from '@/components/ui/EmptyState';
import type { ScopeDraft, ScopeMeta } from '@/lib/forms/scopeDraft';
import { nextId } from '@/lib/forms/scopeDraft';
import type { ScopeItem } from './ScopeItemRow';
import { ScopeItemRow } from './ScopeItemRow';

interface Props {
  draft: ScopeDraft;
  errors: Record<string, string>;
  onChange: (draft: ScopeDraft) => void;
}

const META: { key: keyof ScopeMeta; label: string; hint?: string; type?: string }[] = [
  { key: 'revisionRounds', label: 'Revision rounds', hint: 'Rounds included per deliverable' },
  { key: 'budgetHours', label: 'Budget hours' },
  { key: 'hourlyRate', label: 'Hourly rate', hint: 'e.g. 150 or 150.50' },
  { key: 'currency', label: 'Currency', hint: 'USD, EUR, GBP…' },
  { key: 'startDate', label: 'Start date', type: 'date' },
  { key: 'endDate', label: 'End date', type: 'date' },
];

export function ScopeReview({ draft, errors, onChange }: Props) {
  const setItems = (kind: 'deliverables' | 'exclusions', items: ScopeItem[]) =>
    onChange({ ...draft, [kind]: items } as ScopeDraft);
  const replace = <T,>(list: T[], i: number, v: T) => list.map((x, j) => (j === i ? v : x));

  return (
    <section aria-labelledby="scope-review-h">
      <h3 id="scope-review-h">Scope as read from the SOW</h3>
      <h4>Deliverables ({draft.deliverables.length})</h4>
      {draft.deliverables.length === 0 ? (
        <EmptyState>No deliverables found. Paste the SOW and press “Parse SOW”, or add them by hand.</EmptyState>
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
        Add deliverable
      </button>
      <h4>Exclusions ({draft.exclusions.length})</h4>
      {draft.exclusions.length === 0 ? (
        <EmptyState>No exclusions found. Add what the SOW rules out so those asks are flagged.</EmptyState>
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
        Add exclusion
      </button>
      <div className="sk-row">
        {META.map((m) => (
          <Field key={m.key} label={m.label} hint={m.hint} error={errors[m.key]}>
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
