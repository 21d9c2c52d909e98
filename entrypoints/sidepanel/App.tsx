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
import { OPEN_ASKS_SHOWN, useAsks } from './useAsks';
import { usePageState } from './usePageState';
import { onFirstInput, useRead, useRecord, useRecords } from '@/lib/hooks/useRecords';
import { useBelowFold } from '@/lib/hooks/belowFold';
import { earlyRead } from '@/lib/hooks/earlyRead';
import { loadValidate, readProjectView } from '@/lib/db';
import type { ChangeOrder, DetectedRequest, Feedback, Upsell, Wait } from '@/lib/db';
import { absorbAsk, moveOrder } from './changeOrderActions';
import { answerNote, findClientAnswer } from '@/lib/approval/detect';
import { formatCoRef } from '@/lib/changeorders/number';
import { snoozeAsk } from '@/lib/insights/persist';
import { snoozeUntil } from '@/lib/reminders/today';
import { today } from '@/lib/dates/days';
import { lazy, Suspense } from 'react';
import { InsightsSection } from './InsightsSection';
import { t } from '@/lib/i18n';

// The record schemas (zod) load when the person starts typing or clicking, not with the first screen.
onFirstInput(() => void loadValidate());

const NO_WAITS: Wait[] = [];
const NO_FEEDBACK: Feedback[] = [];
const NO_UPSELLS: Upsell[] = [];
const NO_ORDERS: ChangeOrder[] = [];
const NO_ASKS: DetectedRequest[] = [];
const VIEW_LIMITS = { feedback: FEEDBACK_SHOWN, asks: OPEN_ASKS_SHOWN };
/** The project view's read, started at the frame that paints the asks (useBelowFold); taken once. */
const earlyView = earlyRead((projectId: string) => readProjectView(projectId, VIEW_LIMITS));
// The change-order editor (and the documents it writes) loads when the AM first opens it.
const ChangeOrderSection = lazy(() => import('./ChangeOrderSection').then((m) => ({ default: m.ChangeOrderSection })));

export function App() {
  const tab = useActiveTab();
  const { view, replace } = usePageState(tab.tabId, tab.version);
  const page = view.status === 'ready' ? view.state : null;
  const clients = useRecords('clients');
  // The page's project by id; every project (for the picker and the setup cards) at once when the
  // page has none, else only after the first screen's last read (the feedback) has painted.
  const found = useRecord('projects', page?.projectId ?? null);
  const project = found.value?.deletedAt === null ? found.value : null;
  const known = view.status === 'ready' && !found.loading;
  const { asks, read: asksRead } = useAsks(page?.sourceId ?? null);
  // The project view's first screen in one read (one render): the newest feedback and open asks,
  // the exact open-ask count, the open waits, upsells and change orders. The brief (insights
  // section) reads the full history only when asked for.
  // Read with the project record, not after it (the page state already names the project), but
  // below the page's asks: with asks to show, once they have painted (landing first, its read and
  // render held back their frame); with none, at once.
  const projectId = page?.projectId ?? null;
  const viewWanted = useBelowFold(
    page !== null && (page.sourceId === null || (asksRead && asks.length === 0)),
    asksRead && asks.length > 0,
    () => earlyView.start(projectId),
  );
  const view$ = useRead(
    viewWanted ? projectId : null,
    () => earlyView.take(projectId!) ?? readProjectView(projectId!, VIEW_LIMITS),
    ['feedback', 'upsells', 'changeOrders', 'requests', 'waits'],
    null,
  );
  const screen = project ? view$.value : null;
  // Without a project, show what was logged from this very page. Nothing is read until the page
  // state says which project (if any): a read for the wrong filter only competes with the right one.
  const pageFeedback = useRecords('feedback', known && !project ? { limit: FEEDBACK_SHOWN } : null);
  const listNow = known && !project;
  const projects = useRecords('projects', listNow || (known && screen !== null) ? {} : null, {
    firstPage: listNow ? undefined : 0,
  });
  const orders = screen?.changeOrders ?? NO_ORDERS;

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
      ? orders
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
      feedback={
        project ? (screen?.feedback ?? NO_FEEDBACK) : pageFeedback.records.filter((f) => url && f.sourceUrl === url)
      }
      waits={screen?.waits ?? NO_WAITS}
      upsells={screen?.upsells ?? NO_UPSELLS}
      projectRequests={screen?.openAsks ?? NO_ASKS}
      openAskCount={screen?.openAskCount ?? null}
      onAssign={assign}
      setup={setup}
      approval={answered?.answer ? { coId: answered.co.id, coRef: formatCoRef(answered.co), ...answered.answer } : null}
      onApplyApproval={async (offer) => {
        const co = orders.find((o) => o.id === offer.coId);
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
      changeOrder={(ctx) => (
        <Suspense fallback={<p aria-busy="true">{t('sectionLoading')}</p>}>
          <ChangeOrderSection tabId={tab.tabId} {...ctx} />
        </Suspense>
      )}
      onAbsorb={absorbAsk}
      onSnoozeAsk={(ask) => snoozeAsk(ask, snoozeUntil(today(), 1))}
      insights={(project) => <InsightsSection project={project} waits={screen?.waits ?? null} />}
    />
  );
}
