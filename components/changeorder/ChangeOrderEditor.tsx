// Edits one change order in two steps: 1 price it (title, lines, total; the ask, reason and terms
// wait in a collapsed section), 2 send it (the client email from the template, into the reply with
// the PDF; or insert, download, copy, print one by one). Props in, events out: rendering the
// documents happens here (pure), but copying, inserting into Gmail, printing and saving are the
// caller's job.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Button } from '@/components/ui/Button';
import { Field } from '@/components/ui/Field';
import { Section } from '@/components/ui/Section';
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
import { formatMoney, totals } from '@/lib/money';
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
  /** Open where the client email's template is edited (the options page). */
  onEditTemplate?: () => void;
  /** The host's own buttons (new draft, close), at the end of the header row. */
  headerActions?: ReactNode;
  saving?: boolean;
  error?: string | null;
  locale?: string;
}

/** Step one prices the order; step two sends it. A draft opens on its price, anything else on sending. */
export type CoStep = 'price' | 'send';
const firstStep = (co: Pick<ChangeOrder, 'status'>): CoStep => (co.status === 'draft' ? 'price' : 'send');

export function ChangeOrderEditor(props: ChangeOrderEditorProps) {
  const { value, project, onChange, saving = false, error = null, locale } = props;
  const fields = useFieldText(`${value.id}@${value.updatedAt}`);
  const [blocked, setBlocked] = useState<string | null>(null);
  // The step belongs to the order shown: another order (or a new revision) starts on its own first step.
  const [stepOf, setStepOf] = useState<{ id: string; step: CoStep }>({ id: value.id, step: firstStep(value) });
  const step = stepOf.id === value.id ? stepOf.step : firstStep(value);
  const locked = isLocked(value);
  const patch = (p: Partial<ChangeOrder>) => {
    setBlocked(null);
    onChange({ ...value, ...p });
  };
  const titleError = value.title.trim() === '' ? t('coTitleMissing') : undefined;
  const ctx = { projectName: project.name, locale };
  const email = (co: ChangeOrder) => (props.emailText ? props.emailText(co) : changeOrderText(co, ctx));
  const invalid = fields.hasErrors || !!titleError;
  const go = (to: CoStep) => {
    if (to === 'send' && invalid) return setBlocked(t('fixMarkedFieldsSend'));
    setBlocked(null);
    setStepOf({ id: value.id, step: to });
  };
  const canSend =
    !!props.onSend && (value.status === 'draft' || value.status === 'sent' || value.status === 'deferred');

  const save = () => {
    if (invalid) {
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

  const stepButton = (s: CoStep, n: number, label: string) => (
    <li>
      <Button
        kind="quiet"
        className="co-step"
        data-testid={`co-step-${s}`}
        aria-current={step === s ? 'step' : undefined}
        onClick={() => go(s)}
      >
        <span className="co-step-n" aria-hidden="true">
          {n}
        </span>{' '}
        {label}
      </Button>
    </li>
  );

  return (
    <form
      className="co-editor"
      aria-label={t('coLabel', { ref: formatCoRef(value) })}
      data-step={step}
      onSubmit={(e) => {
        e.preventDefault();
        if (!locked && step === 'price') save();
      }}
    >
      <header className="sk-row co-head">
        <h2>{formatCoRef(value)}</h2>
        <StatusControl status={value.status} disabled={saving} onTransition={props.onTransition} />
        {locked && (
          <>
            <span className="co-locked">{t('coLocked', { status: statusLabel(value.status) })}</span>
            <Button data-testid="co-revise" onClick={props.onRevise ?? (() => onChange(reviseChangeOrder(value)))}>
              {t('coRevise')}
            </Button>
          </>
        )}
        {props.headerActions}
      </header>
      <ol className="co-steps" aria-label={t('coSteps')}>
        {stepButton('price', 1, t('price'))}
        {stepButton('send', 2, t('coStepSend'))}
      </ol>
      {step === 'price' ? (
        <>
          <fieldset disabled={locked} className="co-body">
            <legend className="co-visually-hidden">{t('coDetails')}</legend>
            <Field label={t('title')} error={titleError}>
              <input data-testid="co-title" value={value.title} onChange={(e) => patch({ title: e.target.value })} />
            </Field>
            <LineItems
              lines={value.lines}
              rateCard={project.rateCard}
              currency={value.currency}
              fields={fields}
              onChange={(lines) => patch({ lines })}
            />
            <TotalsView value={value} fields={fields} locale={locale} onChange={patch} />
            <Section id="coTerms" title={t('coTermsSection')}>
              <AskFields value={value} onChange={patch} />
              <TermsFields value={value} fields={fields} onChange={patch} />
            </Section>
          </fieldset>
          <div className="sk-row co-actions">
            <Button kind="primary" data-testid="co-next" onClick={() => go('send')}>
              {t('coNextSend')}
            </Button>
            {!locked && (
              <Button type="submit" data-testid="co-save" disabled={saving}>
                {saving ? t('saving') : t('save')}
              </Button>
            )}
          </div>
        </>
      ) : (
        <div className="co-send" data-testid="co-send-step">
          <p className="co-send-total">
            <strong>{t('total')}</strong>{' '}
            <span data-testid="co-send-total">{formatMoney(totals(value).totalCents, value.currency, locale)}</span>
            {' · '}
            <span className="sk-hint" data-testid="co-send-title">
              {value.title}
            </span>
          </p>
          <Section id="coEmail" defaultOpen title={t('coEmailPreview')}>
            <pre className="co-email" data-testid="co-email-preview">
              {email(value)}
            </pre>
            {props.onEditTemplate && (
              <Button kind="quiet" data-testid="co-edit-template" onClick={props.onEditTemplate}>
                {t('coEditTemplate')}
              </Button>
            )}
          </Section>
          <div className="sk-row co-actions">
            {canSend && (
              <Button
                kind="primary"
                data-testid="co-send"
                disabled={saving}
                onClick={() => {
                  if (invalid) return setBlocked(t('fixMarkedFieldsSend'));
                  props.onSend!(value, email(value));
                }}
              >
                {value.status === 'draft' ? t('coSend') : t('coSendAgain')}
              </Button>
            )}
            <Button
              kind={canSend ? 'secondary' : 'primary'}
              data-testid="co-insert-reply"
              onClick={() => props.onInsertReply(email(value))}
            >
              {t('coInsertReply')}
            </Button>
            {props.onPdf && (
              <Button data-testid="co-pdf" onClick={() => props.onPdf!(value)}>
                {t('coDownloadPdf')}
              </Button>
            )}
            <Button
              data-testid="co-copy-markdown"
              onClick={() => props.onCopyMarkdown(changeOrderMarkdown(value, ctx))}
            >
              {t('coCopyMarkdown')}
            </Button>
            <Button kind="quiet" data-testid="co-print" onClick={() => props.onPrint(changeOrderHtml(value, ctx))}>
              {t('coPrintOnly')}
            </Button>
          </div>
          {canSend && <p className="sk-hint co-send-hint">{t('coSendHint')}</p>}
        </div>
      )}
      <Notice kind="error" text={blocked ?? error} testId="co-error" />
      <details className="co-history sk-disclosure">
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
