// Reminders and the client-facing change-order email: notification switches, the email template
// with its merge fields (unknown ones flagged as typed), and the AM's signature. Saved on blur.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { DEFAULT_EMAIL_TEMPLATE, MERGE_FIELDS, unknownFields } from '@/lib/templates/email';

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
  const [template, setTemplate] = useState(value.emailTemplate || DEFAULT_EMAIL_TEMPLATE);
  const [signature, setSignature] = useState(value.signature);
  const unknown = unknownFields(template);
  return (
    <>
      <fieldset>
        <legend>Reminders</legend>
        <label className="sk-row">
          <input
            type="checkbox"
            data-testid="setting-reminders"
            checked={value.reminders}
            onChange={(e) => onChange({ reminders: e.target.checked })}
          />
          Notify me when a wait on the client or a sent change order is overdue
        </label>
        <label className="sk-row">
          <input
            type="checkbox"
            data-testid="setting-weekly-summary"
            checked={value.weeklySummary}
            onChange={(e) => onChange({ weeklySummary: e.target.checked })}
          />
          Monday summary notification (Home also copies it as Markdown)
        </label>
      </fieldset>
      <fieldset>
        <legend>Change-order email to the client</legend>
        <Field
          label="Email template"
          hint={`Merge fields: ${MERGE_FIELDS.map((f) => `{{${f}}}`).join(' ')}`}
          error={unknown.length ? `Not a merge field: ${unknown.map((f) => `{{${f}}}`).join(', ')}` : undefined}
        >
          <textarea
            data-testid="setting-email-template"
            rows={10}
            value={template}
            onChange={(e) => setTemplate(e.target.value)}
            onBlur={() => onChange({ emailTemplate: template.trim() === DEFAULT_EMAIL_TEMPLATE ? '' : template })}
          />
        </Field>
        <button
          type="button"
          data-testid="setting-email-reset"
          onClick={() => {
            setTemplate(DEFAULT_EMAIL_TEMPLATE);
            onChange({ emailTemplate: '' });
          }}
        >
          Restore the default template
        </button>
        <Field label="Your signature" hint="Merged as {{signature}}">
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
