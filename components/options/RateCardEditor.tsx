// Roles and bill rates; the change-order editor prices lines from these. Rates are typed as text
// and parsed to cents on save, so "150.5" never becomes 150.49999.
import { Field } from '@/components/ui/Field';
import type { RateRow } from '@/lib/forms/projectForm';

interface Props {
  rows: RateRow[];
  errors: Record<string, string>;
  onChange: (rows: RateRow[]) => void;
}

export function RateCardEditor({ rows, errors, onChange }: Props) {
  const set = (i: number, patch: Partial<RateRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>Rate card</legend>
      {rows.length === 0 && <p className="sk-hint">No roles yet. Add one per role you bill, e.g. Designer 120.</p>}
      {rows.map((r, i) => (
        <div className="sk-row" key={i} data-testid="rate-row">
          <Field label={`Role ${i + 1}`} error={errors[`role-${i}`]}>
            <input value={r.role} onChange={(e) => set(i, { role: e.target.value })} data-testid="rate-role" />
          </Field>
          <Field label={`Rate ${i + 1} per hour`} error={errors[`rate-${i}`]}>
            <input
              value={r.rate}
              inputMode="decimal"
              onChange={(e) => set(i, { rate: e.target.value })}
              data-testid="rate-value"
            />
          </Field>
          <button
            type="button"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
            aria-label={`Remove role ${i + 1}`}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { role: '', rate: '' }])} data-testid="rate-add">
        Add role
      </button>
    </fieldset>
  );
}
