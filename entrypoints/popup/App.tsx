// Popup container: quick-log wired to the current tab's match and the feedback store.
import { browser } from 'wxt/browser';
import { QuickLog } from '@/components/popup/QuickLog';
import { logFeedback } from '@/lib/forms/save';
import { useCurrentTabMatch } from './useCurrentTabMatch';
import { onFirstInput, preloadRecords, useRecords } from '@/lib/hooks/useRecords';
import { loadValidate } from '@/lib/db';

// The record schemas (zod) load when the person starts typing or clicking, not with the first screen.
onFirstInput(() => void loadValidate());

/** The quick log's recent entries. */
const RECENT = 5;
// The first screen's reads start with the page's code, not after React's first render.
preloadRecords('clients');
preloadRecords('feedback', { limit: RECENT });

export function App() {
  const { tab, project } = useCurrentTabMatch();
  const clients = useRecords('clients');
  const recent = useRecords('feedback', { limit: RECENT });
  const usable = tab && /^https?:/.test(tab.url) ? { url: tab.url, title: tab.title } : null;
  return (
    <QuickLog
      clients={clients.records}
      defaultClientId={project?.clientId ?? null}
      tab={usable}
      recent={recent.records}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      onSave={({ input, clientId, linkTab }) =>
        logFeedback({
          ...input,
          clientId,
          // The tab's project only when the feedback is about that project's client.
          projectId: project && project.clientId === clientId ? project.id : null,
          sourceUrl: linkTab && usable ? usable.url : null,
          sourceTitle: linkTab && usable ? usable.title : null,
        })
      }
    />
  );
}
