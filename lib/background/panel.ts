// Chrome's sidePanel and Firefox's sidebarAction differ, and each browser has only its own: guard both.
import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(opts: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(opts: { openPanelOnActionClick: boolean }): Promise<void>;
}
interface FirefoxSidebar {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | null {
  const g = globalThis as { chrome?: { sidePanel?: ChromeSidePanel } };
  return g.chrome?.sidePanel ?? null;
}

function firefoxSidebar(): FirefoxSidebar | null {
  return (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction ?? null;
}

/** Opens the side panel for a tab. Must run in response to a user gesture (badge click, menu). */
export async function openSidePanel(tabId: number | null): Promise<boolean> {
  try {
    const chromePanel = chromeSidePanel();
    if (chromePanel && tabId !== null) {
      await chromePanel.open({ tabId });
      return true;
    }
    const ff = firefoxSidebar();
    if (ff) {
      await ff.open();
      return true;
    }
  } catch (err) {
    console.warn('Scopekeeper: could not open the side panel', err);
  }
  return false;
}

export function configureSidePanel(): void {
  // The toolbar button opens the quick-log popup; the side panel opens from badges and the menu.
  chromeSidePanel()
    ?.setPanelBehavior({ openPanelOnActionClick: false })
    .catch(() => {});
}
