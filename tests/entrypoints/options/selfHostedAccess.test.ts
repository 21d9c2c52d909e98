// The selfHosted setting is cleaned like every other one, and the options glue only saves an origin
// the user granted through the browser's prompt.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { defaultSettings, getSettings, sanitizeSettings, saveSettings } from '@/lib/settings';
import { addSelfHosted, removeSelfHosted } from '@/entrypoints/options/selfHostedAccess';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('sanitizeSettings: selfHosted', () => {
  it('defaults to none', () => {
    expect(defaultSettings().selfHosted).toEqual([]);
    expect(sanitizeSettings({}).selfHosted).toEqual([]);
  });

  it('keeps clean https origins of a known site, normalised and once each', () => {
    const s = sanitizeSettings({
      listBadges: false,
      selfHosted: [
        { origin: 'https://Jira.Acme.internal/', site: 'jira' },
        { origin: 'https://jira.acme.internal', site: 'github' }, // duplicate origin: the first wins
        { origin: 'https://code.acme.internal:8443', site: 'github' },
        { origin: 'http://plain.acme.internal', site: 'jira' },
        { origin: 'https://x.acme.internal/path', site: 'jira' },
        { origin: 'https://gitlab.acme.internal', site: 'gitlab' },
        { origin: 42, site: 'jira' },
        'https://loose.acme.internal',
        null,
      ],
    });
    expect(s.selfHosted).toEqual([
      { origin: 'https://jira.acme.internal', site: 'jira' },
      { origin: 'https://code.acme.internal:8443', site: 'github' },
    ]);
    expect(s.listBadges).toBe(false); // one bad field does not cost the others
  });

  it.each([null, 'https://jira.acme.internal', {}, 7])('a stored %j becomes []', (bad) => {
    expect(sanitizeSettings({ selfHosted: bad }).selfHosted).toEqual([]);
  });

  it('is saved as a whole list', async () => {
    await saveSettings({ selfHosted: [{ origin: 'https://jira.acme.internal', site: 'jira' }] });
    const saved = await saveSettings({ selfHosted: [] });
    expect(saved.selfHosted).toEqual([]);
  });
});

describe('options glue', () => {
  const entry = { origin: 'https://jira.acme.internal', site: 'jira' } as const;

  it('asks for the origin at once (user gesture) and saves it when granted', async () => {
    const request = vi.spyOn(browser.permissions, 'request').mockResolvedValue(true as never);
    const pending = addSelfHosted(entry);
    expect(request).toHaveBeenCalledTimes(1); // synchronously, before any await
    expect(request.mock.calls[0]![0].origins).toEqual(['https://jira.acme.internal/*']);
    const outcome = await pending;
    expect(outcome.ok).toBe(true);
    expect((await getSettings()).selfHosted).toEqual([entry]);
  });

  it('saves nothing when the user declines or the browser refuses', async () => {
    vi.spyOn(browser.permissions, 'request').mockResolvedValue(false as never);
    expect(await addSelfHosted(entry)).toMatchObject({ ok: false, error: expect.stringContaining('not granted') });
    vi.spyOn(browser.permissions, 'request').mockRejectedValue(new Error('not in the manifest'));
    expect(await addSelfHosted(entry)).toMatchObject({
      ok: false,
      error: expect.stringContaining('not in the manifest'),
    });
    expect((await getSettings()).selfHosted).toEqual([]);
  });

  it('removal forgets the origin and gives the access back', async () => {
    await saveSettings({ selfHosted: [entry, { origin: 'https://code.acme.internal', site: 'github' }] });
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(true as never);
    expect(await removeSelfHosted(entry.origin)).toEqual({ ok: true, note: null });
    expect(remove.mock.calls[0]![0].origins).toEqual(['https://jira.acme.internal/*']);
    expect((await getSettings()).selfHosted).toEqual([{ origin: 'https://code.acme.internal', site: 'github' }]);
  });
});
