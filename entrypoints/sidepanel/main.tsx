import { createRoot } from 'react-dom/client';
import '@/components/ui/ui.css';
import { localisePage } from '@/lib/i18n';
import { openDb } from '@/lib/db';
import { App } from './App';
import { RememberedSections } from './sectionMemory';
import { pinnedTabId } from '@/lib/hooks/pinnedTab';
import { prefetchPageState } from './usePageState';
import { prefetchAsks } from './useAsks';
import { prefetchActiveTab } from './useActiveTab';
import { renderWhenRead } from '@/lib/hooks/firstRender';

localisePage('pageTitleSidepanel');

// The database opens with the page's code, so the first screen's reads start sooner (a failure
// here is reported by those reads, which open it again).
openDb().catch(() => {});
// The tab the panel describes (pinned with ?tab=, else its window's active tab), that page's state
// and then its asks are asked for now, before React renders.
const pinned = pinnedTabId(location.search);
const firstScreen = (pinned !== null ? Promise.resolve(pinned) : prefetchActiveTab())
  .then((tabId) => prefetchPageState(tabId))
  .then((r) => r?.ok && prefetchAsks(r.data.sourceId ?? null))
  .catch(() => {}); // each hook asks again, and reports a failure

// The first frame shows the page's asks (lib/hooks/firstRender says why).
renderWhenRead(
  () =>
    createRoot(document.getElementById('root')!).render(
      <RememberedSections>
        <App />
      </RememberedSections>,
    ),
  firstScreen,
);
