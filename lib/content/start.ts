// Wires the runtime to a WXT content-script context: navigation, messages, settings, invalidation.
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/messaging/send';
import { answering } from '@/lib/messaging/listen';
import { getSettings, onSettingsChange } from '@/lib/settings';
import { removeAllBadges } from '@/lib/dom/badge';
import type { SiteAdapter } from '@/lib/sites/types';
import type { ContentRuntime } from './runtime';
import { attachRuntime } from './attach';
import { CONTENT_MESSAGES, handleMessage, type ComposeInsert } from './messages';

/** The subset of WXT's ContentScriptContext we use (a plain object in tests). */
export interface RuntimeCtx {
  onInvalidated(cb: () => void): unknown;
  setInterval(handler: () => void, ms?: number): number;
  setTimeout(handler: () => void, ms?: number): number;
}

export interface StartOptions {
  compose?: ComposeInsert;
}

export function startContentRuntime(ctx: RuntimeCtx, adapters: SiteAdapter[], opts: StartOptions = {}): ContentRuntime {
  // Read settings once and then follow changes: a pass runs after every burst of DOM mutations.
  let settings = getSettings();
  const { rt, run, stop } = attachRuntime(window, ctx, adapters, {
    send: sendToBackground,
    getSettings: () => settings,
    fetcher: (input, init) => fetch(input, init),
    graceMs: 4000,
  });
  const cleanups: (() => void)[] = [stop];
  try {
    // Answer only our own requests; `undefined` lets other listeners in this tab reply.
    const filtered = answering((msg) => (isOurs(msg) ? handleMessage(rt, msg, opts.compose ?? null) : undefined));
    browser.runtime.onMessage.addListener(filtered);
    cleanups.push(() => browser.runtime.onMessage.removeListener(filtered));
    cleanups.push(
      onSettingsChange((next) => {
        settings = Promise.resolve(next);
        rt.reset();
        run();
      }),
    );
  } catch {
    // A dead extension context (update, disable) must not break the page.
  }
  ctx.onInvalidated(() => {
    rt.stopped = true;
    for (const c of cleanups) {
      try {
        c();
      } catch {
        /* context already gone */
      }
    }
    removeAllBadges(document);
  });
  run();
  return rt;
}

function isOurs(msg: unknown): boolean {
  const t = (msg as { type?: unknown } | null)?.type;
  return typeof t === 'string' && CONTENT_MESSAGES.has(t);
}
