// The list-badge verdict store: concurrent writes keep each other, a restarted service worker
// (fresh module state) still answers, and content scripts cannot read it (it is not in storage.local).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { BadgeInfo } from '@/lib/messaging/protocol';

const badge = (sourceId: string, verdict: BadgeInfo['verdict'] = 'out_of_scope'): BadgeInfo => ({
  sourceId,
  verdict,
  reason: `${sourceId} judged`,
  note: null,
});

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
});

describe('verdict store', () => {
  it('keeps both of two verdicts that land at the same moment', async () => {
    const { knownVerdicts, rememberVerdict } = await import('@/lib/background/verdicts');
    await Promise.all([
      rememberVerdict(badge('thread-a'), 'gmail'),
      rememberVerdict(badge('ACME-7', 'in_scope'), 'gmail'),
    ]);
    expect(await knownVerdicts(['thread-a', 'ACME-7', 'nope'], 'gmail')).toEqual([
      badge('thread-a'),
      badge('ACME-7', 'in_scope'),
    ]);
  });

  it('keeps the Check mark of an unsure verdict', async () => {
    const { knownVerdicts, rememberVerdict } = await import('@/lib/background/verdicts');
    await rememberVerdict({ ...badge('ACME-9', 'in_scope'), check: true }, 'jira');
    expect(await knownVerdicts(['ACME-9'], 'jira')).toEqual([{ ...badge('ACME-9', 'in_scope'), check: true }]);
  });

  it('answers after a service-worker restart (fresh module state)', async () => {
    const first = await import('@/lib/background/verdicts');
    await first.rememberVerdict(badge('thread-b'), 'gmail');
    vi.resetModules();
    const restarted = await import('@/lib/background/verdicts');
    expect(restarted).not.toBe(first);
    expect(await restarted.knownVerdicts(['thread-b'], 'gmail')).toEqual([badge('thread-b')]);
  });

  it('lives in storage.session, which content scripts cannot read, and drops the old local map', async () => {
    const { dropLegacyVerdictMap, rememberVerdict } = await import('@/lib/background/verdicts');
    await fakeBrowser.storage.local.set({ verdicts: { x: badge('x') } });
    await rememberVerdict(badge('thread-c'), 'gmail');
    await dropLegacyVerdictMap();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.session.get('verdict:thread-c')).toEqual({
      'verdict:thread-c': { ...badge('thread-c'), site: 'gmail' },
    });
  });

  it("tells a page only its own site's verdicts", async () => {
    const { knownVerdicts, rememberVerdict } = await import('@/lib/background/verdicts');
    await rememberVerdict(badge('thread-d'), 'gmail');
    await rememberVerdict(badge('ACME-9'), 'jira');
    expect(await knownVerdicts(['thread-d', 'ACME-9'], 'jira')).toEqual([badge('ACME-9')]);
  });
});
