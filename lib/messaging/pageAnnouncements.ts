// "This tab's page state changed": the background says it after judging a page, the side panel
// listens and asks for the new state. Both sides import this module; no channel is opened until
// something is announced or listened for, so importing it costs nothing.
const CHANNEL = 'scopekeeper-pages';
let sender: BroadcastChannel | null = null;

export function announcePage(tabId: number): void {
  if (typeof BroadcastChannel === 'undefined') return;
  if (!sender) {
    sender = new BroadcastChannel(CHANNEL);
    // Node (tests) would otherwise stay alive for an open channel.
    (sender as unknown as { unref?: () => void }).unref?.();
  }
  sender.postMessage({ tabId });
}

export function onPageAnnounced(cb: (tabId: number) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  // A channel never hears its own posts, so the listener has its own.
  const listener = new BroadcastChannel(CHANNEL);
  listener.onmessage = (e: MessageEvent<{ tabId?: unknown }>) => {
    if (typeof e.data?.tabId === 'number') cb(e.data.tabId);
  };
  return () => listener.close();
}
