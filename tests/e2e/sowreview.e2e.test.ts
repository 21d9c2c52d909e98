// Issue 14 item 2 in real Chromium: a signed PDF SOW imports into a new project and the review shows
// each parsed item beside the SOW sentence it came from; focusing an item scrolls the SOW text to
// its highlighted words; a sentence selected with the mouse is marked as an exclusion, saved, and
// found in the stored project. Text with nothing to read still lets the AM mark items by hand.
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, type ExtensionSession } from '../../scripts/chromium/harness';

let session: ExtensionSession;
let options: Page;
beforeAll(async () => {
  session = await launchWithExtension();
  options = await session.openPage('options.html');
  // The welcome tab opened on install would keep this one in the background, painting once a second.
  await options.bringToFront();
});
afterAll(async () => {
  await session?.close();
});

const SENTENCE_START = 'Acme provides all final copy';
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The stored project named `name`, read from the extension's IndexedDB. */
async function storedProject(page: Page, name: string) {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('scopekeeper');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = await new Promise<{ name: string; scope: { exclusions: { id: string; title: string }[] } }[]>(
      (resolve) => {
        const req = db.transaction('projects').objectStore('projects').getAll();
        req.onsuccess = () => resolve(req.result);
      },
    );
    db.close();
    return all.find((p) => p.name === name) ?? null;
  }, name);
}

/** Is the element's box inside the SOW pane's visible area? */
const inPaneView = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const pane = document.querySelector('[data-testid="sow-source"]')!.getBoundingClientRect();
    const el = document.querySelector(selector);
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= pane.top - 1 && r.bottom <= pane.bottom + 1;
  }, selector);

describe('SOW review', () => {
  it('imports a PDF SOW and shows each parsed item beside its source sentence', async () => {
    // A short window, so the SOW pane scrolls.
    await options.setViewportSize({ width: 1280, height: 440 });
    await options.getByTestId('project-new').click();
    await options.getByTestId('project-client').fill('Acme Outdoor Co.');
    await options.getByTestId('project-domains').fill('acmeoutdoor.com');
    await options.getByTestId('project-name').fill('Acme rebuild (PDF)');
    await options.getByTestId('sow-file').setInputFiles(path.join(ROOT, 'tests/fixtures/sow/sample-sow.pdf'));
    await expect.poll(() => options.getByTestId('sow-deliverable').count(), { timeout: 20_000 }).toBe(8);
    expect(await options.getByTestId('sow-exclusion').count()).toBe(5);

    // The pane holds the imported text as text; every item quotes a sentence of it.
    const source = options.getByTestId('sow-source');
    const text = await options.getByTestId('project-sow').inputValue();
    expect(await source.textContent()).toBe(text.replace(/\r\n?/g, '\n'));
    const paneText = oneLine(text);
    const rows = options.locator('[data-testid="sow-deliverable"], [data-testid="sow-exclusion"]');
    for (const row of await rows.all()) {
      const id = await row.getAttribute('data-id');
      const quote = (await row.getByTestId('sow-item-source').textContent())!;
      expect(quote.startsWith('“') && quote.endsWith('”'), `${id}: ${quote}`).toBe(true);
      expect(paneText, `${id}'s sentence is in the SOW`).toContain(quote.slice(1, -1));
      expect(await source.locator(`mark[data-keys~="${id}"]`).count(), `${id} is highlighted`).toBeGreaterThan(0);
    }
    expect(await options.locator('[data-review-key="d1"]').getByTestId('sow-item-source').textContent()).toBe(
      '“Discovery: one stakeholder workshop, content inventory and sitemap.”',
    );
    // The assumptions are listed apart from the exclusions.
    expect(await options.getByTestId('sow-note').count()).toBe(2);
    const hours = options.locator('[data-figure="budgetHours"]').getByTestId('sow-figure-source');
    expect(await hours.textContent()).toContain('360 hours at USD 150 per hour');
  });

  it('focusing an item scrolls the SOW text to its highlighted words', async () => {
    await options.getByTestId('sow-source').evaluate((el) => (el.scrollTop = 0));
    // The last exclusion whose words are out of sight with the SOW text scrolled to the top.
    let id = '';
    for (const row of (await options.getByTestId('sow-exclusion').all()).reverse()) {
      const rowId = (await row.getAttribute('data-id'))!;
      if (!(await inPaneView(options, `[data-testid="sow-source"] mark[data-keys~="${rowId}"]`))) id = rowId;
    }
    expect(id, 'an exclusion below the fold of the SOW pane').not.toBe('');
    const mark = `[data-testid="sow-source"] mark[data-keys~="${id}"]`;
    await options
      .locator(`[data-review-key="${id}"]`)
      .getByRole('button', { name: `Edit exclusion ${id}` })
      .focus();
    await expect.poll(() => inPaneView(options, mark)).toBe(true);
    expect(await options.locator(mark).first().getAttribute('class')).toContain('sk-src-active');
    // And back: a click on a highlight shows its item.
    await options.locator('[data-testid="sow-source"] mark[data-keys~="d1"]').first().click();
    expect(await options.locator('[data-review-key="d1"]').getAttribute('data-active')).toBe('true');
  });

  it('marks a sentence selected with the mouse as an exclusion, and saves it with the project', async () => {
    const button = options.getByTestId('sow-mark-exclusion');
    expect(await button.isDisabled()).toBe(true);
    // The sentence's first and last characters on screen, then a real drag across them.
    const box = await options.getByTestId('sow-source').evaluate((pane, start) => {
      const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent!.indexOf(start);
        if (at < 0) continue;
        const end = n.textContent!.indexOf('.', at) + 1;
        pane.scrollTop = 0;
        (n.parentElement ?? pane).scrollIntoView({ block: 'center' });
        const rect = (from: number, to: number) => {
          const r = document.createRange();
          r.setStart(n, from);
          r.setEnd(n, to);
          return r.getBoundingClientRect();
        };
        const a = rect(at, at + 1);
        const b = rect(end - 1, end);
        return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 0.5, y2: b.top + b.height / 2 };
      }
      return null;
    }, SENTENCE_START);
    expect(box).not.toBeNull();
    await options.mouse.move(box!.x1, box!.y1);
    await options.mouse.down();
    await options.mouse.move(box!.x2, box!.y2, { steps: 8 });
    await options.mouse.up();
    const selected = await options.evaluate(() => document.getSelection()!.toString());
    expect(oneLine(selected)).toBe('Acme provides all final copy, product data and imagery.');
    await expect.poll(() => button.isEnabled()).toBe(true);
    await button.click();

    const added = options.locator('[data-testid="sow-exclusion"][data-id="x6"]');
    await added.waitFor();
    expect(await added.textContent()).toContain('Acme provides all final copy, product data and imagery');
    expect(await added.getByTestId('sow-item-source').textContent()).toBe(
      '“Acme provides all final copy, product data and imagery.”',
    );
    expect(oneLine((await options.locator('mark[data-keys~="x6"]').allTextContents()).join(''))).toBe(
      'Acme provides all final copy, product data and imagery.',
    );
    expect(await options.getByTestId('sow-mark-status').textContent()).toContain('Added exclusion x6');
    expect(await button.isDisabled()).toBe(true);

    await options.getByTestId('project-save').click();
    await expect
      .poll(() => options.getByTestId('project-row').filter({ hasText: 'Acme rebuild (PDF)' }).textContent())
      .toContain('6 exclusions');
    const saved = await storedProject(options, 'Acme rebuild (PDF)');
    expect(saved?.scope.exclusions).toContainEqual(
      expect.objectContaining({ id: 'x6', title: 'Acme provides all final copy, product data and imagery' }),
    );
    // Opened again, the saved exclusion is found in the SOW text.
    await options.getByRole('button', { name: 'Edit project Acme rebuild (PDF)' }).click();
    await options.locator('mark[data-keys~="x6"]').first().waitFor();
    await options.getByRole('button', { name: 'Cancel' }).click();
  });

  it('text with nothing to read: explains, and a sentence can still be marked by keyboard', async () => {
    await options.getByTestId('project-new').click();
    await options.getByTestId('project-client').fill('Globex');
    await options.getByTestId('project-name').fill('Globex retainer');
    await options
      .getByTestId('project-sow')
      .fill(
        'Dear Globex team,\nThank you for a great year. Our newsletter partnership goes on in 2027: one issue every month.',
      );
    await options.getByTestId('sow-parse').click();
    await options.getByTestId('sow-review-empty').waitFor();
    await options.getByTestId('sow-source').evaluate((pane) => {
      const n = pane.firstChild!;
      const at = n.textContent!.indexOf('one issue');
      document.getSelection()!.setBaseAndExtent(n, at, n, n.textContent!.length);
    });
    const mark = options.getByTestId('sow-mark-deliverable');
    await expect.poll(() => mark.isEnabled()).toBe(true);
    await mark.focus();
    await options.keyboard.press('Enter');
    const added = options.locator('[data-testid="sow-deliverable"][data-id="d1"]');
    await added.waitFor();
    expect(await added.textContent()).toContain('one issue every month');
    await expect.poll(() => added.evaluate((el) => el === document.activeElement), { timeout: 2000 }).toBe(true);
    await options.getByTestId('project-save').click();
    await expect
      .poll(async () => (await storedProject(options, 'Globex retainer'))?.scope)
      .toMatchObject({
        deliverables: [{ id: 'd1', title: 'one issue every month' }],
      });
  });
});
