// The last verdict per thread or ticket, for badges on inbox rows and board cards. One
// storage.session key per source: a verdict is one write of its own key, so two verdicts landing
// at the same moment cannot overwrite each other (a shared map read-modified-written could lose
// one). storage.session outlives the service worker (list badges survive a worker restart) and,
// unlike storage.local, is not readable by content scripts.
import { storage } from 'wxt/utils/storage';
import type { BadgeInfo } from '@/lib/messaging/protocol';

const verdictKey = (sourceId: string) => `session:verdict:${sourceId}` as const;

export async function rememberVerdict(badge: BadgeInfo): Promise<void> {
  const { sourceId, verdict, reason, note } = badge;
  await storage.setItem<BadgeInfo>(verdictKey(sourceId), { sourceId, verdict, reason, note });
}

export async function knownVerdicts(sourceIds: string[]): Promise<BadgeInfo[]> {
  if (sourceIds.length === 0) return [];
  const found = await storage.getItems(sourceIds.map(verdictKey));
  return found.flatMap(({ value }) => (value ? [value as BadgeInfo] : []));
}

/** Before verdicts moved to storage.session they were one storage.local map; drop it once. */
export async function dropLegacyVerdictMap(): Promise<void> {
  await storage.removeItem('local:verdicts');
}
