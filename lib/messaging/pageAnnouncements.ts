// Tell open extension pages (side panel) that a tab's page state changed.
const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('scopekeeper-pages');

export function announcePage(tabId: number): void {
  channel?.postMessage({ tabId });
}

export function onPageAnnounced(cb: (tabId: number) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const listener = new BroadcastChannel('scopekeeper-pages');
  listener.onmessage = (e: MessageEvent<{ tabId?: unknown }>) => {
    if (typeof e.data?.tabId === 'number') cb(e.data.tabId);
  };
  return () => listener.close();
}
