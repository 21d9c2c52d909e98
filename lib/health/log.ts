// Site health the user can see: the background logs every page an adapter failed to read (with the
// names of the selectors that missed and, for the newest failure per site, a text-free structure
// report) and when each site was last read well; the options page's Sites section shows both.
import { storage } from 'wxt/utils/storage';
import { storedCopy } from '@/lib/storedCopy';

export interface FailureLog {
  at: string;
  url: string;
  site: string;
  pageKind: string;
  missing: string[];
  /** lib/dom/skeleton.ts's report; kept on the newest failure of each site only. */
  structure?: string;
}

const FAILURES_KEY = 'adapterFailures';
const READS_KEY = 'siteReads';

/** The last 50 adapter failures, so a broken selector is visible rather than silent. */
export const failureLog = storage.defineItem<FailureLog[]>(`local:${FAILURES_KEY}`, { fallback: [], version: 1 });

/** Site id -> ISO time a page of it was last read well. */
export const siteReads = storage.defineItem<Record<string, string>>(`local:${READS_KEY}`, {
  fallback: {},
  version: 1,
});

export async function logFailure(entry: FailureLog): Promise<void> {
  const list = (await failureLog.getValue()).slice(-49);
  // Reports are big: an older failure of the same site gives its report up to the new one.
  const kept = entry.structure ? list.map((e) => (e.site === entry.site ? { ...e, structure: undefined } : e)) : list;
  await failureLog.setValue([...kept, entry]);
}

/** A site read well again this soon after its noted read is not written again. */
const NOTE_AGAIN_AFTER_MS = 60_000;
const knownReads = storedCopy(READS_KEY, () => siteReads.getValue());
const knownFailures = storedCopy(FAILURES_KEY, () => failureLog.getValue());
/** One note at a time: two sites' notes at once would each write the map without the other's. */
let noting: Promise<void> = Promise.resolve();

/**
 * Notes that a page of `site` was read well at `at`. Every page read calls it, so the worker keeps
 * copies of both logs and writes only when the Sites tab would show something new: a read a minute
 * or more after the noted one (it shows minutes), or a good read after a failure. A write wakes
 * the content script of every open tab (each follows storage.onChanged for its settings), and
 * twenty tabs loading at once wrote it on every read.
 */
export function noteSiteRead(site: string, at = new Date().toISOString()): Promise<void> {
  const note = noting.then(() => writeSiteRead(site, at));
  noting = note.catch(() => undefined);
  return note;
}

async function writeSiteRead(site: string, at: string): Promise<void> {
  const [reads, failures] = await Promise.all([knownReads.get(), knownFailures.get()]);
  const prior = reads[site];
  if (prior !== undefined) {
    const noted = Date.parse(prior);
    const sinceNoted = Date.parse(at) - noted;
    const failedSince = failures.some((f) => f.site === site && Date.parse(f.at) > noted);
    if (sinceNoted >= 0 && sinceNoted < NOTE_AGAIN_AFTER_MS && !failedSince) return;
  }
  const next = { ...reads, [site]: at };
  await siteReads.setValue(next);
  knownReads.replace(next);
}
