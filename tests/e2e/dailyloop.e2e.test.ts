// Issue 14 in real Chromium: what comes back to the AM. An overdue wait raises a notification and
// the toolbar count; a seeded approving reply in a sent change order's thread flips it to Approved
// in one click, the reply quoted in its history; Home lists every client.
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ROOT,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import {
  GMAIL_FIXTURES,
  GMAIL_THREAD_ID,
  GMAIL_THREAD_URL,
  importBackupFile,
} from '../../scripts/chromium/seedExtension';
import { buildSampleBackup } from '../../scripts/sample-data';
import { createRecord } from '@/lib/db/records';
import type { Client, Feedback, Project } from '@/lib/db/schemas';

let session: ExtensionSession;
let coId: string;
let waitId: string;

interface Chromeish {
  chrome: {
    action: { getBadgeText(d: object): Promise<string> };
    notifications: { getAll(): Promise<Record<string, boolean>> };
  };
}

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, GMAIL_FIXTURES);
  const backup = buildSampleBackup();
  const web = backup.stores.projects[0] as Project;
  const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();
  const co = createRecord('changeOrders', {
    projectId: web.id,
    number: 1,
    revision: 0,
    supersedesId: null,
    title: 'Product descriptions for 40 new SKUs',
    requestIds: [],
    askQuote: 'Could you also write the product descriptions for the 40 new SKUs?',
    askedBy: 'dana.whitfield@acmeoutdoor.com',
    sourceUrl: GMAIL_THREAD_URL,
    reason: 'Copywriting is excluded from the SOW.',
    affectedDeliverables: [],
    lines: [{ kind: 'fixed', role: '', hours: 0, rateCents: 0, amountCents: 240_000, description: 'Copy' }],
    expensesCents: 0,
    discount: { kind: 'percent', value: 0 },
    currency: 'USD',
    scheduleImpactDays: 0,
    assumptions: '',
    expiresOn: null,
    approver: 'Dana Whitfield',
    status: 'sent',
    history: [
      { status: 'draft', at: tenDaysAgo, note: '' },
      { status: 'sent', at: tenDaysAgo, note: '' },
    ],
    followUpOn: null,
    threadId: GMAIL_THREAD_ID,
  });
  coId = co.id;
  backup.stores.changeOrders.push(co);
  waitId = (backup.stores.waits[0] as { id: string }).id; // asked 6 days ago, no due day: overdue
  const dir = mkdtempSync(path.join(tmpdir(), 'scopekeeper-daily-'));
  const file = path.join(dir, 'backup.json');
  writeFileSync(file, JSON.stringify(backup));
  expect(await importBackupFile(session, file)).toMatch(/^Imported/);
});
afterAll(async () => {
  await session?.close();
});

describe('the daily loop', () => {
  it('counts what needs the AM today on the toolbar and notifies the overdue wait', async () => {
    const badge = () =>
      session.worker.evaluate(() => (globalThis as unknown as Chromeish).chrome.action.getBadgeText({}));
    // The overdue wait and the change order sent ten days ago with no answer.
    await expect.poll(badge, { timeout: 15_000 }).toBe('2');
    const notes = () =>
      session.worker.evaluate(() => (globalThis as unknown as Chromeish).chrome.notifications.getAll());
    await expect
      .poll(async () => Object.keys(await notes()).sort(), { timeout: 15_000 })
      .toEqual([`due:changeOrder:${coId}`, `due:wait:${waitId}`].sort());
  });

  let panel: Page;
  it('flips the change order to Approved in one click from the client’s reply, quoting it', async () => {
    const fixture = readFileSync(path.join(ROOT, GMAIL_FIXTURES['https://mail.google.com/mail/u/0/']), 'utf8');
    const approving = fixture.replace(
      'Great, Friday works for the catalogue pages.',
      'Approved, please go ahead with the product descriptions.',
    );
    expect(approving).not.toBe(fixture);
    const gmail = await session.context.newPage();
    await gmail.route(/^https:\/\/mail\.google\.com\//, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: approving }),
    );
    await gmail.goto(GMAIL_THREAD_URL);
    await gmail.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    panel = await session.openPage(`sidepanel.html?tab=${await tabIdOf(session, gmail)}`);
    const offer = panel.getByTestId('approval-offer');
    await offer.waitFor({ timeout: 15_000 });
    expect(await offer.getAttribute('data-decision')).toBe('approved');
    expect(await offer.textContent()).toContain('Approved, please go ahead with the product descriptions.');
    await panel.getByTestId('approval-apply').click();
    await offer.waitFor({ state: 'detached', timeout: 10_000 });
    const stored = await panel.evaluate(async (id) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('scopekeeper');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const row = await new Promise<{ status: string; history: { status: string; note: string }[] }>((resolve) => {
        const req = db.transaction('changeOrders').objectStore('changeOrders').get(id);
        req.onsuccess = () => resolve(req.result);
      });
      db.close();
      return row;
    }, coId);
    expect(stored.status).toBe('approved');
    expect(stored.history.at(-1)?.note).toContain('"Approved, please go ahead with the product descriptions."');
  });

  it('Home lists every client with its open asks, pending money and overdue waits', async () => {
    const options = await session.openPage('options.html?tab=home');
    const acme = options.getByTestId('home-row').filter({ hasText: 'Acme Outdoor Co.' });
    await acme.waitFor({ timeout: 10_000 });
    expect(await acme.getByTestId('home-waits').textContent()).toBe('1');
    // Approved: no longer money waiting on the client.
    expect(await acme.getByTestId('home-pending').textContent()).toBe('–');
    expect(await options.getByTestId('home-row').count()).toBe(2);
    // The mood of Acme's newest feedback (through the feedback-heads view) is the one every stored
    // entry gives: the newest live one naming Acme, or naming no client on its project.
    const { clients, feedback, projects } = await options.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('scopekeeper');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = <T>(store: string) =>
        new Promise<T[]>((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result as T[]);
        });
      const out = {
        clients: await all<Client>('clients'),
        // Feedback is stored in packs of records (lib/db/packs.ts).
        feedback: (await all<{ recs: Feedback[] }>('feedback')).flatMap((pack) => pack.recs),
        projects: await all<Project>('projects'),
      };
      db.close();
      return out;
    });
    const acmeId = clients.find((c) => c.name === 'Acme Outdoor Co.')!.id;
    const clientOf = new Map(projects.filter((p) => p.deletedAt === null).map((p) => [p.id, p.clientId]));
    const newest = feedback
      .filter((f) => f.deletedAt === null && (f.clientId ?? clientOf.get(f.projectId ?? '')) === acmeId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
      .at(-1)!;
    const labels = JSON.parse(readFileSync(path.join(ROOT, 'public/_locales/en/messages.json'), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const key = `sentiment${newest.sentiment[0]!.toUpperCase()}${newest.sentiment.slice(1)}`;
    expect(await acme.getByTestId('home-sentiment').textContent()).toBe(labels[key]!.message);
    await options.getByTestId('home-sort-client').click();
    expect(await options.getByTestId('home-row').first().textContent()).toContain('Acme Outdoor Co.');
  });
});
