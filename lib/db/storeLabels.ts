// Record counts per store as people read them ("3 clients, 1 project"), e.g. after an import.
import type { PluralKey } from '@/lib/i18n';
import { t, tn } from '@/lib/i18n';
import type { StoreName } from './schemas';
import { STORE_NAMES } from './schemas';

const COUNT_KEY = {
  clients: 'countClients',
  projects: 'countProjects',
  requests: 'countRequests',
  feedback: 'countFeedback',
  changeOrders: 'countChangeOrders',
  upsells: 'countUpsells',
  waits: 'countWaits',
  briefs: 'countBriefs',
} as const satisfies Record<StoreName, PluralKey>;

export function importCounts(counts: Record<StoreName, number>): string {
  return STORE_NAMES.map((s) => tn(COUNT_KEY[s], counts[s] ?? 0)).join(t('listSeparator'));
}
