// Reminders and the client-facing change-order email: notification switches, the email template
// with its merge fields (unknown ones flagged as typed), and the AM's signature. Saved on blur.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { defaultEmailTemplate, MERGE_FIELDS, unknownFields } from '@/lib/templates/email';
import { t } from '@/lib/i18n';

export interface ReminderEmailValue {
  reminders: boolean;
  weeklySummary: boolean;
  emailTemplate: string;
  signature: string;
}

interface Props {
  value: ReminderEmailValue;
  onChange: (patch: Partial<ReminderEmailValue>) => void;
}

export function ReminderEmailSettings({ value, onChange }: Props) {
  const [template, setTemplate] = useState(value.emailTemplate || defaultEmailTemplate());
  const [signature, setSignature] = useState(value.signature);
  const unknown = unknownFields(template);
  return (
    <>
      <fieldset>
        <legend>{t('reminders')}</legend>
        <label className="sk-row">
          <input
            type="checkbox"
            data-testid="setting-reminders"
            checked={value.reminders}
            onChange={(e) => onChange({ reminders: e.target.checked })}
          />
          {t('remindersOverdue')}
        </label>
        <label className="sk-row">
          <input
            type="checkbox"
            data-testid="setting-weekly-summary"
            checked={value.weeklySummary}
            onChange={(e) => onChange({ weeklySummary: e.target.checked })}
          />
          {t('remindersWeekly')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('coEmailHeading')}</legend>
        <Field
          label={t('coEmailTemplate')}
          hint={t('coEmailMergeFields', { fields: MERGE_FIELDS.map((f) => `{{${f}}}`).join(' ') })}
          error={
            unknown.length
              ? t('coEmailUnknownFields', { fields: unknown.map((f) => `{{${f}}}`).join(', ') })
              : undefined
          }
        >
          <textarea
            data-testid="setting-email-template"
            rows={10}
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            onBlur={() => onChange({ emailTemplate: template.trim() === defaultEmailTemplate() ? '' : template })}
          />
        </Field>
        <button
          type="button"
          data-testid="setting-email-reset"
          onClick={() => {
            setTemplate(defaultEmailTemplate());
            onChange({ emailTemplate: '' });
          }}
        >
          {t('coEmailRestore')}
        </button>
        <Field label={t('signature')} hint={t('signatureHint', { field: '{{signature}}' })}>
          <textarea
            data-testid="setting-signature"
            rows={3}
            value={signature}
            onChange={(e) => setSignature(e.target.value)}
            onBlur={() => onChange({ signature })}
          />
        </Field>
      </fieldset>
    </>
  );
}
