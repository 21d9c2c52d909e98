// The eight project tools, for the tickets content script (kept apart from gmail.ts so that bundle
// does not carry the Gmail adapter).
import { asana } from './asana';
import { basecamp } from './basecamp';
import { clickup } from './clickup';
import { github } from './github';
import { jira } from './jira';
import { linear } from './linear';
import { monday } from './monday';
import { trello } from './trello';
import type { SiteAdapter } from './types';

export const ticketAdapters: SiteAdapter[] = [jira, asana, trello, linear, github, clickup, monday, basecamp];
