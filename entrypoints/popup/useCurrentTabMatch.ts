// For the popup: the current tab and the project the background matched it to, so the quick-log's
// client defaults to the page the AM is looking at.
import { useState } from 'react';
import { useReadEffect } from '@/lib/hooks/readEffect';
import { browser } from 'wxt/browser';
import type { Project } from '@/lib/db';
import { getRecord } from '@/lib/db';
import { api } from '@/lib/messaging/surfaceApi';
import { pinnedTabId } from '@/lib/hooks/pinnedTab';

export interface TabMatch {
  tab: { id: number; url: string; title: string } | null;
  project: Project | null;
}

/** `popup.html?tab=<id>` describes that tab (as the side panel's pin does), for tests. */
export function useCurrentTabMatch(search = location.search): TabMatch {
  const pinned = pinnedTabId(search);
  const [match, setMatch] = useState<TabMatch>({ tab: null, project: null });
  useReadEffect(() => {
    let alive = true;
    void (async () => {
      const [tab] =
        pinned === null
          ? await browser.tabs.query({ active: true, currentWindow: true })
          : [await browser.tabs.get(pinned)];
      if (!alive || tab?.id === undefined) return;
      const base = { id: tab.id, url: tab.url ?? '', title: tab.title ?? '' };
      setMatch({ tab: base, project: null });
      // The background knows the page's URL and title even where the popup may not (no tabs permission).
      const state = await api.pageState(tab.id);
      if (!alive || !state.ok) return;
      const project = state.data.projectId ? await getRecord('projects', state.data.projectId) : null;
      if (!alive) return;
      setMatch({
        tab: { id: tab.id, url: state.data.url || base.url, title: state.data.title || base.title },
        project: project && project.deletedAt === null ? project : null,
      });
    })().catch((err: unknown) => {
      // No such tab (closed, or a bad ?tab=): the quick-log still works without a default client.
      console.warn('[scopekeeper] could not read the current tab', err);
    });
    return () => {
      alive = false;
    };
  }, [pinned]);
  return match;
}
