// The project tools' adapters, for the tickets content script: every site but Gmail, which has its
// own script (so this bundle does not carry the Gmail adapter). The map is typed by SITE_IDS: a
// site id without its adapter here does not compile. `npm run new-site` adds the lines.
import { asana } from './asana';
import { basecamp } from './basecamp';
import { clickup } from './clickup';
import { github } from './github';
import { jira } from './jira';
import { linear } from './linear';
import { monday } from './monday';
import { trello } from './trello';
import { SITE_IDS, type SiteId } from './ids';
import type { SiteAdapter } from './types';

type TicketSiteId = Exclude<SiteId, 'gmail'>;

const BY_ID: Record<TicketSiteId, SiteAdapter> = {
  jira,
  asana,
  trello,
  linear,
  github,
  clickup,
  monday,
  basecamp,
};

export const ticketAdapters: SiteAdapter[] = SITE_IDS.filter((id): id is TicketSiteId => id !== 'gmail').map(
  (id) => BY_ID[id],
);
