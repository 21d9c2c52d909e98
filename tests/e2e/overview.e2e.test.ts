// Insights in real Chromium: an agency's records for two projects go in through a backup import;
// the options Overview tab shows each project's numbers, charts that keep their size as data
// arrives, and CSV files; the side panel beside a Gmail thread writes, saves and renumbers a brief.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BackupFile } from '@/lib/db/backup';
import { createRecord, type NewFields } from '@/lib/db/records';
import type { ChangeOrder, Client, Project, RecordOf, StoreName } from '@/lib/db/schemas';
import { buildSampleBackup } from '../../scripts/sample-data';
import {
  ROOT,
  launchWithExtension,
  serveFixtures,
  tabIdOf,
  type ExtensionSession,
} from '../../scripts/chromium/harness';
import { openSection } from '../../scripts/chromium/panel';
import { GMAIL_FIXTURES, GMAIL_THREAD_URL, importBackupFile } from '../../scripts/chromium/seedExtension';

const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
const dayAgo = (days: number) => ago(days).slice(0, 10);
const NOTE = 'Checkout page feels slow on mobile';

/** A record as if written `days` ago (createRecord stamps the present). */
function rec<S extends StoreName>(store: S, fields: NewFields<S>, days: number): RecordOf<S> {
  return { ...createRecord(store, fields), createdAt: ago(days), updatedAt: ago(days) };
}

const time = (role: string, hours: number, rateCents: number) => ({
  kind: 'time' as const,
  role,
  hours,
  rateCents,
  amountCents: 0,
  description: `${role} time`,
});

function changeOrder(project: Project, fields: Partial<ChangeOrder>, days: number): ChangeOrder {
  const status = fields.status ?? 'draft';
  return rec(
    'changeOrders',
    {
      projectId: project.id,
      number: 1,
      revision: 0,
      supersedesId: null,
      title: 'Change',
      requestIds: [],
      askQuote: '',
      askedBy: 'dana.whitfield@acmeoutdoor.com',
      sourceUrl: null,
      reason: 'Not in the SOW',
      affectedDeliverables: [],
      lines: [],
      expensesCents: 0,
      discount: { kind: 'amount', value: 0 },
      currency: project.scope.currency ?? 'USD',
      scheduleImpactDays: 0,
      assumptions: '',
      expiresOn: null,
      approver: 'Dana Whitfield',
      history: [{ status, at: ago(days), note: '' }],
      followUpOn: null,
      threadId: null,
      ...fields,
      status,
    },
    days,
  );
}

/** The sample backup (Acme website rebuild) plus a second project and a quarter's worth of records. */
function buildBackup(): BackupFile {
  const backup = buildSampleBackup();
  const s = backup.stores as { [K in StoreName]: RecordOf<K>[] };
  const globex = s.clients.find((c) => c.name.startsWith('Globex')) as Client;
  const web = s.projects[0] as Project;
  const brand = createRecord('projects', {
    clientId: globex.id,
    name: 'Globex brand refresh',
    status: 'active',
    sowText: '',
    scope: { ...web.scope, deliverables: [], exclusions: [], budgetHours: 120, currency: 'EUR' },
    rateCard: [{ role: 'Designer', rateCents: 12_000 }],
    links: [],
    threadIds: [],
  });
  s.projects.push(brand);

  // Acme: approved 14 h ($2,250) + revision 1 of CO-002 approved 6 h ($1,341 after 10%); its
  // superseded revision 0 must not count as pending. Pending: CO-003 8 h. Rejected: CO-004 12 h.
  const co1 = changeOrder(
    web,
    {
      number: 1,
      title: 'Size guide pages',
      status: 'approved',
      lines: [time('Developer', 10, 16_500), time('Designer', 4, 15_000)],
    },
    12,
  );
  const co2v0 = changeOrder(
    web,
    { number: 2, title: 'Gift cards', status: 'sent', lines: [time('Developer', 6, 16_500)] },
    9,
  );
  const co2 = changeOrder(
    web,
    {
      number: 2,
      revision: 1,
      supersedesId: co2v0.id,
      title: 'Gift cards',
      status: 'approved',
      lines: [time('Developer', 6, 16_500), { ...time('Fixed', 0, 0), kind: 'fixed', amountCents: 50_000 }],
      discount: { kind: 'percent', value: 10 },
    },
    5,
  );
  const co3 = changeOrder(
    web,
    { number: 3, title: 'Loyalty widget', status: 'sent', lines: [time('Developer', 8, 16_500)] },
    2,
  );
  const co4 = changeOrder(
    web,
    { number: 4, title: 'Multi-currency', status: 'rejected', lines: [time('Designer', 12, 15_000)] },
    20,
  );
  const coB = changeOrder(
    brand,
    {
      number: 1,
      title: 'Extra logo lockups',
      status: 'approved',
      currency: 'EUR',
      lines: [time('Designer', 5, 12_000)],
    },
    6,
  );
  s.changeOrders.push(co1, co2v0, co2, co3, co4, coB);

  const ask = (project: Project, text: string, days: number, extra: Partial<RecordOf<'requests'>> = {}) =>
    rec(
      'requests',
      {
        projectId: project.id,
        source: {
          site: 'gmail',
          kind: 'thread',
          id: `seed-thread-${days}`,
          url: `https://mail.google.com/mail/u/0/#inbox/seed${days}`,
          title: 'Re: storefront',
          messageId: null,
        },
        askText: text,
        from: 'dana.whitfield@acmeoutdoor.com',
        askedAt: ago(days),
        verdict: 'out_of_scope',
        scopeRef: 'new',
        confidence: 0.8,
        reason: 'Not in the SOW',
        matchedText: null,
        correction: null,
        changeOrderId: null,
        absorbed: null,
        snoozedUntil: null,
        ...extra,
      },
      days,
    );
  s.requests.push(
    ask(web, 'Could you add size guide pages?', 13, { changeOrderId: co1.id }),
    ask(web, 'Can you tweak the footer links?', 3, { absorbed: { valueCents: 45_000, note: 'goodwill', at: ago(3) } }),
    ask(web, 'Please resize the banner for Instagram', 17, { absorbed: { valueCents: 30_000, note: '', at: ago(17) } }),
    ask(web, 'Could we also get a store locator?', 1),
    ask(web, 'Fix the typo on the about page', 4, { verdict: 'in_scope', scopeRef: 'd4' }),
    ask(brand, 'Could you also do the packaging?', 8),
  );

  const note = (
    project: Project,
    kind: RecordOf<'feedback'>['kind'],
    sentiment: RecordOf<'feedback'>['sentiment'],
    text: string,
    days: number,
  ) =>
    rec(
      'feedback',
      {
        clientId: project.clientId,
        projectId: project.id,
        kind,
        sentiment,
        note: text,
        sourceUrl: null,
        sourceTitle: null,
      },
      days,
    );
  s.feedback.push(
    note(web, 'complaint', 'negative', NOTE, 9),
    note(web, 'approval', 'positive', 'Approved the homepage wireframe', 16),
    note(web, 'question', 'neutral', 'Can we launch before the holidays?', 2),
    note(brand, 'praise', 'positive', 'Love the new palette', 4),
  );

  const upsell = (project: Project, title: string, stage: RecordOf<'upsells'>['stage'], valueCents: number) =>
    rec(
      'upsells',
      { clientId: project.clientId, projectId: project.id, title, stage, valueCents, note: '', sourceUrl: null },
      5,
    );
  s.upsells.push(
    upsell(web, 'Email templates', 'pitched', 800_000),
    upsell(web, 'Care plan', 'won', 500_000),
    upsell(web, 'Native app', 'lost', 300_000),
    upsell(brand, 'Brand guidelines book', 'identified', 200_000),
  );

  const wait = (project: Project, what: string, askedDays: number, closedDays: number | null) =>
    rec(
      'waits',
      {
        clientId: project.clientId,
        projectId: project.id,
        what,
        askedOn: dayAgo(askedDays),
        dueBy: null,
        closedAt: closedDays === null ? null : ago(closedDays),
        threadId: `seed-wait-${what.length}`,
        sourceUrl: null,
        auto: true,
        snoozedUntil: null,
      },
      askedDays,
    );
  s.waits.push(
    wait(web, 'Access to the Shopify admin', 3, null),
    wait(web, 'Sign-off on the product template', 12, 10),
    wait(web, 'Shipping rates spreadsheet', 20, 15),
    wait(brand, 'Current brand assets', 9, 5),
  );
  return backup;
}

function writeBackup(backup: BackupFile, name: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'scopekeeper-overview-')), name);
  writeFileSync(file, JSON.stringify(backup));
  return file;
}

async function importOk(file: string): Promise<void> {
  const text = await importBackupFile(session, file);
  if (!text.startsWith('Imported')) throw new Error(`Seeding failed: ${text}`);
}

/** Every chart's box in the project panels: [x, y, width, height]. */
const chartBoxes = (page: Page) =>
  page
    .locator('[data-testid="overview-project"] [data-testid="overview-chart"]')
    .evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [r.x, r.y, r.width, r.height]));

async function expectText(locator: Locator, text: string): Promise<void> {
  await expect
    .poll(async () => (await locator.textContent({ timeout: 10_000 })) ?? '', { timeout: 10_000 })
    .toContain(text);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious or critical axe violations in light and dark mode (as in the workspace e2e). */
async function axeProblems(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const problems: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const violations = await page.evaluate(async () => {
      type Axe = { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
      return (await (globalThis as unknown as { axe: Axe }).axe.run()).violations;
    });
    for (const v of violations)
      if (v.impact === 'serious' || v.impact === 'critical')
        problems.push(`${colorScheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }
  await page.emulateMedia({ colorScheme: null });
  return problems;
}

/** Hours as the English browser the harness starts shows them (Intl: "20 hr"). */
const hours = (h: number) => new Intl.NumberFormat('en-US', { style: 'unit', unit: 'hour' }).format(h);
let session: ExtensionSession;
const backup = buildBackup();

beforeAll(async () => {
  session = await launchWithExtension();
  await serveFixtures(session.context, GMAIL_FIXTURES);
});
afterAll(async () => {
  await session?.close();
});

describe('project overview', () => {
  let options: Page;

  it('charts keep their size while the data arrives', async () => {
    // First only the clients and projects: every chart is empty ("nothing yet").
    const bare = { ...backup, stores: { ...backup.stores } };
    for (const store of Object.keys(bare.stores) as StoreName[])
      if (store !== 'clients' && store !== 'projects') bare.stores[store] = [];
    await importOk(writeBackup(bare, 'bare.json'));
    options = await session.openPage('options.html');
    await options.getByTestId('tab-overview').click();
    await expect.poll(() => options.getByTestId('overview-project').count()).toBe(2);
    // Really before the data: the weekly charts say so.
    expect(await options.getByTestId('overview-chart').filter({ hasText: 'nothing yet' }).count()).toBe(6);
    const before = await chartBoxes(options);
    expect(before).toHaveLength(8);
    for (const [, , w, h] of before) expect([w, h]).toEqual([320, 140]);

    // The rest arrives while the tab is open (another page imports; the overview re-reads).
    await importOk(writeBackup(backup, 'full.json'));
    const acme = options.getByTestId('overview-project').filter({ hasText: 'Acme website rebuild' });
    await expectText(acme, '$3,591.00');
    const after = await chartBoxes(options);
    await options.screenshot({ path: path.join(ROOT, 'test-output', 'overview.png'), fullPage: true });
    expect(after.map(([, , w, h]) => [w, h])).toEqual(before.map(([, , w, h]) => [w, h]));
    // Nothing above the first chart grows, so it does not move either.
    expect(after[0]).toEqual(before[0]);
  });

  it('shows each project’s numbers as charts and tables', async () => {
    const projects = options.getByTestId('overview-project');
    expect(await projects.count()).toBe(2);
    const acme = projects.nth(0);
    const globex = projects.nth(1);
    await expectText(acme.getByRole('heading', { level: 2 }), 'Acme website rebuild · Acme Outdoor Co.');
    await expectText(globex.getByRole('heading', { level: 2 }), 'Globex brand refresh · Globex Foods');
    expect(await acme.getByTestId('overview-chart').count()).toBe(4);
    expect(await acme.getByTestId('overview-table').count()).toBe(7);

    // Hours: 360 contracted, 14 + 6 added by approved change orders (+6%), 5 absorbed ($750.00 at
    // the Designer's $150.00), 8 pending (CO-002 revision 0 is superseded).
    const budget = acme.getByTestId('overview-table').nth(0);
    expect(await budget.isVisible()).toBe(false); // behind its chart until asked for
    await acme.getByTestId('overview-table-toggle').first().locator('summary').click();
    expect(await budget.isVisible()).toBe(true);
    expect(await budget.locator('thead th').allTextContents()).toEqual([
      'Contracted hours',
      'Hours added by approved change orders',
      'Hours absorbed (value at the project rate)',
      'Pending change-order hours',
    ]);
    expect(await budget.locator('tbody td').allTextContents()).toEqual(['360', '20', '5', '8']);
    const chart = acme.getByTestId('overview-chart').first();
    await expectText(chart, `+${hours(20)} added by change orders (+6%) · ${hours(8)} pending`);
    await expectText(chart, `${hours(5)} absorbed without a change order`);
    await expectText(acme.getByRole('heading', { level: 3 }).first(), 'Hours: contracted, added, absorbed');
    const cos = acme.getByTestId('overview-table').nth(1);
    expect(await cos.locator('tbody tr').allTextContents()).toEqual([
      'Approved220$3,591.00',
      'Pending (draft + sent)18$1,320.00',
      'Rejected112$1,800.00',
      'Deferred00$0.00',
    ]);
    await expectText(acme.getByTestId('overview-table').nth(2), '$750.00'); // absorbed: 2 asks
    await expectText(acme, 'Access to the Shopify admin');
    await expectText(acme, '$8,000.00'); // pitched upsell
    await expectText(globex, `${hours(120)} contracted`);
    await expectText(globex, '€600.00');

    const responsiveness = options.getByTestId('responsiveness');
    expect(await responsiveness.getByTestId('responsiveness-client').count()).toBe(2);
    expect(await axeProblems(options)).toEqual([]);
  });

  it('downloads a table as CSV', async () => {
    const acme = options.getByTestId('overview-project').nth(0);
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      acme.getByRole('button', { name: 'Download Change orders as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('acme-website-rebuild-changeOrders.csv');
    const file = await download.path();
    const csv = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split('\r\n')).toEqual([
      'Status,Count,Hours,Value USD',
      'Approved,2,20,3591',
      'Pending (draft + sent),1,8,1320',
      'Rejected,1,12,1800',
      'Deferred,0,0,0',
      '',
    ]);
  });
});

describe('side panel brief', () => {
  it('writes the brief from the records, saves it, and numbers the next one', async () => {
    const gmail = await session.context.newPage();
    await gmail.goto(GMAIL_THREAD_URL);
    await gmail.locator('scopekeeper-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    const panel = await session.openPage(`sidepanel.html?tab=${await tabIdOf(session, gmail)}`);
    await expectText(panel.getByTestId('panel-project'), 'Acme website rebuild');
    const insights = panel.getByTestId('project-insights');
    await expectText(insights.getByTestId('wait-row').first(), 'Final product photography');
    await expectText(insights, 'Access to the Shopify admin');

    await openSection(panel, 'brief');
    const generate = panel.getByTestId('brief-generate');
    await generate.click();
    const text = panel.getByTestId('brief-text');
    await expect.poll(() => text.inputValue()).toContain('# Brief 1: Acme website rebuild for Acme Outdoor Co.');
    const first = await text.inputValue();
    expect(first).toContain(NOTE);
    expect(first).toContain('CO-001');
    expect(first).toContain('Client asks: Can we launch before the holidays?');

    await panel.getByTestId('brief-save').click();
    await expectText(insights, 'Saved as brief 1.');
    await generate.click();
    await expect.poll(() => text.inputValue()).toContain('# Brief 2:');
    expect(await text.inputValue()).not.toContain(NOTE); // it was in brief 1
    expect(await panel.getByTestId('brief-save').textContent()).toBe('Save brief 2');
    expect(await axeProblems(panel)).toEqual([]);
    await panel.screenshot({ path: path.join(ROOT, 'test-output', 'sidepanel-brief.png'), fullPage: true });

    // Stored, not just shown: a fresh panel continues the numbering (the brief section stays open).
    await panel.reload();
    await panel.getByTestId('brief-generate').click();
    await expect.poll(() => panel.getByTestId('brief-text').inputValue()).toContain('# Brief 2:');
  });
});
