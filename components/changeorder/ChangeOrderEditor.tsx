// Edits one change order. Props in, events out: rendering the documents happens here (pure), but
// copying, inserting into Gmail, printing and saving are the caller's job.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { formatWhen } from '@/lib/dates/days';
import { formatCoRef } from '@/lib/changeorders/number';
import { reviseChangeOrder } from '@/lib/changeorders/revise';
import { isLocked, statusLabel } from '@/lib/changeorders/status';
import type { CoStatus } from '@/lib/changeorders/status';
import type { ChangeOrder, Project } from '@/lib/db/schemas';
import { changeOrderHtml } from '@/lib/changeorders/documentHtml';
import { changeOrderMarkdown } from '@/lib/changeorders/documentMarkdown';
import { changeOrderText } from '@/lib/changeorders/documentText';
import { AskFields, TermsFields } from './DetailsFields';
import { LineItems } from './LineItems';
import { StatusControl } from './StatusControl';
import { TotalsView } from './TotalsView';
import { useFieldText } from './useFieldText';
import './changeorder.css';
import { t } from '@/lib/i18n';

export interface ChangeOrderEditorProps {
  value: ChangeOrder;
  /** For the rate card's roles and the document's project name. */
  project: Project;
  onChange: (co: ChangeOrder) => void;
  onSave: (co: ChangeOrder) => void;
  onTransition: (to: CoStatus) => void;
  onCopyMarkdown: (markdown: string) => void;
  /** The plain-text email version, for the open Gmail reply box. */
  onInsertReply: (text: string) => void;
  /** A standalone printable HTML document. */
  onPrint: (html: string) => void;
  /** Locked orders: defaults to onChange(reviseChangeOrder(value)), a new unsaved draft revision. */
  onRevise?: () => void;
  /** The client-facing email (templates with merge fields); defaults to the plain-text document. */
  emailText?: (co: ChangeOrder) => string;
  /** Step two of the flow: the email into the reply with the PDF, and the order marked sent. */
  onSend?: (co: ChangeOrder, email: string) => void;
  /** The branded PDF, downloaded. */
  onPdf?: (co: ChangeOrder) => void;
  saving?: boolean;
  error?: string | null;
  locale?: string;
}

export function ChangeOrderEditor(props: ChangeOrderEditorProps) {
  const { value, project, onChange, saving = false, error = null, locale } = props;
  const fields = useFieldText(`${value.id}@${value.updatedAt}`);
  const [blocked, setBlocked] = useState<string | null>(null);
  const locked = isLocked(value);
  const patch = (p: Partial<ChangeOrder>) => {
    setBlocked(null);
    onChange({ ...value, ...p });
  };
  const titleError = value.title.trim() === '' ? t('coTitleMissing') : undefined;
  const ctx = { projectName: project.name, locale };
  const email = (co: ChangeOrder) => (props.emailText ? props.emailText(co) : changeOrderText(co, ctx));

  const save = () => {
    if (fields.hasErrors || titleError) {
      setBlocked(t('fixMarkedFields'));
      return;
    }
    // Blank lines left in the deliverables box are editing leftovers, not deliverables.
    props.onSave({
      ...value,
      title: value.title.trim(),
      affectedDeliverables: value.affectedDeliverables.map((d) => d.trim()).filter(Boolean),
    });
  };

  return (
    <form
      className="co-editor"
      aria-label={t('coLabel', { ref: formatCoRef(value) })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!locked) save();
      }}
    >
      <header className="sk-row co-head">
        <h2>{formatCoRef(value)}</h2>
        <StatusControl status={value.status} disabled={saving} onTransition={props.onTransition} />
        {locked && (
          <>
            <span className="co-locked">{t('coLocked', { status: statusLabel(value.status) })}</span>
            <button
              type="button"
              data-testid="co-revise"
              onClick={props.onRevise ?? (() => onChange(reviseChangeOrder(value)))}
            >
              {t('coRevise')}
            </button>
          </>
        )}
      </header>
      <fieldset disabled={locked} className="co-body">
        <legend className="co-visually-hidden">{t('coDetails')}</legend>
        <Field label={t('title')} error={titleError}>
          <input data-testid="co-title" value={value.title} onChange={(e) => patch({ title: e.target.value })} />
        </Field>
        <AskFields value={value} onChange={patch} />
        <LineItems
          lines={value.lines}
          rateCard={project.rateCard}
          currency={value.currency}
          fields={fields}
          onChange={(lines) => patch({ lines })}
        />
        <TotalsView value={value} fields={fields} locale={locale} onChange={patch} />
        <TermsFields value={value} fields={fields} onChange={patch} />
      </fieldset>
      <div className="sk-row co-actions">
        {props.onSend && (value.status === 'draft' || value.status === 'sent' || value.status === 'deferred') && (
          <button
            type="button"
            className="primary"
            data-testid="co-send"
            disabled={saving}
            onClick={() => {
              if (fields.hasErrors || titleError) return setBlocked(t('fixMarkedFieldsSend'));
              props.onSend!(value, email(value));
            }}
          >
            {value.status === 'draft' ? t('coSend') : t('coSendAgain')}
          </button>
        )}
        {!locked && (
          <button
            type="submit"
            className={props.onSend ? undefined : 'primary'}
            data-testid="co-save"
            disabled={saving}
          >
            {saving ? t('saving') : t('save')}
          </button>
        )}
        <button
          type="button"
          data-testid="co-copy-markdown"
          onClick={() => props.onCopyMarkdown(changeOrderMarkdown(value, ctx))}
        >
          {t('coCopyMarkdown')}
        </button>
        <button type="button" data-testid="co-insert-reply" onClick={() => props.onInsertReply(email(value))}>
          {t('coInsertReply')}
        </button>
        {props.onPdf && (
          <button type="button" data-testid="co-pdf" onClick={() => props.onPdf!(value)}>
            {t('coDownloadPdf')}
          </button>
        )}
        <button type="button" data-testid="co-print" onClick={() => props.onPrint(changeOrderHtml(value, ctx))}>
          {t('coPrintOnly')}
        </button>
      </div>
      <Notice kind="error" text={blocked ?? error} testId="co-error" />
      <details className="co-history">
        <summary>{t('history')}</summary>
        <ol>
          {value.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.at}>{formatWhen(h.at)}</time> {statusLabel(h.status)}
              {h.note ? `: ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </form>
  );
}
