// Site health the user can see: the background logs every page an adapter failed to read (with the
// names of the selectors that missed and, for the newest failure per site, a text-free structure
// report) and when each site was last read well; the options page's Sites section shows both.
import { storage } from 'wxt/utils/storage';

export interface FailureLog {
  at: string;
  url: string;
  site: string;
  pageKind: string;
  missing: string[];
  /** lib/dom/skeleton.ts's report; kept on the newest failure of each site only. */
  structure?: string;
}

/** The last 50 adapter failures, so a broken selector is visible rather than silent. */
export const failureLog = storage.defineItem<FailureLog[]>('local:adapterFailures', { fallback: [], version: 1 });

/** Site id -> ISO time a page of it was last read well. */
export const siteReads = storage.defineItem<Record<string, string>>('local:siteReads', { fallback: {}, version: 1 });

export async function logFailure(entry: FailureLog): Promise<void> {
  const list = (await failureLog.getValue()).slice(-49);
  // Reports are big: an older failure of the same site gives its report up to the new one.
  const kept = entry.structure ? list.map((e) => (e.site === entry.site ? { ...e, structure: undefined } : e)) : list;
  await failureLog.setValue([...kept, entry]);
}

export async function noteSiteRead(site: string, at = new Date().toISOString()): Promise<void> {
  const reads = await siteReads.getValue();
  if (reads[site] === at) return;
  await siteReads.setValue({ ...reads, [site]: at });
}
