// Side panel container: follows the tab, asks the background for its page state, reads the
// project's records, and performs the panel's writes. The change-order editor (issue 6) and the
// insights (issue 7) plug into the `changeOrder` and `insights` props below.
import { browser } from 'wxt/browser';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import { FEEDBACK_SHOWN } from '@/components/sidepanel/FeedbackTimeline';
import type { PanelState } from '@/components/sidepanel/types';
import { closeWait, createClientWithProject, logFeedback, noteUpsell, recordWait } from '@/lib/forms/save';
import { useSettings } from '@/lib/hooks/useSettings';
import { likelyProject, suggestClient, suggestLink } from '@/lib/onboarding/suggest';
import { api } from '@/lib/messaging/surfaceApi';
import { panelPage } from './panelPage';
import { useActiveTab } from './useActiveTab';
import { useAsks, useOpenAsks } from './useAsks';
import { usePageState } from './usePageState';
import { useRecords } from '@/lib/hooks/useRecords';
import { absorbAsk, moveOrder } from './changeOrderActions';
import { answerNote, findClientAnswer } from '@/lib/approval/detect';
import { formatCoRef } from '@/lib/changeorders/number';
import { snoozeAsk } from '@/lib/insights/persist';
import { snoozeUntil } from '@/lib/reminders/today';
import { today } from '@/lib/dates/days';
import { ChangeOrderSection } from './ChangeOrderSection';
import { InsightsSection } from './InsightsSection';
import { t } from '@/lib/i18n';

export function App() {
  const tab = useActiveTab();
  const { view, replace } = usePageState(tab.tabId, tab.version);
  const page = view.status === 'ready' ? view.state : null;
  const clients = useRecords('clients');
  const projects = useRecords('projects');
  const project = projects.records.find((p) => p.id === page?.projectId) ?? null;
  const byProject = project ? { projectId: project.id } : null;
  const asks = useAsks(page?.sourceId ?? null);
  // Without a project, show what was logged from this very page.
  // The timeline shows the newest entries; the brief (insights section) reads the full history.
  // Nothing is read until the page state says which project (if any): a read for the wrong filter
  // only competes with the right one.
  const feedback = useRecords(
    'feedback',
    view.status !== 'ready' || projects.loading
      ? null
      : byProject
        ? { ...byProject, limit: FEEDBACK_SHOWN }
        : { limit: FEEDBACK_SHOWN },
  );
  const waits = useRecords('waits', byProject);
  const upsells = useRecords('upsells', byProject);
  // Only the newest open out-of-scope asks the project view lists, not every ask of the project.
  const leaking = useOpenAsks(project?.id ?? null);
  const orders = useRecords('changeOrders', byProject);

  const state: PanelState =
    view.status === 'ready'
      ? { status: 'ready', page: panelPage(view.state) }
      : view.status === 'error'
        ? view
        : { status: 'loading' };
  const [settings] = useSettings();
  const read = page?.page ?? null;
  const setup =
    page && !project && settings
      ? {
          client: read?.type === 'thread' ? suggestClient(read, settings.agencyDomains, clients.records) : null,
          link: read?.type === 'ticket' ? suggestLink(read) : null,
          linkProjectId:
            read?.type === 'ticket' ? (likelyProject(read, projects.records, clients.records)?.id ?? null) : null,
        }
      : undefined;
  const assign = async (projectId: string) => {
    if (tab.tabId === null) return t('noTabAssign');
    const r = await api.assignProject(tab.tabId, projectId);
    if (r.ok) replace(r.data);
    return r.ok ? null : r.error;
  };
  const clientDomains = clients.records.find((c) => c.id === project?.clientId)?.domains ?? [];
  const answered =
    read?.type === 'thread' && settings
      ? orders.records
          .map((co) => ({
            co,
            answer: findClientAnswer(co, read, { agencyDomains: settings.agencyDomains, clientDomains }),
          }))
          .find((x) => x.answer !== null)
      : undefined;
  const url = page?.url ?? '';
  const title = state.status === 'ready' ? state.page.title : '';
  const owner = { clientId: project?.clientId ?? null, projectId: project?.id ?? null };

  return (
    <SidePanel
      state={state}
      project={project}
      projects={projects.records}
      clients={clients.records}
      asks={asks}
      feedback={project ? feedback.records : feedback.records.filter((f) => url && f.sourceUrl === url)}
      waits={waits.records}
      upsells={upsells.records}
      projectRequests={leaking}
      onAssign={assign}
      setup={setup}
      approval={answered?.answer ? { coId: answered.co.id, coRef: formatCoRef(answered.co), ...answered.answer } : null}
      onApplyApproval={async (offer) => {
        const co = orders.records.find((o) => o.id === offer.coId);
        if (!co || !answered?.answer) return t('coGone');
        const r = await moveOrder(co, offer.decision, answerNote(answered.answer));
        return r.ok ? null : r.error;
      }}
      onCreateClient={async (name, domains) => {
        const made = await createClientWithProject(name, domains);
        return made.ok ? assign(made.projectId) : made.error;
      }}
      onAnalyse={async () => {
        if (tab.tabId === null) return t('noTabAnalyse');
        const r = await api.analyse(tab.tabId);
        if (r.ok) replace(r.data);
        return r.ok ? null : t('analyseFailed', { error: r.error });
      }}
      onCorrect={async (ask, verdict, scopeRef) => {
        const r = await api.correct(ask.id, verdict, scopeRef);
        return r.ok ? null : t('correctionFailed', { error: r.error });
      }}
      onSaveFeedback={(input, link) =>
        logFeedback({
          ...input,
          ...owner,
          sourceUrl: link && url ? url : null,
          sourceTitle: link && url ? title : null,
        })
      }
      onSaveUpsell={(u) => noteUpsell({ ...u, ...owner, sourceUrl: url || null })}
      onSaveWait={(w) =>
        recordWait({
          ...w,
          ...owner,
          closedAt: null,
          threadId: null,
          sourceUrl: url || null,
          auto: false,
          snoozedUntil: null,
        })
      }
      onCloseWait={(w) => void closeWait(w)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      changeOrder={(ctx) => <ChangeOrderSection tabId={tab.tabId} {...ctx} />}
      onAbsorb={absorbAsk}
      onSnoozeAsk={(ask) => snoozeAsk(ask, snoozeUntil(today(), 1))}
      insights={(project) => <InsightsSection project={project} />}
    />
  );
}
