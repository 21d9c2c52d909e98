import { createRoot } from 'react-dom/client';
import '@/components/ui/ui.css';
import { localisePage } from '@/lib/i18n';
import { openDb } from '@/lib/db';
import { App } from './App';
import { RememberedSections } from './sectionMemory';
import { pinnedTabId } from '@/lib/hooks/pinnedTab';
import { prefetchPageState } from './usePageState';
import { prefetchAsks } from './useAsks';

localisePage('pageTitleSidepanel');

// The database opens while React renders the first frame, so the first screen's reads start sooner
// (a failure here is reported by those reads, which open it again).
openDb().catch(() => {});
// A panel pinned to a tab (opened from a badge) asks for that page's state, and then its asks, now:
// both answers are usually in by the time React has rendered the frame that shows them.
prefetchPageState(pinnedTabId(location.search))?.then(
  (r) => r.ok && prefetchAsks(r.data.sourceId ?? null),
  () => {},
);
createRoot(document.getElementById('root')!).render(
  <RememberedSections>
    <App />
  </RememberedSections>,
);
