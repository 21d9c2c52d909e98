// The priced lines: role x hours x rate from the rate card, or a fixed fee. Choosing a role takes
// its card rate; the rate stays editable for one-off prices.
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import type { ChangeOrderLine, Project } from '@/lib/db/schemas';
import { formatHours, formatMoney, lineAmount, minorToInput } from '@/lib/money';
import { hoursField, moneyField } from './parsers';
import type { FieldText } from './useFieldText';
import { t } from '@/lib/i18n';

interface Props {
  lines: ChangeOrderLine[];
  rateCard: Project['rateCard'];
  currency: string;
  fields: FieldText;
  onChange: (lines: ChangeOrderLine[]) => void;
}

export function newTimeLine(rateCard: Project['rateCard']): ChangeOrderLine {
  const first = rateCard[0];
  return {
    kind: 'time',
    role: first?.role ?? '',
    hours: 1,
    rateCents: first?.rateCents ?? 0,
    amountCents: 0,
    description: '',
  };
}

export function LineItems({ lines, rateCard, currency, fields, onChange }: Props) {
  const set = (i: number, patch: Partial<ChangeOrderLine>) =>
    onChange(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
  const remove = (i: number) => {
    fields.removeLine(i);
    onChange(lines.filter((_, j) => j !== i));
  };
  const roles = (current: string) => [...new Set([...rateCard.map((r) => r.role), current].filter(Boolean))];

  return (
    <fieldset className="co-lines">
      {/* The step is called Price already; the legend names the group for screen readers. */}
      <legend className="co-visually-hidden">{t('price')}</legend>
      {lines.map((l, i) => {
        const n = i + 1;
        return (
          <div className="co-line sk-row" key={i} data-testid="co-line">
            <Field label={t('lineType', { n })}>
              <select
                value={l.kind}
                onChange={(e) => {
                  fields.clear(`line-${i}-`);
                  set(i, { kind: e.target.value as ChangeOrderLine['kind'] });
                }}
              >
                <option value="time">{t('lineTime')}</option>
                <option value="fixed">{t('lineFixed')}</option>
              </select>
            </Field>
            {l.kind === 'time' ? (
              <>
                <Field label={t('lineRole', { n })}>
                  {rateCard.length === 0 ? (
                    // No rate card on the project: any role name, priced by hand.
                    <input
                      value={l.role}
                      data-testid="co-line-role"
                      onChange={(e) => set(i, { role: e.target.value })}
                    />
                  ) : (
                    <select
                      value={l.role}
                      data-testid="co-line-role"
                      onChange={(e) => {
                        const card = rateCard.find((r) => r.role === e.target.value);
                        set(i, card ? { role: card.role, rateCents: card.rateCents } : { role: e.target.value });
                      }}
                    >
                      {l.role === '' && <option value="">{t('lineChooseRole')}</option>}
                      {roles(l.role).map((r) => (
                        <option key={r} value={r}>
                          {r}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('lineHours', { n })} error={fields.error(`line-${i}-hours`)}>
                  <input
                    inputMode="decimal"
                    size={6}
                    data-testid="co-line-hours"
                    value={fields.text(`line-${i}-hours`, formatHours(l.hours))}
                    onChange={(e) =>
                      fields.edit(`line-${i}-hours`, e.target.value, hoursField, (hours) => set(i, { hours }))
                    }
                  />
                </Field>
                <Field label={t('lineRate', { n, currency })} error={fields.error(`line-${i}-rate`)}>
                  <input
                    inputMode="decimal"
                    size={9}
                    data-testid="co-line-rate"
                    value={fields.text(`line-${i}-rate`, minorToInput(l.rateCents, currency))}
                    onChange={(e) =>
                      fields.edit(`line-${i}-rate`, e.target.value, moneyField(currency), (rateCents) =>
                        set(i, { rateCents }),
                      )
                    }
                  />
                </Field>
              </>
            ) : (
              <Field label={t('lineAmountIn', { n, currency })} error={fields.error(`line-${i}-amount`)}>
                <input
                  inputMode="decimal"
                  size={10}
                  data-testid="co-line-amount"
                  value={fields.text(`line-${i}-amount`, minorToInput(l.amountCents, currency))}
                  onChange={(e) =>
                    fields.edit(`line-${i}-amount`, e.target.value, moneyField(currency), (amountCents) =>
                      set(i, { amountCents }),
                    )
                  }
                />
              </Field>
            )}
            <Field label={t('lineDescription', { n })}>
              <input size={14} value={l.description} onChange={(e) => set(i, { description: e.target.value })} />
            </Field>
            <output className="co-line-amount" aria-label={t('lineAmount', { n })} data-testid="co-line-total">
              {formatMoney(lineAmount(l), currency)}
            </output>
            <Button kind="quiet" onClick={() => remove(i)} aria-label={t('lineRemove', { n })}>
              {t('remove')}
            </Button>
          </div>
        );
      })}
      <Button kind="quiet" data-testid="co-add-line" onClick={() => onChange([...lines, newTimeLine(rateCard)])}>
        {t('lineAdd')}
      </Button>
    </fieldset>
  );
}
