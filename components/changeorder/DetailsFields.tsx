// The words of the change order: the ask, why it is a change, what it touches, schedule and terms.
import { Field } from '@/components/ui/Field';
import type { ChangeOrder } from '@/lib/db/schemas';
import { normaliseCurrency } from '@/lib/money';
import { daysField } from './parsers';
import type { Parsed } from './useFieldText';
import type { FieldText } from './useFieldText';
import { t } from '@/lib/i18n';

interface Props {
  value: ChangeOrder;
  fields: FieldText;
  onChange: (patch: Partial<ChangeOrder>) => void;
}

const currencyField = (text: string): Parsed<string> => {
  const code = text.trim().toUpperCase();
  return normaliseCurrency(code) === code ? { ok: true, value: code } : { ok: false, error: t('currencyCodeInvalid') };
};

export function AskFields({ value, onChange }: Omit<Props, 'fields'>) {
  return (
    <>
      <Field label={t('coAskQuote')}>
        <textarea rows={3} value={value.askQuote} onChange={(e) => onChange({ askQuote: e.target.value })} />
      </Field>
      <div className="sk-row">
        <Field label={t('coAskedBy')}>
          <input value={value.askedBy ?? ''} onChange={(e) => onChange({ askedBy: e.target.value || null })} />
        </Field>
        <Field label={t('coSourceUrl')}>
          <input
            type="url"
            value={value.sourceUrl ?? ''}
            onChange={(e) => onChange({ sourceUrl: e.target.value || null })}
          />
        </Field>
      </div>
      <Field label={t('coReason')}>
        <textarea rows={2} value={value.reason} onChange={(e) => onChange({ reason: e.target.value })} />
      </Field>
      <Field label={t('coAffected')} hint={t('onePerLine')}>
        <textarea
          rows={2}
          value={value.affectedDeliverables.join('\n')}
          onChange={(e) => onChange({ affectedDeliverables: e.target.value.split('\n') })}
        />
      </Field>
    </>
  );
}

export function TermsFields({ value, fields, onChange }: Props) {
  return (
    <>
      <div className="sk-row">
        <Field label={t('coSchedule')} error={fields.error('schedule')}>
          <input
            inputMode="numeric"
            size={5}
            data-testid="co-schedule"
            value={fields.text('schedule', String(value.scheduleImpactDays))}
            onChange={(e) =>
              fields.edit('schedule', e.target.value, daysField, (d) => onChange({ scheduleImpactDays: d }))
            }
          />
        </Field>
        <Field label={t('coValidUntil')}>
          <input
            type="date"
            value={value.expiresOn ?? ''}
            onChange={(e) => onChange({ expiresOn: e.target.value || null })}
          />
        </Field>
        <Field label={t('coApprover')}>
          <input value={value.approver} onChange={(e) => onChange({ approver: e.target.value })} />
        </Field>
        <Field label={t('currency')} hint={t('coCurrencyHint')} error={fields.error('currency')}>
          <input
            size={4}
            maxLength={3}
            value={fields.text('currency', value.currency)}
            onChange={(e) =>
              fields.edit('currency', e.target.value, currencyField, (currency) => onChange({ currency }))
            }
          />
        </Field>
      </div>
      <Field label={t('coAssumptions')}>
        <textarea rows={3} value={value.assumptions} onChange={(e) => onChange({ assumptions: e.target.value })} />
      </Field>
    </>
  );
}
