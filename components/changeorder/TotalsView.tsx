// Expenses, discount and the total. The total is recomputed from the order on every render, in
// integer minor units, so what the AM sees is what every document prints.
import { Field } from '@/components/ui/Field';
import type { ChangeOrder } from '@/lib/db/schemas';
import { formatMoney, minorToInput, totals } from '@/lib/money';
import { optionalMoneyField, percentField } from './parsers';
import type { FieldText } from './useFieldText';
import { t } from '@/lib/i18n';

interface Props {
  value: ChangeOrder;
  fields: FieldText;
  locale?: string | undefined;
  onChange: (patch: Partial<ChangeOrder>) => void;
}

export function TotalsView({ value, fields, locale, onChange }: Props) {
  const { currency, discount } = value;
  const sum = totals(value);
  const money = (cents: number) => formatMoney(cents, currency, locale);
  const discountText = discount.kind === 'percent' ? String(discount.value) : minorToInput(discount.value, currency);
  const discountParse = discount.kind === 'percent' ? percentField : optionalMoneyField(currency);
  return (
    <div className="co-totals">
      <div className="sk-row">
        <Field label={t('expensesIn', { currency })} error={fields.error('expenses')}>
          <input
            inputMode="decimal"
            size={10}
            data-testid="co-expenses"
            value={fields.text('expenses', minorToInput(value.expensesCents, currency))}
            onChange={(e) =>
              fields.edit('expenses', e.target.value, optionalMoneyField(currency), (expensesCents) =>
                onChange({ expensesCents }),
              )
            }
          />
        </Field>
        <Field label={t('discountType')}>
          <select
            value={discount.kind}
            onChange={(e) => {
              fields.clear('discount');
              onChange({ discount: { kind: e.target.value as typeof discount.kind, value: 0 } });
            }}
          >
            <option value="percent">{t('discountPercent')}</option>
            <option value="amount">{t('discountAmount')}</option>
          </select>
        </Field>
        <Field
          label={discount.kind === 'percent' ? t('discountPercentLabel') : t('discountIn', { currency })}
          error={fields.error('discount')}
        >
          <input
            inputMode="decimal"
            size={8}
            data-testid="co-discount"
            value={fields.text('discount', discountText)}
            onChange={(e) =>
              fields.edit('discount', e.target.value, discountParse, (v) =>
                onChange({ discount: { ...discount, value: v } }),
              )
            }
          />
        </Field>
      </div>
      <table className="co-sum">
        <tbody>
          {/* Without a discount the subtotal is the total: one row says it. */}
          {sum.discountCents > 0 && (
            <>
              <tr>
                <th scope="row">{t('subtotal')}</th>
                <td>{money(sum.subtotalCents)}</td>
              </tr>
              <tr>
                <th scope="row">{t('discount')}</th>
                <td>-{money(sum.discountCents)}</td>
              </tr>
            </>
          )}
          <tr className="co-grand">
            <th scope="row">{t('total')}</th>
            <td>
              <output data-testid="co-total" aria-live="polite">
                {money(sum.totalCents)}
              </output>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
