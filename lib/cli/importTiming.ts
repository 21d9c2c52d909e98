// Timing a backup import on the options page's Data tab, for the benches (bench-ui, bench-import).
// Playwright's locator.waitFor looks again only every 500 ms once a wait has gone on for a while,
// so "time until the status shows" read through it comes out up to half a second late, in steps.
// Here the page itself notes the moment: the file input's change event and the frame in which the
// "Imported" status is in the DOM.
import type { Page } from 'playwright-core';

const DONE = /Imported|Nothing was imported/;

/** Call before choosing the file: the page notes the change event and the moment the status shows. */
export async function watchImport(page: Page): Promise<void> {
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  await page.evaluate(`(() => {
    const w = window;
    document.addEventListener('change', () => {
      w.__importStart = performance.now();
      const seen = new MutationObserver(() => {
        const status = document.querySelector('[data-testid="data-status"]');
        if (status && ${DONE}.test(status.textContent || '')) {
          w.__importEnd = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, { capture: true, once: true });
  })()`);
}

/** Waits, checking every frame, until the import's status shows; returns its text. */
export async function importStatus(page: Page, timeout = 600_000): Promise<string> {
  // A function (the extension page's CSP refuses a string here); anonymous, so tsx adds no helper to it.
  await page.waitForFunction(
    () =>
      /Imported|Nothing was imported/.test(document.querySelector('[data-testid="data-status"]')?.textContent ?? ''),
    undefined,
    { polling: 'raf', timeout },
  );
  return (await page.getByTestId('data-status').textContent()) ?? '';
}

/** Inside the page: ms from the change event to the status in the DOM (after importStatus). */
export async function importMsInPage(page: Page): Promise<number> {
  return Number(await page.evaluate('window.__importEnd - window.__importStart'));
}

/** The import's performance marks (entrypoints/options/downloads.ts, lib/db/backup.ts), each as ms after the one before. */
export async function importSteps(page: Page): Promise<[string, number][]> {
  return (await page.evaluate(`(() => {
    const w = window;
    const at = [['change', w.__importStart], ...performance.getEntriesByType('mark')
      .filter((m) => m.name.startsWith('import:'))
      .map((m) => [m.name.slice(7), m.startTime]), ['status shown', w.__importEnd]];
    return at.slice(1).map(([name, t], i) => [name, t - at[i][1]]);
  })()`)) as [string, number][];
}
