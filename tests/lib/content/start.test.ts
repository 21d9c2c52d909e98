import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startContentRuntime, type RuntimeCtx } from '@/lib/content/start';
import { gmail } from '@/lib/sites/gmail';
import { fixturePath } from '../sites/load';
import { showDocument, verdictFor } from './harness';

function fakeCtx(): RuntimeCtx & { invalidate(): void } {
  const callbacks: (() => void)[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  return {
    onInvalidated: (cb) => callbacks.push(cb),
    setInterval: (h, ms) => {
      const t = setInterval(h, ms);
      timers.push(t);
      return 0;
    },
    setTimeout: (h, ms) => {
      timers.push(setTimeout(h, ms));
      return 0;
    },
    invalidate() {
      for (const t of timers) clearInterval(t);
      for (const cb of callbacks) cb();
    },
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  showDocument(readFileSync(fixturePath('gmail', 'thread-out-of-scope'), 'utf8'));
  history.replaceState(null, '', '/');
});

describe('startContentRuntime', () => {
  it('badges on start, answers page:reread, and undoes everything on invalidation', async () => {
    const sent: string[] = [];
    fakeBrowser.runtime.onMessage.addListener((msg: unknown) => {
      const type = (msg as { type: string }).type;
      sent.push(type);
      if (type === 'page:read') return Promise.resolve({ ok: true, data: verdictFor('1931f3be4c51da14') });
      return undefined;
    });
    const ctx = fakeCtx();
    // happy-dom's location is not Gmail's; point the runtime at a Gmail URL through the adapter list.
    const rt = startContentRuntime(ctx, [{ ...gmail, page: () => 'thread' }]);
    await vi.waitFor(() => expect(document.querySelectorAll('scopekeeper-badge')).toHaveLength(1));
    expect(sent).toContain('page:read');
    expect(rt.readNow()?.ok).toBe(true);
    // The side panel's page:reread is answered as every Chrome from 114 reads an answer: `true`
    // now, the reply through sendResponse (a returned promise reaches the sender only from 144).
    const sendResponse = vi.fn();
    // The fake's trigger is typed for two arguments; it passes every argument to the listeners.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const returned = await trigger({ type: 'page:reread', payload: {} }, {}, sendResponse);
    expect(returned).toContain(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ ok: true, data: { failure: null } });
    ctx.invalidate();
    expect(document.querySelectorAll('scopekeeper-badge')).toHaveLength(0);
    expect(rt.stopped).toBe(true);
  });
});
