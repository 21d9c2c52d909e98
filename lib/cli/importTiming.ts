// Timing a backup import on the options page's Data tab, for the benches (bench-ui, bench-import).
// The end is the moment the page puts the "Imported" status in its DOM, noted by the page itself,
// not the moment a poll from outside happens to see it:
// - Playwright's locator.waitFor looks again only every 500 ms once a wait has gone on a while, so
//   it read the end up to half a second late, in steps;
// - polling every animation frame is no better here: after a big write, headless Chromium's display
//   can hold the page's next frame back by up to a second (viz "ThrottleUndrawnFrames"), a pause
//   of the headless compositor, not of the page (whose main thread is idle meanwhile).
// So the bench notes Date.now() as it chooses the file, and the page notes performance.now() at the
// file input's change event and at the status; the end is taken on the page's clock, in wall time
// (performance.timeOrigin + performance.now(): the same system clock as Date.now()).
import type { Page } from 'playwright-core';

/** Call before choosing the file: the page notes the change event and the moment the status shows. */
export async function watchImport(page: Page): Promise<void> {
  // A string, not a function: tsx's helpers (__name) do not exist inside the page.
  await page.evaluate(`(() => {
    const w = window;
    document.addEventListener('change', () => {
      w.__importStart = performance.now();
      const seen = new MutationObserver(() => {
        const status = document.querySelector('[data-testid="data-status"]');
        if (status && /Imported|Nothing was imported/.test(status.textContent || '')) {
          w.__importEnd = performance.now();
          seen.disconnect();
        }
      });
      seen.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, { capture: true, once: true });
  })()`);
}

/**
 * Waits until the import's status is in the DOM (checked every 100 ms: when does not matter, the
 * page noted the moment); returns its text and that moment as wall-clock ms (comparable to Date.now()).
 */
export async function importStatus(page: Page, timeout = 600_000): Promise<{ text: string; endedAt: number }> {
  // A function (the extension page's CSP refuses a string here); anonymous, so tsx adds no helper to it.
  await page.waitForFunction(
    () => (window as unknown as { __importEnd?: number }).__importEnd !== undefined,
    undefined,
    {
      polling: 100,
      timeout,
    },
  );
  const endedAt = Number(await page.evaluate('performance.timeOrigin + window.__importEnd'));
  return { text: (await page.getByTestId('data-status').textContent()) ?? '', endedAt };
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
