import { startContentRuntime } from '@/lib/content/start';
import { ticketAdapters } from '@/lib/sites/ticket-adapters';

export default defineContentScript({
  // Each adapter declares its hosts; the manifest's host permissions are checked against them in tests.
  matches: ticketAdapters.flatMap((a) => a.matches),
  runAt: 'document_idle',
  main(ctx) {
    startContentRuntime(ctx, ticketAdapters);
  },
});
