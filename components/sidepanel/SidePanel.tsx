// The side panel beside Gmail or a ticket: the page's project, its asks with verdicts, one-click
// actions, and the project view. Data comes in as props; every write goes out as a handler.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import type { FeedbackInput } from '@/components/ui/FeedbackFields';
import type { Client, DetectedRequest, Feedback, Project, Upsell, Wait } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { effectiveVerdict } from '@/lib/asks/verdict';
import type { AbsorbHandler } from './AbsorbForm';
import type { Action } from './ActionBar';
import { ActionBar } from './ActionBar';
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
import { WaitForm } from './WaitForm';
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
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());

  if (p.state.status === 'loading')
    return (
      <main className="sk-page" aria-busy="true">
        <p>{t('readingPage')}</p>
      </main>
    );
  if (p.state.status === 'error') {
    return (
      <main className="sk-page">
        <p className="sk-error" role="alert" data-testid="panel-error">
          {p.state.error}
        </p>
      </main>
    );
  }
  const page = p.state.page;
  const { project } = p;
  const close = () => setAction(null);
  const outOfScope = p.asks.filter((a) => effectiveVerdict(a) === 'out_of_scope');
  const coAsks = outOfScope.some((a) => selected.has(a.id)) ? outOfScope.filter((a) => selected.has(a.id)) : outOfScope;
  const hasAsks = p.asks.some((a) => effectiveVerdict(a) !== 'no_request');

  return (
    <main className="sk-page">
      <PageHeader page={page} onAnalyse={p.onAnalyse} />
      {p.approval && p.onApplyApproval && <ApprovalBanner offer={p.approval} onApply={p.onApplyApproval} />}
      {!project && p.setup?.client && p.onCreateClient && (
        <NewClientCard key={p.setup.client.domains.join()} suggestion={p.setup.client} onCreate={p.onCreateClient} />
      )}
      {!project && p.setup?.link && (
        <LinkProjectCard
          key={p.setup.link.value}
          link={p.setup.link}
          projects={p.projects.filter((x) => !x.deletedAt && x.status !== 'closed')}
          clientName={(id) => p.clients.find((c) => c.id === id)?.name ?? 'unknown client'}
          initialProjectId={p.setup.linkProjectId}
          onLink={p.onAssign}
        />
      )}
      {(project || !p.setup?.client) && (
        <ProjectHeader
          project={project}
          projects={p.projects}
          clients={p.clients}
          onAssign={p.onAssign}
          onOpenOptions={p.onOpenOptions}
        />
      )}
      <AskList
        asks={p.asks}
        project={project}
        selected={selected}
        readable={page.sourceId !== null}
        onCorrect={p.onCorrect}
        onAbsorb={project ? p.onAbsorb : undefined}
        onSnooze={p.onSnoozeAsk}
        onSelect={(id, on) =>
          setSelected((old) => {
            const next = new Set(old);
            if (on) next.add(id);
            else next.delete(id);
            return next;
          })
        }
      />
      <ActionBar open={action} onOpen={setAction} changeOrderBlocked={project ? null : t('coBlocked')} />
      {/* Escape closes the open action form, keyboard-first like the rest of the panel. */}
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
