// Roles and bill rates; the change-order editor prices lines from these. Rates are typed as text
// and parsed to cents on save, so "150.5" never becomes 150.49999.
import { Field } from '@/components/ui/Field';
import type { RateRow } from '@/lib/forms/projectForm';
import { t } from '@/lib/i18n';

interface Props {
  rows: RateRow[];
  errors: Record<string, string>;
  onChange: (rows: RateRow[]) => void;
}

export function RateCardEditor({ rows, errors, onChange }: Props) {
  const set = (i: number, patch: Partial<RateRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <fieldset>
      <legend>{t('rateCard')}</legend>
      {rows.length === 0 && <p className="sk-hint">{t('rateCardEmpty')}</p>}
      {rows.map((r, i) => (
        <div className="sk-row" key={i} data-testid="rate-row">
          <Field label={t('rateRole', { n: i + 1 })} error={errors[`role-${i}`]}>
            <input value={r.role} onChange={(e) => set(i, { role: e.target.value })} data-testid="rate-role" />
          </Field>
          <Field label={t('rateValue', { n: i + 1 })} error={errors[`rate-${i}`]}>
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
            aria-label={t('rateRemove', { n: i + 1 })}
          >
            {t('remove')}
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { role: '', rate: '' }])} data-testid="rate-add">
        {t('rateAdd')}
      </button>
    </fieldset>
  );
}
