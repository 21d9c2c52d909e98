// The last verdict per thread or ticket, for badges on inbox rows and board cards. One
// storage.session key per source: a verdict is one write of its own key, so two verdicts landing
// at the same moment cannot overwrite each other (a shared map read-modified-written could lose
// one). storage.session outlives the service worker (list badges survive a worker restart) and,
// unlike storage.local, is not readable by content scripts (restrictSessionStorage makes that
// explicit). Each verdict remembers its site: a page of one site is only told that site's verdicts.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BadgeInfo } from '@/lib/messaging/protocol';

const verdictKey = (sourceId: string) => `session:verdict:${sourceId}` as const;
type StoredVerdict = BadgeInfo & { site: string };

export async function rememberVerdict(badge: BadgeInfo, site: string): Promise<void> {
  const { sourceId, verdict, reason, note, check } = badge;
  await storage.setItem<StoredVerdict>(verdictKey(sourceId), {
    sourceId,
    verdict,
    reason,
    note,
    site,
    ...(check ? { check } : {}),
  });
}

/** The stored verdicts of these sources on `site` (others, and other sites', are left out). */
export async function knownVerdicts(sourceIds: string[], site: string): Promise<BadgeInfo[]> {
  if (sourceIds.length === 0) return [];
  const found = await storage.getItems(sourceIds.map(verdictKey));
  return found.flatMap(({ value }) => {
    const v = value as StoredVerdict | null;
    if (!v || v.site !== site) return [];
    return [
      { sourceId: v.sourceId, verdict: v.verdict, reason: v.reason, note: v.note, ...(v.check ? { check: true } : {}) },
    ];
  });
}

/** Before verdicts moved to storage.session they were one storage.local map; drop it once. */
export async function dropLegacyVerdictMap(): Promise<void> {
  await storage.removeItem('local:verdicts');
}

/** Session storage (tab states, verdicts) for extension pages only, never content scripts. */
export async function restrictSessionStorage(): Promise<void> {
  const session = (browser.storage as { session?: { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> } })
    .session;
  try {
    await session?.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Browsers without access levels keep session storage from content scripts already.
  }
}
