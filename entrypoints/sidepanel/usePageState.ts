// The background's view of a tab, asked for again when the tab navigates, when the background
// announces new results for it, or when projects/clients change (the match may change).
import { useCallback, useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import { onDbChange } from '@/lib/db';
import { onPageAnnounced } from '@/lib/messaging/pageAnnouncements';
import type { PageState } from '@/lib/messaging/protocol';
import { api } from '../../lib/messaging/surfaceApi';
import { t } from '@/lib/i18n';
import { earlyRead } from '@/lib/hooks/earlyRead';

export type PageStateView =
  { status: 'loading' } | { status: 'error'; error: string } | { status: 'ready'; state: PageState };

/** The first tab's page state, asked for before React's first render (main.tsx); used once. */
const early = earlyRead((tabId: number) => api.pageState(tabId));

/** Starts the first page-state request for the panel's tab while its code still starts up. */
export const prefetchPageState = (tabId: number | null) => early.start(tabId);

export function usePageState(tabId: number | null, version: number) {
  const [view, setView] = useState<{ key: string; value: PageStateView }>({ key: '', value: { status: 'loading' } });
  const key = `${tabId}:${version}`;

  useReadEffect(() => {
    if (tabId === null) return;
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = (first = false) =>
      ((first && early.take(tabId)) || api.pageState(tabId)).then((r) => {
        if (!alive) return;
        setView({ key, value: r.ok ? { status: 'ready', state: r.data } : { status: 'error', error: r.error } });
      });
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void read(), 100);
    };
    // The early answer (main.tsx) is for the first tab the panel shows; taken once, so a later run
    // of this effect (a navigation, another tab) asks afresh.
    void read(true);
    const offPage = onPageAnnounced((id) => id === tabId && soon());
    const offDb = onDbChange((c) => (c.store === 'projects' || c.store === 'clients') && soon());
    return () => {
      alive = false;
      clearTimeout(timer);
      offPage();
      offDb();
    };
  }, [tabId, key, version]);

  /** Replies to analyse / assign carry the new state: show it without another round trip. */
  const replace = useCallback((state: PageState) => setView({ key, value: { status: 'ready', state } }), [key]);
  const current: PageStateView =
    tabId === null
      ? { status: 'error', error: t('noTabDescribe') }
      : view.key === key
        ? view.value
        : view.value.status === 'ready'
          ? view.value // keep showing the last page while the new one loads (no flash)
          : { status: 'loading' };
  return { view: current, replace };
}
