// Edits one change order. Props in, events out: rendering the documents happens here (pure), but
// copying, inserting into Gmail, printing and saving are the caller's job.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { formatCoRef } from '@/lib/changeorders/number';
import { reviseChangeOrder } from '@/lib/changeorders/revise';
import { isLocked, STATUS_LABEL } from '@/lib/changeorders/status';
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
  const titleError = value.title.trim() === '' ? 'title is required' : undefined;
  const ctx = { projectName: project.name, locale };
  const email = (co: ChangeOrder) => (props.emailText ? props.emailText(co) : changeOrderText(co, ctx));

  const save = () => {
    if (fields.hasErrors || titleError) {
      setBlocked('Fix the marked fields before saving.');
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
      aria-label={`Change order ${formatCoRef(value)}`}
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
            <span className="co-locked">{STATUS_LABEL[value.status]}: locked</span>
            <button
              type="button"
              data-testid="co-revise"
              onClick={props.onRevise ?? (() => onChange(reviseChangeOrder(value)))}
            >
              Revise
            </button>
          </>
        )}
      </header>
      <fieldset disabled={locked} className="co-body">
        <legend className="co-visually-hidden">Change order details</legend>
        <Field label="Title" error={titleError}>
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
              if (fields.hasErrors || titleError) return setBlocked('Fix the marked fields before sending.');
              props.onSend!(value, email(value));
            }}
          >
            {value.status === 'draft' ? 'Send to client' : 'Send again'}
          </button>
        )}
        {!locked && (
          <button
            type="submit"
            className={props.onSend ? undefined : 'primary'}
            data-testid="co-save"
            disabled={saving}
          >
            {saving ? 'Saving…' : 'Save'}
          </button>
        )}
        <button
          type="button"
          data-testid="co-copy-markdown"
          onClick={() => props.onCopyMarkdown(changeOrderMarkdown(value, ctx))}
        >
          Copy Markdown
        </button>
        <button type="button" data-testid="co-insert-reply" onClick={() => props.onInsertReply(email(value))}>
          Insert into reply
        </button>
        {props.onPdf && (
          <button type="button" data-testid="co-pdf" onClick={() => props.onPdf!(value)}>
            Download PDF
          </button>
        )}
        <button type="button" data-testid="co-print" onClick={() => props.onPrint(changeOrderHtml(value, ctx))}>
          Print
        </button>
      </div>
      <Notice kind="error" text={blocked ?? error} testId="co-error" />
      <details className="co-history">
        <summary>History</summary>
        <ol>
          {value.history.map((h, i) => (
            <li key={i}>
              <time dateTime={h.at}>{h.at.slice(0, 16).replace('T', ' ')}</time> {STATUS_LABEL[h.status]}
              {h.note ? `: ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </form>
  );
}
