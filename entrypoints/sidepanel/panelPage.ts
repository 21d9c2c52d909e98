// PageState (background) -> PanelPage (what the side panel components show). Pure.
import type { PanelPage } from '@/components/sidepanel/types';
import type { PageState } from '@/lib/messaging/protocol';

export function panelPage(s: PageState): PanelPage {
  const kind = s.page?.type ?? (s.readable ? 'page' : null);
  return {
    tabId: s.tabId,
    url: s.url,
    title:
      s.page?.type === 'thread'
        ? s.page.subject
        : s.page?.type === 'ticket'
          ? `${s.page.key} ${s.page.title}`
          : s.readable?.title || s.title,
    sourceId: s.sourceId,
    kind,
    projectId: s.projectId,
    problem: problemText(s),
    summary: s.badge ? [s.badge.reason, s.badge.note].filter(Boolean).join(' · ') : null,
  };
}

function problemText(s: PageState): string | null {
  if (s.page || s.readable) return null;
  if (s.failure) {
    return (
      `Scopekeeper could not read this ${s.failure.site} ${s.failure.pageKind} (${s.failure.missing.join(', ')} not found): ` +
      'the site may have changed. “Analyse this page” reads its text instead.'
    );
  }
  if (!/^https?:/.test(s.url))
    return 'Open a client email in Gmail or a ticket in your project tool to see its asks here.';
  return 'This is not an email thread or ticket Scopekeeper reads. “Analyse this page” checks its text against a project’s SOW.';
}
