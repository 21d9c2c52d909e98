// `npm run bench`: every benchmark, printing numbers (never pass/fail timings inside tests).
import { benchScope } from './bench-scope';
import { benchInsights } from './bench-insights';
import { benchDom } from './bench-dom';
import { benchContent } from './bench-content';
import { benchUi } from './bench-ui';
import { benchBackground } from './bench-background';
import { benchUpgrade } from './bench-upgrade';

async function main(): Promise<void> {
  const sections: [string, () => string[] | Promise<string[]>][] = [
    ['Scope engine (Node)', benchScope],
    ['Insights aggregates (Node, 10,000 records)', () => benchInsights()],
    ['Content scripts in real Chromium', benchDom],
    ['Content runtime on a constantly changing page (real Chromium)', benchContent],
    ['Background under load: 20 tabs at once (real Chromium)', benchBackground],
    ['UI surfaces and backup import in real Chromium (10,000 and 100,000 records)', benchUi],
    ['Schema upgrade of a year of data (real Chromium, 10,000 records)', () => benchUpgrade()],
  ];
  for (const [title, run] of sections) {
    console.log(`\n== ${title}`);
    try {
      for (const line of await run()) console.log(line);
    } catch (err) {
      console.log(`skipped: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
}

void main();
