// Record counts per store as people read them ("3 clients"), e.g. in an import's summary.
import type { PluralKey } from '@/lib/i18n';
import { tn } from '@/lib/i18n';
import type { StoreName } from './schemas';

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

/** One store's count as people read it ("3 clients"); an unknown store shows its name. */
export function storeCount(store: string, count: number): string {
  const key = COUNT_KEY[store as StoreName];
  return key ? tn(key, count) : `${count} ${store}`;
}
