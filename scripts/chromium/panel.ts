// Side-panel helpers for the real-Chromium tests and the demo: the panel's parts are collapsible
// sections (components/ui/Section, a <details> per part) that remember being open.
import type { Page } from 'playwright-core';
import type { SectionId } from '../../lib/ui/sections';

/** Opens a section unless it is open already (a click on an open one would close it). */
export async function openSection(page: Page, id: SectionId): Promise<void> {
  const details = page.getByTestId(`section-${id}`);
  await details.waitFor({ state: 'attached' });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open)))
    await details.locator(':scope > summary').click();
}

/** Whether a section is open. */
export function isSectionOpen(page: Page, id: SectionId): Promise<boolean> {
  return page.getByTestId(`section-${id}`).evaluate((d) => (d as HTMLDetailsElement).open);
}
