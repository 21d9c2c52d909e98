// The side panel looks up its tab (unless pinned), asks for its page state and then its asks before
// React renders: the hooks take each early answer once, for what it was asked for, and ask afresh
// otherwise.
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as Db from '@/lib/db';
import { fakeBrowser } from 'wxt/testing';

const pageState = vi.fn();
vi.mock('@/lib/messaging/surfaceApi', () => ({ api: { pageState: (tabId: number) => pageState(tabId) } }));

const findRequestsBySource = vi.fn();
vi.mock('@/lib/db', async (importOriginal) => ({
  ...(await importOriginal<typeof Db>()),
  findRequestsBySource: (id: string) => findRequestsBySource(id),
}));

const { prefetchPageState, usePageState } = await import('@/entrypoints/sidepanel/usePageState');
const { prefetchAsks, useAsks } = await import('@/entrypoints/sidepanel/useAsks');
const { prefetchActiveTab, useActiveTab } = await import('@/entrypoints/sidepanel/useActiveTab');

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

  it("looks up the unpinned panel's active tab once, before React; the hook takes it and then follows the window", async () => {
    const getCurrent = vi
      .spyOn(fakeBrowser.windows, 'getCurrent')
      .mockResolvedValue({ id: 7 } as Awaited<ReturnType<typeof fakeBrowser.windows.getCurrent>>);
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 42 }] as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>);
    expect(await prefetchActiveTab()).toBe(42);
    const { result } = renderHook(() => useActiveTab(''));
    await waitFor(() => expect(result.current.tabId).toBe(42));
    expect(query).toHaveBeenCalledTimes(1);
    expect(query).toHaveBeenCalledWith({ active: true, windowId: 7 });
    expect(result.current.pinned).toBe(false);
    // A second panel looks it up afresh: the early answer is spent.
    const again = renderHook(() => useActiveTab(''));
    await waitFor(() => expect(again.result.current.tabId).toBe(42));
    expect(query).toHaveBeenCalledTimes(2);
    getCurrent.mockRestore();
    query.mockRestore();
  });

  it("takes the early page state for the active tab's first state (its version is 1 once found)", async () => {
    await prefetchPageState(42);
    const { result } = renderHook(() => usePageState(42, 1));
    await waitFor(() => expect(result.current.view.status).toBe('ready'));
    expect(pageState).toHaveBeenCalledTimes(1);
  });
});
