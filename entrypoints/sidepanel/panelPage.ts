// PageState (background) -> PanelPage (what the side panel components show). Pure.
import type { PanelPage } from '@/components/sidepanel/types';
import type { PageState } from '@/lib/messaging/protocol';
import { pageKindLabel } from '@/lib/sites/pageKind';
import { t } from '@/lib/i18n';

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
    return t('problemUnreadable', {
      site: s.failure.site,
      page: pageKindLabel(s.failure.pageKind),
      missing: s.failure.missing.join(', '),
    });
  }
  if (!/^https?:/.test(s.url)) return t('problemNotWeb');
  return t('problemUnsupported');
}
