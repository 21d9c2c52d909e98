// Kind, sentiment and note: shared by the side panel's feedback form and the popup's quick-log,
// each with its own data-testid prefix (feedback-*, quicklog-*). Enter in the note saves;
// Shift+Enter adds a line.
import type { KeyboardEvent } from 'react';
import { Field } from './Field';
import { KINDS, kindLabel, sentimentLabel } from '@/lib/feedback/kinds';
import type { Feedback } from '@/lib/db/schemas';
import { t } from '@/lib/i18n';

export interface FeedbackInput {
  kind: Feedback['kind'];
  sentiment: Feedback['sentiment'];
  note: string;
}

interface Props {
  prefix: 'feedback' | 'quicklog';
  value: FeedbackInput;
  noteError?: string | undefined;
  onChange: (v: FeedbackInput) => void;
  onSubmit: () => void;
  autoFocusNote?: boolean;
}

const SENTIMENTS: Feedback['sentiment'][] = ['positive', 'neutral', 'negative'];

export function FeedbackFields({ prefix, value, noteError, onChange, onSubmit, autoFocusNote }: Props) {
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onSubmit();
    }
  };
  return (
    <>
      <div className="sk-row">
        <Field label={t('feedbackKind')}>
          <select
            data-testid={`${prefix}-kind`}
            value={value.kind}
            onChange={(e) => onChange({ ...value, kind: e.target.value as FeedbackInput['kind'] })}
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {kindLabel(k)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('feedbackSentiment')}>
          <select
            data-testid={`${prefix}-sentiment`}
            value={value.sentiment}
            onChange={(e) => onChange({ ...value, sentiment: e.target.value as FeedbackInput['sentiment'] })}
          >
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {sentimentLabel(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label={t('feedbackNote')} hint={t('feedbackNoteHint')} error={noteError}>
        <textarea
          data-testid={`${prefix}-note`}
          rows={3}
          value={value.note}
          autoFocus={autoFocusNote}
          onKeyDown={onKey}
          onChange={(e) => onChange({ ...value, note: e.target.value })}
        />
      </Field>
    </>
  );
}
