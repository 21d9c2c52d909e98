import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { browser } from 'wxt/browser';
import { defaultSettings, getSettings, onSettingsChange, saveSettings } from '@/lib/settings';
import { SITE_IDS } from '@/lib/sites/ids';
import type { Settings } from '@/lib/settings';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('getSettings', () => {
  it('defaults to every site on, list badges on, no agency domains', async () => {
    const s = await getSettings();
    expect(s.listBadges).toBe(true);
    expect(s.agencyDomains).toEqual([]);
    expect(Object.keys(s.enabledSites).sort()).toEqual([
      'asana',
      'basecamp',
      'clickup',
      'github',
      'gmail',
      'jira',
      'linear',
      'monday',
      'trello',
    ]);
    expect(Object.values(s.enabledSites).every((on) => on === true)).toBe(true);
  });

  it('keeps the reminder, summary and email-template choices, dropping malformed ones', async () => {
    expect(await getSettings()).toMatchObject({
      reminders: true,
      weeklySummary: false,
      emailTemplate: '',
      signature: '',
    });
    await browser.storage.local.set({
      settings: { reminders: false, weeklySummary: 'yes', emailTemplate: 'Hi {{client_first_name}}', signature: 42 },
    });
    expect(await getSettings()).toMatchObject({
      reminders: false,
      weeklySummary: false,
      emailTemplate: 'Hi {{client_first_name}}',
      signature: '',
    });
  });

  it('falls back to the default for each malformed value, keeping the good ones', async () => {
    await browser.storage.local.set({
      settings: {
        enabledSites: { jira: false, gmail: 'no', evil: false },
        listBadges: 'yes',
        agencyDomains: ['@Studio.io ', 'studio.io', '', 42, 'not a domain', 'x.co'],
      },
    });
    const s = await getSettings();
    expect(s.enabledSites.jira).toBe(false);
    expect(s.enabledSites.gmail).toBe(true);
    expect('evil' in s.enabledSites).toBe(false);
    expect(s.listBadges).toBe(true);
    expect(s.agencyDomains).toEqual(['studio.io', 'x.co']);
  });

  it.each([null, 'text', 7, [], { enabledSites: [], agencyDomains: 'a.com' }])('survives stored %j', async (bad) => {
    await browser.storage.local.set({ settings: bad });
    expect(await getSettings()).toEqual(defaultSettings());
  });
});

describe('saveSettings', () => {
  it('merges a patch, per site for enabledSites, and persists it', async () => {
    await saveSettings({ enabledSites: { ...defaultSettings().enabledSites, trello: false } });
    const saved = await saveSettings({
      listBadges: false,
      enabledSites: { github: false } as Settings['enabledSites'],
    });
    expect(saved.enabledSites.trello).toBe(false);
    expect(saved.enabledSites.github).toBe(false);
    expect(saved.enabledSites.jira).toBe(true);
    expect(saved.listBadges).toBe(false);
    expect(await getSettings()).toEqual(saved);
  });

  it('cleans what it stores', async () => {
    const saved = await saveSettings({ agencyDomains: [' Agency.COM', 'agency.com'] });
    expect(saved.agencyDomains).toEqual(['agency.com']);
    expect(((await browser.storage.local.get('settings')).settings as Settings).agencyDomains).toEqual(['agency.com']);
  });
});

describe('onSettingsChange', () => {
  it('reports the new, sanitised settings until unsubscribed', async () => {
    const seen: Settings[] = [];
    const off = onSettingsChange((s) => seen.push(s));
    await saveSettings({ listBadges: false });
    await browser.storage.local.set({ unrelated: 1 });
    off();
    await saveSettings({ listBadges: true });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.listBadges).toBe(false);
    expect(SITE_IDS.every((id) => seen[0]?.enabledSites[id] === true)).toBe(true);
  });
});
