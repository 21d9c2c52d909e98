// Reads done once and shared until the stores they read change. Several readers in one context ask
// for the same thing: the side panel, its change-order and insights sections; the options page and
// its Home tab; in the service worker, every page and board message (the projects and clients they
// are matched against, the project's corrections they are judged with). Identical reads share one
// IndexedDB query, and a finished read is reused until one of its stores changes (storeVersion moves
// on every write heard, this context's or another page's) or the connection it came through is
// dropped. Every caller gets the same value: read it, never change it.
import { storeVersion, watchChanges } from './changes';
import { connectionGeneration } from './open';
import { listRecords, type ListOptions } from './records';
import { listCorrectedRequests } from './requests';
import type { DetectedRequest, RecordOf, StoreName } from './schemas';

const shared = new Map<string, { version: string; value: Promise<unknown> }>();
/** A few dozen reads at most (the oldest goes first): a panel moving between projects must not pile them up. */
const SHARED_MAX = 32;

/** `read`, shared under `id` while none of `stores` changes. */
function sharedRead<T>(id: string, stores: readonly StoreName[], read: () => Promise<T>): Promise<T> {
  watchChanges();
  const version = [connectionGeneration(), ...stores.map(storeVersion)].join(':');
  const hit = shared.get(id);
  if (hit?.version === version) return hit.value as Promise<T>;
  const value = read();
  shared.delete(id);
  shared.set(id, { version, value });
  for (const old of shared.keys()) {
    if (shared.size <= SHARED_MAX) break;
    shared.delete(old);
  }
  value.catch(() => shared.get(id)?.value === value && shared.delete(id)); // a failed read is not kept
  return value;
}

/** `listRecords`, shared. */
export function sharedList<S extends StoreName>(store: S, opts: ListOptions = {}): Promise<RecordOf<S>[]> {
  return sharedRead(`list|${store}|${JSON.stringify(opts)}`, [store], () => listRecords(store, opts));
}

/** `listCorrectedRequests`, shared: every board message and page judgment of a project reads them. */
export function sharedCorrectedRequests(projectId: string): Promise<DetectedRequest[]> {
  return sharedRead(`corrected|${projectId}`, ['requests'], () => listCorrectedRequests(projectId));
}
