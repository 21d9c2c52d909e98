import { startContentRuntime } from '@/lib/content/start';
import { gmail } from '@/lib/sites/gmail';
import { openReplyAndInsert } from '@/lib/sites/gmail-compose';

export default defineContentScript({
  matches: [...gmail.matches],
  runAt: 'document_idle',
  main(ctx) {
    startContentRuntime(ctx, [gmail], { compose: openReplyAndInsert });
  },
});
