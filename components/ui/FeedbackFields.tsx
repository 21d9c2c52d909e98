// Kind, sentiment and note: shared by the side panel's feedback form and the popup's quick-log,
// each with its own data-testid prefix (feedback-*, quicklog-*). The note comes first and the kind
// and sentiment follow it, guessed from the note until the AM picks one. Enter in the note saves;
// Shift+Enter adds a line.
import type { KeyboardEvent } from 'react';
import { useState } from 'react';
import { inferKind, inferSentiment } from '@/lib/feedback/infer';
import { Field } from './Field';
import { KINDS, kindLabel, sentimentLabel } from '@/lib/feedback/kinds';
import type { Feedback } from '@/lib/db/schemas';
import { t } from '@/lib/i18n';
import { focusOnMount } from '@/components/ui/focusOnMount';

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
  /** Guess kind and sentiment from the note (the popup; the side panel starts from its page's kind). */
  guess?: boolean;
}

const SENTIMENTS: Feedback['sentiment'][] = ['positive', 'neutral', 'negative'];

export function FeedbackFields({ prefix, value, noteError, onChange, onSubmit, autoFocusNote, guess = false }: Props) {
  const onKey = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      onSubmit();
    }
  };
  // Picked by hand: the guess no longer overrides it (until the note is emptied, e.g. after a save).
  const [picked, setPicked] = useState({ kind: false, sentiment: false });
  const onNote = (note: string) => {
    if (!guess) return onChange({ ...value, note });
    const fresh = note.trim() === '' ? { kind: false, sentiment: false } : picked;
    if (fresh !== picked) setPicked(fresh);
    onChange({
      ...value,
      note,
      kind: fresh.kind ? value.kind : inferKind(note),
      sentiment: fresh.sentiment ? value.sentiment : inferSentiment(note),
    });
  };
  return (
    <>
      <Field label={t('feedbackNote')} hint={t('feedbackNoteHint')} error={noteError}>
        <textarea
          data-testid={`${prefix}-note`}
          rows={3}
          value={value.note}
          ref={autoFocusNote ? focusOnMount : undefined}
          onKeyDown={onKey}
          onChange={(e) => onNote(e.target.value)}
        />
      </Field>
      <div className="sk-row">
        <Field
          label={t('feedbackKind')}
          hint={!guess || picked.kind || !value.note.trim() ? undefined : t('feedbackKindGuessed')}
        >
          <select
            data-testid={`${prefix}-kind`}
            value={value.kind}
            onChange={(e) => {
              setPicked({ ...picked, kind: true });
              onChange({ ...value, kind: e.target.value as FeedbackInput['kind'] });
            }}
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
            onChange={(e) => {
              setPicked({ ...picked, sentiment: true });
              onChange({ ...value, sentiment: e.target.value as FeedbackInput['sentiment'] });
            }}
          >
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {sentimentLabel(s)}
              </option>
            ))}
          </select>
        </Field>
      </div>
    </>
  );
}
