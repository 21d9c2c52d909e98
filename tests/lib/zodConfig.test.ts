// The extension's schemas parse without compiling code (Firefox's add-on lint counts the Function
// constructor as eval; extension CSP forbids it): zod is jitless wherever a schema module is loaded.
import { describe, expect, it, vi } from 'vitest';

describe('zod configuration', () => {
  it('is jitless once the message protocol is loaded, and parses without the Function constructor', async () => {
    vi.resetModules();
    const { requestSchemas } = await import('@/lib/messaging/protocol');
    const { z } = await import('zod');
    expect(z.config().jitless).toBe(true);
    const spy = vi.spyOn(globalThis, 'Function');
    try {
      for (let i = 0; i < 3; i++) requestSchemas['panel:state'].parse({ tabId: i });
      expect(spy).not.toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
