// The background keeps one dynamic registration of the tickets script covering every granted
// self-hosted origin, and says so when the scripting API is missing.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { syncSelfHostedScripts } from '@/lib/background/selfHostedScripts';

type Registered = { id: string; matches: string[]; js: string[] };
let registered: Registered[] = [];
const holder = browser as unknown as { scripting?: unknown };
let original: unknown;

beforeEach(() => {
  fakeBrowser.reset();
  registered = [];
  original = holder.scripting;
  holder.scripting = {
    registerContentScripts: vi.fn(async (s: Registered[]) => void registered.push(...s)),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((r) => !ids.includes(r.id));
    }),
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      registered.filter((r) => ids.includes(r.id)),
    ),
  };
});
afterEach(() => {
  holder.scripting = original;
  vi.restoreAllMocks();
});

const JIRA = { origin: 'https://jira.acme.internal', site: 'jira' } as const;
const GHE = { origin: 'https://code.acme.internal:8443', site: 'github' } as const;

describe('syncSelfHostedScripts', () => {
  it('registers the tickets script for the granted origins only, replacing the previous registration', async () => {
    vi.spyOn(browser.permissions, 'contains').mockImplementation(
      async (p) => !p.origins?.includes('https://code.acme.internal/*'),
    );
    expect(await syncSelfHostedScripts([JIRA])).toBe('registered');
    expect(await syncSelfHostedScripts([JIRA, GHE])).toBe('registered');
    expect(registered).toEqual([
      {
        id: 'scopekeeper-self-hosted-tickets',
        matches: ['https://jira.acme.internal/*'],
        js: ['content-scripts/tickets.js'],
        runAt: 'document_idle',
      },
    ]);
  });

  it('unregisters when no origin is left', async () => {
    vi.spyOn(browser.permissions, 'contains').mockResolvedValue(true as never);
    await syncSelfHostedScripts([JIRA, GHE]);
    expect(registered[0]?.matches).toEqual(['https://jira.acme.internal/*', 'https://code.acme.internal/*']);
    expect(await syncSelfHostedScripts([])).toBe('none');
    expect(registered).toEqual([]);
  });

  it('reports a browser without the scripting API', async () => {
    holder.scripting = undefined;
    expect(await syncSelfHostedScripts([JIRA])).toBe('unavailable');
  });
});
