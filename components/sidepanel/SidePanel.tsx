// The side panel beside Gmail or a ticket, compact: the selected ask's verdict and its three
// actions stay at the top (VerdictBar); under the page's title and project come whatever the AM
// opened (a form, the change order), the asks, and the project view in collapsible sections.
// Data comes in as props; every write goes out as a handler.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import type { FeedbackInput } from '@/components/ui/FeedbackFields';
import type { Client, DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { effectiveScopeRef, effectiveVerdict, uncoveredAsks } from '@/lib/asks/verdict';
import { defaultRef } from '@/lib/asks/clauses';
import type { AbsorbHandler } from './AbsorbForm';
import { AbsorbForm } from './AbsorbForm';
import type { Action } from './ActionBar';
import { ActionBar } from './ActionBar';
import type { ShownVerdict } from './AskItem';
import { AskList } from './AskList';
import { FeedbackForm } from './FeedbackForm';
import { FeedbackTimeline } from './FeedbackTimeline';
import { PageHeader } from './PageHeader';
import { ProjectHeader } from './ProjectHeader';
import { ProjectView } from './ProjectView';
import { LinkProjectCard, NewClientCard } from './SetupCard';
import { ApprovalBanner, type ApprovalOffer } from './ApprovalBanner';
import type { ClientSuggestion, LinkSuggestion } from '@/lib/onboarding/suggest';
import type { Outcome, PanelState, UpsellInput, WaitInput } from './types';
import { UpsellForm } from './UpsellForm';
import { VerdictBar } from './VerdictBar';
import { WaitForm } from './WaitForm';
import './sidepanel.css';
import { t, tn } from '@/lib/i18n';

export interface ChangeOrderContext {
  project: Project;
  /** The asks the AM ticked, else every out-of-scope ask on the page. */
  asks: DetectedRequest[];
  onClose: () => void;
}

export interface SidePanelProps {
  state: PanelState;
  project: Project | null;
  projects: Project[];
  clients: Client[];
  asks: DetectedRequest[];
  /** The project's records (or, with no project, the feedback logged from this page). */
  feedback: Feedback[];
  waits: Wait[];
  upsells: Upsell[];
  projectRequests: DetectedRequest[];
  /** Every open out-of-scope ask of the project, counted exactly (projectRequests holds the newest); null while counting. */
  openAskCount?: number | null;
  onAssign: (projectId: string) => Outcome;
  onAnalyse: () => Outcome;
  onCorrect: (ask: DetectedRequest, verdict: Verdict, scopeRef: string | null) => Outcome;
  onSaveFeedback: (input: FeedbackInput, linkSource: boolean) => Outcome;
  onSaveUpsell: (input: UpsellInput) => Outcome;
  onSaveWait: (input: WaitInput) => Outcome;
  onCloseWait: (wait: Wait) => void;
  onOpenOptions: () => void;
  /** "Do it without a change order" on an out-of-scope ask: the absorbed-work ledger. */
  onAbsorb?: AbsorbHandler;
  /** Snooze an out-of-scope ask until tomorrow (off the toolbar count). */
  onSnoozeAsk?: (ask: DetectedRequest) => Outcome;
  /** Set up from this page when nothing matched it: a new client from the thread, or a link for the ticket. */
  setup?: { client: ClientSuggestion | null; link: LinkSuggestion | null; linkProjectId: string | null };
  onCreateClient?: (name: string, domains: string[]) => Outcome;
  /** The client answered a sent change order in this thread. */
  approval?: ApprovalOffer | null;
  onApplyApproval?: (offer: ApprovalOffer) => Outcome;
  /** Change-order editor (issue 6: components/changeorder), wired by the lead. */
  changeOrder?: (ctx: ChangeOrderContext) => ReactNode;
  /** Insights for the project view (issue 7: components/insights), wired by the lead. */
  insights?: (project: Project) => ReactNode;
}

export function SidePanel(p: SidePanelProps) {
  const [action, setAction] = useState<Action | null>(null);
  // Ticked for the change order.
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  // The ask the verdict bar shows; null: the first one that needs the AM.
  const [currentId, setCurrentId] = useState<string | null>(null);
  // Corrections shown before the background stores them, by ask version (a stored change supersedes).
  const [pending, setPending] = useState<Record<string, { verdict: Verdict; ref: string | null }>>({});
  const [errors, setErrors] = useState<Record<string, string | null>>({});
  const [absorbing, setAbsorbing] = useState<string | null>(null);

  if (p.state.status === 'loading')
    return (
      <main className="sk-page sk-panel" aria-busy="true">
        <p>{t('readingPage')}</p>
      </main>
    );
  if (p.state.status === 'error') {
    return (
      <main className="sk-page sk-panel">
        <p className="sk-error" role="alert" data-testid="panel-error">
          {p.state.error}
        </p>
      </main>
    );
  }
  const page = p.state.page;
  const { project } = p;
  const close = () => setAction(null);
  const version = (a: DetectedRequest) => `${a.id}:${a.updatedAt}`;
  const shown = (a: DetectedRequest): ShownVerdict => {
    const mine = pending[version(a)];
    return {
      verdict: mine?.verdict ?? effectiveVerdict(a),
      ref: mine ? mine.ref : effectiveScopeRef(a),
      corrected: !!(a.correction || mine),
    };
  };
  const isOut = (a: DetectedRequest) => shown(a).verdict === 'out_of_scope';
  const outOfScope = p.asks.filter(isOut);
  const coAsks = outOfScope.some((a) => selected.has(a.id)) ? outOfScope.filter((a) => selected.has(a.id)) : outOfScope;
  const hasAsks = p.asks.some((a) => shown(a).verdict !== 'no_request');
  const current =
    p.asks.find((a) => a.id === currentId) ??
    p.asks.find((a) => isOut(a) && uncoveredAsks([a]).length === 1) ??
    p.asks.find(isOut) ??
    p.asks.find((a) => shown(a).verdict !== 'no_request') ??
    p.asks[0] ??
    null;
  const index = current ? p.asks.indexOf(current) : 0;
  const currentShown = current ? shown(current) : null;
  const changeOrderBlocked = project ? null : t('coBlocked');

  const correct = async (a: DetectedRequest, verdict: Verdict, ref: string | null) => {
    setCurrentId(a.id); // the bar stays on the ask being corrected
    setErrors((e) => ({ ...e, [a.id]: null }));
    setPending((x) => ({ ...x, [version(a)]: { verdict, ref } }));
    const err = await p.onCorrect(a, verdict, ref);
    if (!err) return;
    setErrors((e) => ({ ...e, [a.id]: err }));
    setPending((x) => {
      const next = { ...x };
      delete next[version(a)];
      return next;
    });
  };
  const canAbsorb =
    !!current && !!project && !!p.onAbsorb && isOut(current) && !current.changeOrderId && !current.absorbed;

  return (
    <main className="sk-page sk-panel">
      {current && currentShown && (
        <VerdictBar
          ask={current}
          verdict={currentShown.verdict}
          index={index}
          count={p.asks.length}
          onStep={(d) => {
            const n = p.asks.length;
            const next = p.asks[(index + d + n) % n];
            if (next) setCurrentId(next.id);
            setAbsorbing(null);
          }}
          changeOrderOpen={action === 'change-order'}
          changeOrderBlocked={changeOrderBlocked}
          onChangeOrder={() => setAction(action === 'change-order' ? null : 'change-order')}
          onAbsorb={canAbsorb ? () => setAbsorbing(absorbing === current.id ? null : current.id) : null}
          absorbOpen={absorbing === current.id}
          onFlip={(to) => void correct(current, to, defaultRef(to, currentShown.ref, project))}
          error={errors[current.id] ?? null}
        >
          {canAbsorb && absorbing === current.id && p.onAbsorb && (
            <AbsorbForm
              key={current.id}
              ask={current}
              project={project}
              onAbsorb={p.onAbsorb}
              onDone={() => setAbsorbing(null)}
            />
          )}
        </VerdictBar>
      )}
      <header className="sk-panel-head">
        <PageHeader page={page} onAnalyse={p.onAnalyse} showSummary={!hasAsks} />
        {(project || !p.setup?.client) && (
          <ProjectHeader
            project={project}
            projects={p.projects}
            clients={p.clients}
            onAssign={p.onAssign}
            onOpenOptions={p.onOpenOptions}
          />
        )}
        <ActionBar
          open={action}
          onOpen={setAction}
          changeOrderBlocked={changeOrderBlocked}
          withChangeOrder={p.asks.length === 0}
        />
      </header>
      {p.approval && p.onApplyApproval && <ApprovalBanner offer={p.approval} onApply={p.onApplyApproval} />}
      {!project && p.setup?.client && p.onCreateClient && (
        <NewClientCard key={p.setup.client.domains.join()} suggestion={p.setup.client} onCreate={p.onCreateClient} />
      )}
      {!project && p.setup?.link && (
        <LinkProjectCard
          key={p.setup.link.value}
          link={p.setup.link}
          projects={p.projects.filter((x) => !x.deletedAt && x.status !== 'closed')}
          clientName={(id) => p.clients.find((c) => c.id === id)?.name ?? t('unknownClient')}
          initialProjectId={p.setup.linkProjectId}
          onLink={p.onAssign}
        />
      )}
      {/* What the AM opened shows right under the header. Escape closes the open form. */}
      <div onKeyDown={(e) => e.key === 'Escape' && close()}>
        {action === 'feedback' && (
          <FeedbackForm
            initial={{ kind: hasAsks ? 'revision_request' : 'other', sentiment: 'neutral', note: '' }}
            sourceTitle={page.title}
            onSave={p.onSaveFeedback}
            onDone={close}
          />
        )}
        {action === 'upsell' && (
          <UpsellForm
            initialNote={page.title ? t('seenIn', { title: page.title }) : ''}
            currency={project?.scope.currency ?? 'USD'}
            onSave={p.onSaveUpsell}
            onDone={close}
          />
        )}
        {action === 'wait' && <WaitForm onSave={p.onSaveWait} onDone={close} />}
        {action === 'change-order' &&
          (!project ? (
            <EmptyState>{t('coPickProject')}</EmptyState>
          ) : p.changeOrder ? (
            <div data-testid="change-order-host">{p.changeOrder({ project, asks: coAsks, onClose: close })}</div>
          ) : (
            <EmptyState testId="change-order-placeholder">{tn('coUnavailable', coAsks.length)}</EmptyState>
          ))}
      </div>
      <AskList
        asks={p.asks}
        shown={shown}
        project={project}
        currentId={current?.id ?? null}
        onPick={(a) => {
          setCurrentId(a.id);
          setAbsorbing(null);
        }}
        selected={selected}
        readable={page.sourceId !== null}
        onCorrect={(a, v, r) => void correct(a, v, r)}
        onSnooze={
          p.onSnoozeAsk &&
          ((a) => {
            const snooze = p.onSnoozeAsk;
            if (snooze) void snooze(a).then((err) => setErrors((e) => ({ ...e, [a.id]: err })));
          })
        }
        onSelect={(id, on) =>
          setSelected((old) => {
            const next = new Set(old);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
      />
      {project ? (
        <ProjectView
          project={project}
          feedback={p.feedback}
          waits={p.waits}
          upsells={p.upsells}
          requests={p.projectRequests}
          openAskCount={p.openAskCount ?? null}
          onCloseWait={p.onCloseWait}
          insights={p.insights?.(project)}
        />
      ) : (
        <FeedbackTimeline feedback={p.feedback} />
      )}
    </main>
  );
}
