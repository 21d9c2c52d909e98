import { startContentRuntime } from '@/lib/content/start';
import { ticketAdapters } from '@/lib/sites/ticket-adapters';

export default defineContentScript({
  matches: [
    'https://*.atlassian.net/*',
    'https://app.asana.com/*',
    'https://trello.com/*',
    'https://linear.app/*',
    'https://github.com/*',
    'https://app.clickup.com/*',
    'https://*.monday.com/*',
    'https://3.basecamp.com/*',
  ],
  runAt: 'document_idle',
  main(ctx) {
    startContentRuntime(ctx, ticketAdapters);
  },
});
