// The side panel's change-order container: drafts from the page's out-of-scope asks, keeps the
// order being edited (priced in step one, sent in step two), saves and stamps status moves, and
// sends the documents out (clipboard, the Gmail reply box, the PDF, a printable tab). Below it, in
// collapsible sections: the project's change orders and its money.
import { useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { ChangeOrderEditor } from '@/components/changeorder/ChangeOrderEditor';
import { ChangeOrderList } from '@/components/changeorder/ChangeOrderList';
import { MoneyView } from '@/components/changeorder/MoneyView';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import { Section } from '@/components/ui/Section';
import type { ChangeOrderContext } from '@/components/sidepanel/SidePanel';
import { uncoveredAsks } from '@/lib/asks/verdict';
import { formatCoRef, moneySummary, reviseChangeOrder, statusWord } from '@/lib/changeorders';
import type { ChangeOrder } from '@/lib/db/schemas';
import type { Saved } from './changeOrderActions';
import { copyText, type Result } from './clipboard';
import {
  downloadPdf,
  draftChangeOrder,
  insertIntoReply,
  moveOrder,
  openPrintable,
  saveOrder,
  sendToClient,
} from './changeOrderActions';
import { useSettings } from '@/lib/hooks/useSettings';
import { defaultEmailTemplate, renderEmail } from '@/lib/templates/email';
import { useRead, useRecords } from '@/lib/hooks/useRecords';
import { listAbsorbedRequests } from '@/lib/db';
import type { DetectedRequest } from '@/lib/db';
import { t, tn } from '@/lib/i18n';

const NO_REQUESTS: DetectedRequest[] = [];

interface Props extends ChangeOrderContext {
  tabId: number | null;
}

export function ChangeOrderSection({ tabId, project, asks, onClose }: Props) {
  const byProject = { projectId: project.id };
  const orders = useRecords('changeOrders', byProject);
  // Only the project's absorbed asks (the money view's ledger), not every ask of the project.
  const absorbed = useRead(project.id, () => listAbsorbedRequests(project.id), ['requests'], NO_REQUESTS).value;
  const [current, setCurrent] = useState<ChangeOrder | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<Result | null>(null);
  const started = useRef(false);
  const clients = useRecords('clients');
  const [settings] = useSettings();
  const docCtx = {
    projectName: project.name,
    clientName: clients.records.find((c) => c.id === project.clientId)?.name,
  };
  const emailText = (co: ChangeOrder) =>
    renderEmail(settings?.emailTemplate || defaultEmailTemplate(), co, { ...docCtx, signature: settings?.signature });

  const startDraft = (from = asks) => {
    setError(null);
    setNotice(null);
    void draftChangeOrder(project, from).then(setCurrent, (err: unknown) =>
      setError(t('coDraftFailed', { error: String(err) })),
    );
  };

  // Opening the section drafts from the asks no order covers yet; when every ask is covered, it
  // reopens the order that covers them instead of drafting a duplicate.
  useEffect(() => {
    if (started.current || orders.loading) return;
    started.current = true;
    const open = uncoveredAsks(asks);
    const coveringId = asks.find((a) => a.changeOrderId)?.changeOrderId;
    const covering = orders.records.find((co) => co.id === coveringId) ?? null;
    // State is set from the promise (the draft needs the next number from the database anyway).
    const first = open.length > 0 ? draftChangeOrder(project, open) : Promise.resolve(covering);
    void first.then(setCurrent, (err: unknown) => setError(t('coDraftFailed', { error: String(err) })));
    // Runs once, when the project's orders are first known.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [orders.loading]);

  const listed = orders.records.filter((co) => co.deletedAt === null).length;
  const sectionActions = (
    <span className="co-section-actions">
      <Button kind="quiet" data-testid="co-new" onClick={() => startDraft(uncoveredAsks(asks))}>
        {asks.length > 0 ? tn('coNewFrom', uncoveredAsks(asks).length) : t('coNew')}
      </Button>
      <Button kind="quiet" data-testid="co-close" onClick={onClose}>
        {t('close')}
      </Button>
    </span>
  );

  const apply = async (pending: Promise<Saved>, done: (co: ChangeOrder) => string) => {
    setSaving(true);
    setError(null);
    setNotice(null);
    const r = await pending;
    setSaving(false);
    if (!r.ok) return setError(r.error);
    setCurrent(r.co);
    setNotice({ ok: true, message: done(r.co) });
  };

  return (
    <section aria-labelledby="co-section-h" className="co-section" data-testid="co-section">
      {/* The order's own header row names it; this heading names the section for screen readers. */}
      <h2 id="co-section-h" className="sk-visually-hidden">
        {t('changeOrders')}
      </h2>
      {current ? (
        <ChangeOrderEditor
          value={current}
          headerActions={sectionActions}
          onEditTemplate={() => void browser.runtime.openOptionsPage()}
          project={project}
          saving={saving}
          error={error}
          onChange={(co) => {
            setNotice(null);
            setCurrent(co);
          }}
          onSave={(co) => void apply(saveOrder(co), (s) => t('savedName', { name: formatCoRef(s) }))}
          onTransition={(to) =>
            void apply(moveOrder(current, to), (s) =>
              t('coMarked', { ref: formatCoRef(s), status: statusWord(s.status) }),
            )
          }
          onRevise={() => {
            const next = reviseChangeOrder(current);
            setCurrent(next);
            setNotice({ ok: true, message: t('coDrafted', { ref: formatCoRef(next) }) });
          }}
          onCopyMarkdown={(md) => void copyText(md, t('markdown')).then(setNotice)}
          onInsertReply={(text) => void insertIntoReply(tabId, text).then(setNotice)}
          emailText={emailText}
          onSend={(co, email) => {
            setSaving(true);
            setError(null);
            void sendToClient(tabId, co, email, docCtx).then(({ saved, message }) => {
              setSaving(false);
              if (saved.ok) setCurrent(saved.co);
              setNotice(message);
            });
          }}
          onPdf={(co) => void downloadPdf(co, docCtx).then(setNotice)}
          onPrint={(html) => setNotice(openPrintable(html))}
        />
      ) : (
        <>
          <div className="sk-row co-head">{sectionActions}</div>
          <p className="sk-hint">{t('coNoneOpen')}</p>
          <Notice kind="error" text={error} testId="co-error" />
        </>
      )}
      {notice && <Notice kind={notice.ok ? 'ok' : 'error'} text={notice.message} testId="co-notice" />}
      <Section id="coOrders" defaultOpen title={t('coProjectListCounted', { count: listed })}>
        <ChangeOrderList
          orders={orders.records}
          selectedId={current?.id ?? null}
          onSelect={(id) => {
            const co = orders.records.find((o) => o.id === id);
            if (!co) return;
            setError(null);
            setNotice(null);
            setCurrent(co);
          }}
        />
      </Section>
      <Section id="coMoney" title={t('money')}>
        <MoneyView summary={moneySummary(project, orders.records, absorbed)} requests={absorbed} />
      </Section>
    </section>
  );
}
