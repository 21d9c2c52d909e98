// The side panel asks for a pinned tab's page state (and then its asks) before React renders:
// the hooks take that early answer once, for the tab it was asked for, and ask afresh otherwise.
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Db from '@/lib/db';

const pageState = vi.fn();
vi.mock('@/lib/messaging/surfaceApi', () => ({ api: { pageState: (tabId: number) => pageState(tabId) } }));

const findRequestsBySource = vi.fn();
vi.mock('@/lib/db', async (importOriginal) => ({
  ...(await importOriginal<typeof Db>()),
  findRequestsBySource: (id: string) => findRequestsBySource(id),
}));

const { prefetchPageState, usePageState } = await import('@/entrypoints/sidepanel/usePageState');
const { prefetchAsks, useAsks } = await import('@/entrypoints/sidepanel/useAsks');

const state = (tabId: number) => ({ ok: true, data: { tabId, sourceId: `thread-${tabId}` } });

beforeEach(() => {
  pageState.mockReset().mockImplementation(async (tabId: number) => state(tabId));
  findRequestsBySource.mockReset().mockResolvedValue([]);
});
afterEach(cleanup);

describe('side panel first-screen prefetch', () => {
  it('uses the early page state for its tab once, without asking the background again', async () => {
    const early = prefetchPageState(3);
    expect(pageState).toHaveBeenCalledTimes(1);
    await early;
    const { result } = renderHook(() => usePageState(3, 0));
    await waitFor(() => expect(result.current.view.status).toBe('ready'));
    expect(pageState).toHaveBeenCalledTimes(1);
    // A second panel (or a remount) asks afresh: the early answer is spent.
    const again = renderHook(() => usePageState(3, 0));
    await waitFor(() => expect(again.result.current.view.status).toBe('ready'));
    expect(pageState).toHaveBeenCalledTimes(2);
  });

  it('asks afresh for another tab than the one prefetched', async () => {
    prefetchPageState(3);
    const { result } = renderHook(() => usePageState(4, 0));
    await waitFor(() => expect(result.current.view.status).toBe('ready'));
    expect(pageState.mock.calls.map(([id]) => id)).toEqual([3, 4]);
    if (result.current.view.status === 'ready') expect(result.current.view.state.tabId).toBe(4);
  });

  it('uses the early asks for their thread once; another thread is read afresh', async () => {
    const ask = { id: 'a1', askedAt: '2026-12-01T00:00:00Z', createdAt: '2026-12-01T00:00:00Z' };
    findRequestsBySource.mockResolvedValueOnce([ask]);
    prefetchAsks('thread-3');
    const { result } = renderHook(() => useAsks('thread-3'));
    await waitFor(() => expect(result.current.asks.map((a) => a.id)).toEqual(['a1']));
    expect(result.current.read).toBe(true);
    expect(findRequestsBySource).toHaveBeenCalledTimes(1);

    prefetchAsks('thread-3');
    renderHook(() => useAsks('thread-9'));
    await waitFor(() => expect(findRequestsBySource).toHaveBeenCalledWith('thread-9'));
  });
});
