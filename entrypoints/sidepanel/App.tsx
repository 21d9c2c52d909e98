// Side panel container: follows the tab, asks the background for its page state, reads the
// project's records, and performs the panel's writes. The change-order editor (issue 6) and the
// insights (issue 7) plug into the `changeOrder` and `insights` props below.
import { browser } from 'wxt/browser';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import type { PanelState } from '@/components/sidepanel/types';
import { closeWait, logFeedback, noteUpsell, recordWait } from '@/lib/forms/save';
import { api } from '@/lib/messaging/surfaceApi';
import { panelPage } from './panelPage';
import { useActiveTab } from './useActiveTab';
import { useAsks } from './useAsks';
import { usePageState } from './usePageState';
import { useRecords } from '@/lib/hooks/useRecords';
import { absorbAsk } from './changeOrderActions';
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
  const feedback = useRecords('feedback', byProject ? { ...byProject, limit: 200 } : { limit: 200 });
  const waits = useRecords('waits', byProject);
  const upsells = useRecords('upsells', byProject);
  const requests = useRecords('requests', byProject);

  const state: PanelState =
    view.status === 'ready'
      ? { status: 'ready', page: panelPage(view.state) }
      : view.status === 'error'
        ? view
        : { status: 'loading' };
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
      projectRequests={requests.records}
      onAssign={async (projectId) => {
        if (tab.tabId === null) return t('noTabAssign');
        const r = await api.assignProject(tab.tabId, projectId);
        if (r.ok) replace(r.data);
        return r.ok ? null : r.error;
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
        recordWait({ ...w, ...owner, closedAt: null, threadId: null, sourceUrl: url || null, auto: false })
      }
      onCloseWait={(w) => void closeWait(w)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      changeOrder={(ctx) => <ChangeOrderSection tabId={tab.tabId} {...ctx} />}
      onAbsorb={absorbAsk}
      insights={(project) => <InsightsSection project={project} />}
    />
  );
}
