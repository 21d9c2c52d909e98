// Change notices. Writers call announce(); listeners in this context are called directly, and one
// BroadcastChannel carries the notice to every other extension page (side panel, popup, options,
// service worker). A channel never hears its own posts, so nothing is delivered twice.
import type { StoreName } from './storeNames';
import { STORE_NAMES } from './storeNames';

export interface DbChange {
  store: StoreName;
  ids: string[];
}
type Listener = (change: DbChange) => void;

export const CHANNEL_NAME = 'scopekeeper-db';
const listeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function isChange(data: unknown): data is DbChange {
  if (data === null || typeof data !== 'object') return false;
  const { store, ids } = data as Record<string, unknown>;
  return STORE_NAMES.includes(store as StoreName) && Array.isArray(ids) && ids.every((id) => typeof id === 'string');
}

const versions = new Map<StoreName, number>();
/**
 * How many changes to `store` this page has heard of: a read made at one version is current while
 * the version stays the same (useRecords keeps finished reads by it). Call watchChanges() first so
 * other pages' writes are heard.
 */
export const storeVersion = (store: StoreName): number => versions.get(store) ?? 0;

/** Starts hearing other pages' writes (without a listener of one's own). */
export function watchChanges(): void {
  getChannel();
}

function deliver(change: DbChange): void {
  versions.set(change.store, storeVersion(change.store) + 1);
  for (const cb of [...listeners]) {
    try {
      cb(change);
    } catch (err) {
      // One broken surface must not stop the others from refreshing.
      console.error('[scopekeeper] db change listener failed', err);
    }
  }
}

function getChannel(): BroadcastChannel | null {
  if (channel || typeof BroadcastChannel === 'undefined') return channel;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = (event: MessageEvent) => {
    if (isChange(event.data)) deliver({ store: event.data.store, ids: [...event.data.ids] });
  };
  // Node (tests, CLI) would otherwise keep the process alive for an open channel.
  (channel as unknown as { unref?: () => void }).unref?.();
  return channel;
}

export function announce(store: StoreName, ids: string[]): void {
  if (ids.length === 0) return;
  const change: DbChange = { store, ids };
  getChannel()?.postMessage(change);
  deliver({ store, ids: [...ids] });
}

/** Calls cb for every write in any extension page; returns the unsubscribe function. */
export function onDbChange(cb: Listener): () => void {
  getChannel(); // start listening for other pages' writes
  listeners.add(cb);
  return () => {
    listeners.delete(cb);
  };
}

/** Tests: drop listeners and the channel so each test starts clean. */
export function resetChangesForTests(): void {
  listeners.clear();
  channel?.close();
  channel = null;
}
