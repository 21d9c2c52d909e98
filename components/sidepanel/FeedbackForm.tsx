// Log the client's feedback from the open thread or ticket, linked to it.
import { useState } from 'react';
import type { FeedbackInput } from '@/components/ui/FeedbackFields';
import { FeedbackFields } from '@/components/ui/FeedbackFields';
import type { Outcome } from './types';
import { FormFooter } from '@/components/ui/FormFooter';
import { t } from '@/lib/i18n';

interface Props {
  initial: FeedbackInput;
  sourceTitle: string;
  onSave: (input: FeedbackInput, linkSource: boolean) => Outcome;
  onDone: () => void;
}

export function FeedbackForm({ initial, sourceTitle, onSave, onDone }: Props) {
  const [value, setValue] = useState(initial);
  const [link, setLink] = useState(true);
  const [error, setError] = useState<string | undefined>();
  const [saveError, setSaveError] = useState<string | null>(null);

  async function submit() {
    if (!value.note.trim()) return setError(t('feedbackNoteMissing'));
    setError(undefined);
    const err = await onSave({ ...value, note: value.note.trim() }, link);
    setSaveError(err);
    if (!err) onDone();
  }

  return (
    <form
      className="sk-card"
      aria-label={t('feedbackForm')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3>{t('actionFeedback')}</h3>
      <FeedbackFields
        prefix="feedback"
        value={value}
        noteError={error}
        onChange={setValue}
        onSubmit={() => void submit()}
        autoFocusNote
      />
      <label className="sk-row">
        <input type="checkbox" checked={link} onChange={(e) => setLink(e.target.checked)} data-testid="feedback-link" />
        {sourceTitle ? t('linkTo', { title: sourceTitle }) : t('linkToThisPage')}
      </label>
      <FormFooter error={saveError} saveLabel={t('feedbackSave')} saveTestId="feedback-save" onCancel={onDone} />
    </form>
  );
}
