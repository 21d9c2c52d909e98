// Page reports come from content scripts, which a compromised renderer controls. The message map
// (messageSenders) already refused extension-only types from them; this checks that a report is
// about the sender's own tab, from a page whose adapter is the site the report claims.
import { adapterFor } from '@/lib/sites/registry';
import type { SiteId } from '@/lib/sites/types';
import type { Sender } from '@/lib/messaging/receive';
import { keptSettings } from './keptSettings';

export class SenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SenderError';
  }
}

/** The sender's tab id, if its URL is a page of `site`; otherwise a SenderError (the report is dropped). */
export async function assertOwnPage(sender: Sender, site: SiteId): Promise<number> {
  if (sender.tabId === null || !sender.url) throw new SenderError('Page reports are accepted only from a tab.');
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    throw new SenderError('The sender has no valid page URL.');
  }
  const { selfHosted } = await keptSettings();
  const adapter = adapterFor(url, selfHosted);
  if (adapter?.id !== site) {
    throw new SenderError(`A ${site} report from a ${adapter?.id ?? 'unsupported'} page was refused.`);
  }
  return sender.tabId;
}
