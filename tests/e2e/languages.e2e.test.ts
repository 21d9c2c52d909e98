// A client who writes in German, in real Chromium: the Gmail thread's latest message rewritten in
// German (the dated capture's markup kept), judged by the built extension against the sample
// project's English SOW. The side panel lists the German ask with its verdict and quotes it in the
// client's own words, not the engine's English gloss.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, launchWithExtension, tabIdOf, type ExtensionSession } from '../../scripts/chromium/harness';
import { openGmailThread, seedSampleData } from '../../scripts/chromium/seedExtension';

const GERMAN_ASK = 'Könnten Sie bitte auch die Produktbeschreibungen für die 40 neuen Artikel schreiben?';

/** `html` with `from` replaced by `to`; a capture that no longer holds `from` fails loudly. */
function swap(html: string, from: string, to: string): string {
  if (!html.includes(from)) throw new Error(`the capture no longer holds: ${from}`);
  return html.replace(from, () => to);
}

function germanThread(): string {
  let html = readFileSync(path.join(ROOT, 'tests/fixtures/gmail/thread-out-of-scope.2026-11-28.html'), 'utf8');
  html = swap(
    html,
    'Great, Friday works for the catalogue pages.',
    'Hallo Jess, Freitag passt gut für die Katalogseiten.',
  );
  html = swap(
    html,
    "One more thing while you're at it: we're launching 40 new SKUs in March. Could you also write the product descriptions for the 40 new SKUs? Around 80 words each, same tone as the catalogue. Marco can send the spec sheets this week.",
    `Noch etwas: Im März bringen wir 40 neue Artikel auf den Markt. ${GERMAN_ASK} Jeweils etwa 80 Wörter, im selben Ton wie der Katalog. Marco schickt Ihnen diese Woche die Datenblätter.`,
  );
  return swap(html, '<div>Thanks so much,</div>', '<div>Vielen Dank und viele Grüße,</div>');
}

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchWithExtension();
  await seedSampleData(session);
});
afterAll(async () => {
  await session?.close();
});

describe('a client who writes in German', () => {
  it('the side panel lists the German ask as Out of scope, quoted as the client wrote it', async () => {
    const body = germanThread();
    expect(body).toContain(GERMAN_ASK);
    expect(body).not.toContain('Could you also write the product descriptions');
    const gmail = await session.context.newPage();
    await openGmailThread(gmail, body);
    const tabId = await tabIdOf(session, gmail);

    const panel = await session.openPage(`sidepanel.html?tab=${tabId}`);
    const ask = panel.locator('[data-testid="ask"]').filter({ hasText: 'Produktbeschreibungen' }).first();
    await ask.waitFor({ timeout: 20_000 });
    expect(await ask.getAttribute('data-verdict')).toBe('out_of_scope');
    const quoted = (await ask.locator('blockquote').textContent()) ?? '';
    expect(quoted).toContain('Könnten Sie bitte auch die Produktbeschreibungen');
    // The gloss the engine read ("could you please also ... write") never reaches the page.
    expect(quoted).not.toMatch(/could you/i);
  });
});
