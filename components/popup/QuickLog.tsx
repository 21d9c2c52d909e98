// Quick-log from the toolbar: the client's feedback recorded in seconds. The client defaults to
// the current tab's match; the kind and sentiment are guessed from the note; Enter in the note saves and keeps the popup open for the next one.
import { useRef, useState } from 'react';
import { Field } from '@/components/ui/Field';
import type { FeedbackInput } from '@/components/ui/FeedbackFields';
import { FeedbackFields } from '@/components/ui/FeedbackFields';
import { Notice } from '@/components/ui/Notice';
import type { Client, Feedback } from '@/lib/db/schemas';
import { RecentFeedback } from './RecentFeedback';
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

export interface QuickLogSave {
  input: FeedbackInput;
  clientId: string | null;
  linkTab: boolean;
}

interface Props {
  clients: Client[];
  /** The client matched to the current tab, once known. */
  defaultClientId: string | null;
  tab: { url: string; title: string } | null;
  recent: Feedback[];
  /** e.g. text selected on the page ("Log selection as client feedback"). */
  initialNote?: string;
  onSave: (save: QuickLogSave) => Promise<string | null>;
  onOpenOptions: () => void;
}

export function QuickLog({ clients, defaultClientId, tab, recent, initialNote = '', onSave, onOpenOptions }: Props) {
  // null = the AM has not chosen: follow the tab's match, which may arrive after first render.
  const [clientChoice, setClientChoice] = useState<string | null>(null);
  const [value, setValue] = useState<FeedbackInput>({ kind: 'other', sentiment: 'neutral', note: initialNote });
  const [linkTab, setLinkTab] = useState(true);
  const [noteError, setNoteError] = useState<string | undefined>();
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const saving = useRef(false);
  const clientId = clientChoice ?? defaultClientId ?? '';

  async function submit() {
    if (saving.current) return; // Enter held down must not log twice
    if (!value.note.trim()) return setNoteError(t('quickLogNoteMissing'));
    setNoteError(undefined);
    saving.current = true;
    const err = await onSave({
      input: { ...value, note: value.note.trim() },
      clientId: clientId || null,
      linkTab: linkTab && tab !== null,
    });
    saving.current = false;
    if (err) return setStatus({ kind: 'error', text: err });
    setStatus({ kind: 'ok', text: t('saved') });
    setValue((v) => ({ ...v, note: '' }));
  }

  return (
    <main className="sk-page" style={{ width: 360 }}>
      <form
        aria-label={t('quickLogForm')}
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h1>{t('feedbackForm')}</h1>
        <Field label={t('client')} hint={clients.length === 0 ? t('quickLogNoClients') : undefined}>
          <select data-testid="quicklog-client" value={clientId} onChange={(e) => setClientChoice(e.target.value)}>
            <option value="">{t('noClient')}</option>
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <FeedbackFields
          prefix="quicklog"
          value={value}
          noteError={noteError}
          onChange={setValue}
          onSubmit={() => void submit()}
          autoFocusNote
          guess
        />
        {tab && (
          <label className="sk-row">
            <input
              type="checkbox"
              data-testid="quicklog-link"
              checked={linkTab}
              onChange={(e) => setLinkTab(e.target.checked)}
            />
            {t('linkTo', { title: tab.title || tab.url })}
          </label>
        )}
        <div className="sk-row">
          <Button type="submit" kind="primary" data-testid="quicklog-save">
            {t('save')}
          </Button>
          <button type="button" onClick={onOpenOptions}>
            {t('options')}
          </button>
        </div>
        <Notice kind={status?.kind ?? 'ok'} text={status?.text ?? null} testId="quicklog-status" />
      </form>
      <RecentFeedback feedback={recent} clients={clients} />
    </main>
  );
}
