// The interface in German, in real Chromium started in German (--lang=de, LANGUAGE=de): the side
// panel (with each action form and the change-order editor open), the popup and every options tab
// show German, and no English message of the catalogue is left anywhere in their text, labels or
// titles. Seeded records (client names, asks, notes) are data and stay as typed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../lib/i18n/catalogue';
import {
  ROOT,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import { openSection } from '../../scripts/chromium/panel';
import { GMAIL_FIXTURES, GMAIL_THREAD_URL, seedSampleData } from '../../scripts/chromium/seedExtension';

const catalogue = (lang: string): Catalogue =>
  JSON.parse(readFileSync(path.join(ROOT, 'public/_locales', lang, 'messages.json'), 'utf8')) as Catalogue;
const en = catalogue('en');
const de = catalogue('de');

/**
 * What would give away an English message: its literal pieces between placeholders. Pieces of
 * several words are searched anywhere in the text; a one-word message (a button, a heading) only
 * as a whole text node or label, so "Save" in a client's note is not mistaken for the button.
 */
const englishTells = Object.keys(en)
  .filter((key) => en[key]!.message !== de[key]!.message)
  .flatMap((key) =>
    en[key]!.message.split(/\$\w+\$/)
      .map((piece) => piece.trim().replace(/^[\s:;,.()“”"]+|[\s:;,.()“”"]+$/g, ''))
      // A piece the German message shares (a brand, a code) gives nothing away.
      .filter((piece) => /\p{L}{2}/u.test(piece) && !de[key]!.message.includes(piece))
      .map((piece) => ({ key, piece, whole: !/\s/.test(piece) })),
  );

/** Every piece of text a person meets on the page: text nodes, labels, titles, placeholders, options. */
async function shownTexts(page: Page): Promise<{ nodes: string[]; all: string }> {
  const nodes = await page.evaluate(() => {
    const out: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const parent = n.parentElement;
      // translate="no": a document's own words shown for review (the SOW text and its quoted sentences).
      if (!parent || parent.closest('script,style,[hidden],[translate="no"]')) continue;
      // A textarea's text node is its initial value: a form value (the brief), checked separately.
      if (parent.closest('textarea')) continue;
      const text = n.textContent?.trim();
      if (text) out.push(text);
    }
    for (const el of document.querySelectorAll('[aria-label],[title],[placeholder]'))
      for (const attr of ['aria-label', 'title', 'placeholder']) {
        const v = el.getAttribute(attr)?.trim();
        if (v) out.push(v);
      }
    return out;
  });
  return { nodes, all: nodes.join('\n') };
}

async function englishLeft(page: Page): Promise<string[]> {
  const { nodes, all } = await shownTexts(page);
  const whole = new Set(nodes);
  return englishTells
    .filter((t) => (t.whole ? whole.has(t.piece) : all.includes(t.piece)))
    .map((t) => `${t.key}: "${t.piece}"`);
}

let session: ExtensionSession;
let gmail: Page;
let tabId = -1;
beforeAll(async () => {
  session = await launchWithExtension({ lang: 'de' });
  await serveFixtures(session.context, GMAIL_FIXTURES);
  await seedSampleData(session);
  gmail = await session.context.newPage();
  await gmail.goto(GMAIL_THREAD_URL);
  await gmail.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
  tabId = await tabIdOf(session, gmail);
});
afterAll(async () => {
  await session?.close();
});

describe('started in German', () => {
  it('the browser itself reports German to the extension', async () => {
    const page = await session.openPage('options.html');
    const lang = await page.evaluate(() =>
      (globalThis as unknown as { chrome: { i18n: { getUILanguage(): string } } }).chrome.i18n.getUILanguage(),
    );
    expect(lang).toMatch(/^de\b/);
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(/^de\b/);
    expect(await page.title()).toBe(de.pageTitleOptions!.message);
    await page.close();
  });

  it('the badge in Gmail and its reason are in German', async () => {
    const badge = gmail.locator('scopekeeper-badge[data-verdict="out_of_scope"]').first();
    await badge.waitFor({ state: 'attached' });
    const button = badge.locator('.b');
    expect(await button.textContent()).toBe('Außerhalb des Umfangs');
    expect(await button.getAttribute('aria-label')).toMatch(/^Scopekeeper: Außerhalb des Umfangs\. .*Anfrage/s);
  });

  it('side panel: asks, every action form and the change-order editor in German', async () => {
    const panel = await session.openPage(`sidepanel.html?tab=${tabId}`);
    const ask = panel.locator('[data-testid="ask"][data-verdict="out_of_scope"]').first();
    await ask.waitFor({ timeout: 15_000 });
    await panel.getByText(/^Anfragen auf dieser Seite \(\d+\)$/).waitFor();
    expect(await ask.locator('.sk-verdict').textContent()).toBe('Außerhalb des Umfangs');
    const left: string[] = [];
    for (const action of ['feedback', 'upsell', 'wait']) {
      await panel.getByTestId(`action-${action}`).click();
      await panel.locator('form.sk-card').first().waitFor();
      left.push(...(await englishLeft(panel)).map((x) => `${action} form: ${x}`));
    }
    await panel.getByTestId('action-change-order').click();
    await expect.poll(() => panel.getByTestId('co-title').inputValue(), { timeout: 10_000 }).not.toBe('');
    await panel.getByTestId('co-section').getByText('Nachträge dieses Projekts').waitFor();
    await panel.getByTestId('co-next').click(); // step 2, sending, in German too
    await panel.getByTestId('co-email-preview').waitFor();
    await openSection(panel, 'brief');
    await panel.getByTestId('brief-generate').click();
    await panel.getByTestId('brief-text').waitFor();
    left.push(...(await englishLeft(panel)).map((x) => `change order: ${x}`));
    // The brief is generated text the AM edits: it is written in German too.
    const brief = await panel.getByTestId('brief-text').inputValue();
    expect(brief).toMatch(/^# Briefing \d+: /);
    expect(brief).toContain('## Was der Kunde möchte');
    expect(left).toEqual([]);
    await panel.close();
  });

  it('popup: the quick-log in German', async () => {
    const popup = await session.openPage(`popup.html?tab=${tabId}`);
    await popup.getByTestId('quicklog-note').waitFor();
    await popup.getByRole('heading', { name: 'Kundenfeedback erfassen' }).waitFor();
    await popup.getByTestId('quicklog-recent').waitFor();
    expect(await englishLeft(popup)).toEqual([]);
    await popup.close();
  });

  it('welcome: the first-run page in German', async () => {
    const welcome = await session.openPage('welcome.html');
    await welcome.getByRole('heading', { name: de.welcomeTitle!.message }).waitFor();
    expect(await englishLeft(welcome)).toEqual([]);
    await welcome.close();
  });

  it('options: every tab, and a project open for editing, in German', async () => {
    const options = await session.openPage('options.html');
    await options.getByTestId('project-row').first().waitFor({ timeout: 10_000 });
    const left: string[] = [];
    await options
      .getByTestId('project-row')
      .first()
      .getByRole('button', { name: /bearbeiten$/ })
      .click();
    await options.getByTestId('project-sow').waitFor();
    await options.getByText('Umfang laut Leistungsbeschreibung').waitFor();
    left.push(...(await englishLeft(options)).map((x) => `projects: ${x}`));
    for (const tab of ['home', 'clients', 'overview', 'settings', 'sites', 'data']) {
      await options.getByTestId(`tab-${tab}`).click();
      await options.locator(`#panel-${tab}`).waitFor();
      if (tab === 'overview') await options.getByTestId('overview').waitFor({ timeout: 15_000 });
      left.push(...(await englishLeft(options)).map((x) => `${tab}: ${x}`));
    }
    await options.getByTestId('tab-data').click();
    await options.getByText('Sicherung und Export').waitFor();
    expect(left).toEqual([]);
    await options.close();
  });
});
