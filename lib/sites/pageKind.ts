// Page kinds as people read them ("could not read this jira ticket"); unknown kinds show as stored.
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

const PAGE_KIND: Record<string, MessageKey> = {
  thread: 'pageKindThread',
  ticket: 'pageKindTicket',
  list: 'pageKindList',
  page: 'pageKindPage',
};

export function pageKindLabel(kind: string): string {
  const key = PAGE_KIND[kind];
  return key ? t(key) : kind;
}
