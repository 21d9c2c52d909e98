// The Home tab reads aggregates (counts over the open-asks view, the sent change orders, the open
// waits, each client's latest feedback) instead of every record. Proved here: on a random workspace
// it gives exactly the rows and the due count that the same functions give from every record.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  closeAndDeleteDbForTests,
  countDueAsks,
  listChangeOrdersWithStatus,
  listFeedbackHeads,
  listOpenWaits,
  listRecords,
  openAskOverview,
  openAskSummaries,
  putRecord,
  putRecords,
  softDelete,
} from '@/lib/db';
import { transact } from '@/lib/db/transact';
import { headsOf } from '@/lib/db/views';
import { countRequests } from './countRequests';
import { exportBackup, importBackup } from '@/lib/db/backup';
import type { ChangeOrder, Client, DetectedRequest, Feedback, Project, Wait } from '@/lib/db';
import { homeRows, homeRowsFrom } from '@/lib/reminders/home';
import { dueToday } from '@/lib/reminders/today';
import { rng } from '@/lib/random';
import { makeChangeOrder, makeClient, makeFeedback, makeProject, makeRequest, makeWait } from '@/tests/factories';

const TODAY = '2026-12-03';

/** A workspace with every case the Home rows distinguish, in random proportions. */
async function seedWorkspace(seed: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const id = () => crypto.randomUUID();
  // Times that often tie (a page's asks are stored in one batch): ties must break the same way both times.
  let clock = Date.UTC(2026, 9, 1);
  const at = () => new Date((clock += r() < 0.3 ? 0 : 60_000)).toISOString();
  const stamp = () => {
    const t = at();
    return { id: id(), createdAt: t, updatedAt: t, deletedAt: r() < 0.1 ? t : null };
  };
  const clients: Client[] = Array.from({ length: 4 }, (_, i) => makeClient({ ...stamp(), name: `Client ${i}` }));
  const projects: Project[] = Array.from({ length: 7 }, (_, i) =>
    makeProject({ ...stamp(), clientId: pick(clients).id, name: `Project ${i}` }),
  );
  const projectIds = [...projects.map((p) => p.id), null];
  const day = () => pick([null, '2026-11-20', '2026-12-03', '2026-12-04', '2026-12-20']);
  const requests: DetectedRequest[] = Array.from({ length: 120 }, () =>
    makeRequest({
      ...stamp(),
      projectId: pick(projectIds),
      source: {
        site: 'gmail',
        kind: 'thread',
        id: id(),
        url: `https://mail.google.com/#${id()}`,
        title: '',
        messageId: null,
      },
      verdict: pick(['out_of_scope', 'out_of_scope', 'in_scope', 'no_request'] as const),
      correction: r() < 0.2 ? { verdict: pick(['out_of_scope', 'in_scope'] as const), scopeRef: null, at: at() } : null,
      changeOrderId: r() < 0.15 ? id() : null,
      absorbed: r() < 0.1 ? { valueCents: 100, note: '', at: at() } : null,
      snoozedUntil: day(),
    }),
  );
  const changeOrders: ChangeOrder[] = Array.from({ length: 15 }, (_, i) =>
    makeChangeOrder({
      ...stamp(),
      projectId: pick(projects).id,
      number: i + 1,
      status: pick(['draft', 'sent', 'sent', 'approved', 'rejected'] as const),
      currency: pick(['USD', 'EUR']),
      lines: [{ kind: 'fixed', role: '', hours: 0, rateCents: 0, amountCents: 1_000 * (i + 1), description: '' }],
    }),
  );
  const waits: Wait[] = Array.from({ length: 25 }, () => {
    const project = pick([...projects, null]);
    return makeWait({
      ...stamp(),
      projectId: project?.id ?? null,
      clientId: project ? (r() < 0.8 ? project.clientId : null) : pick(clients).id,
      askedOn: pick(['2026-11-01', '2026-11-29', '2026-12-02']),
      dueBy: pick([null, '2026-11-30', '2026-12-10']),
      closedAt: r() < 0.3 ? '2026-11-30T10:00:00' : null,
      snoozedUntil: day(),
      sourceUrl: `https://example.com/${id()}`,
    });
  });
  const feedback: Feedback[] = Array.from({ length: 60 }, () => {
    const project = pick([...projects, null]);
    return makeFeedback({
      ...stamp(),
      projectId: project?.id ?? null,
      // Usually the project's client; sometimes none (the project's client counts), sometimes another.
      clientId: project ? pick([project.clientId, project.clientId, null, pick(clients).id]) : pick(clients).id,
      sentiment: pick(['positive', 'neutral', 'negative'] as const),
    });
  });
  // Imported, so every record keeps its own times (putRecords would stamp one time on them all).
  const file = await exportBackup();
  Object.assign(file.stores, { clients, projects, requests, changeOrders, waits, feedback });
  expect(await importBackup(file)).toMatchObject({ ok: true });
}

beforeEach(closeAndDeleteDbForTests);
afterEach(closeAndDeleteDbForTests);

describe('Home from aggregates', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`gives the rows and due count every record gives (workspace ${seed})`, async () => {
      await seedWorkspace(seed);
      const [clients, projects] = await Promise.all([listRecords('clients'), listRecords('projects')]);
      const everything = {
        clients,
        projects,
        requests: await listRecords('requests'),
        changeOrders: await listRecords('changeOrders'),
        waits: await listRecords('waits'),
        feedback: await listRecords('feedback'),
        today: TODAY,
      };
      const [asks, dueAsks, sent, waits, feedback] = await Promise.all([
        openAskSummaries(
          projects.map((p) => p.id),
          TODAY,
        ),
        countDueAsks(TODAY),
        listChangeOrdersWithStatus('sent'),
        listOpenWaits(),
        listFeedbackHeads(),
      ]);
      const fromAggregates = homeRowsFrom({
        clients,
        projects,
        asks,
        changeOrders: sent,
        waits,
        feedback,
        today: TODAY,
      });
      const expected = homeRows(everything);
      expect(fromAggregates).toEqual(expected);
      // Not a trivial workspace: some rows have asks, money, overdue waits and a mood.
      expect(expected.some((r) => r.openAsks > 0 && r.url)).toBe(true);
      expect(expected.some((r) => Object.keys(r.pending).length > 0)).toBe(true);
      expect(expected.some((r) => r.overdueWaits > 0)).toBe(true);
      expect(expected.some((r) => r.lastSentiment !== null)).toBe(true);
      // Far fewer records read than stored.
      expect(waits.length).toBeLessThan(everything.waits.length);
      expect(feedback.length).toBeLessThan(everything.feedback.length);

      const due = dueToday(everything).length;
      expect(dueAsks + dueToday({ waits, changeOrders: sent, requests: [], today: TODAY }).length).toBe(due);

      // The overview (the counters alone, no project list; what the Home tab reads) gives the same
      // rows and due count.
      const overview = await openAskOverview(TODAY);
      expect(overview.due).toBe(dueAsks);
      expect(overview.asks.every((a) => a.open > 0)).toBe(true);
      const fromOverview = homeRowsFrom({
        clients,
        projects,
        asks: overview.asks,
        changeOrders: sent,
        waits,
        feedback,
        today: TODAY,
      });
      expect(fromOverview).toEqual(expected);

      // Every kind of write keeps the feedback heads: entries moved to another client or project,
      // made older or newer, deleted, added, in one transaction or many.
      const r = rng(seed + 100);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
      const all = await listRecords('feedback', { includeDeleted: true });
      const moved = all.slice(0, 12).map((f, i) => ({
        ...f,
        clientId: i % 3 === 0 ? null : pick(clients).id,
        projectId: i % 2 === 0 ? pick(projects).id : f.projectId,
        createdAt: i % 4 === 0 ? '2026-01-01T00:00:00.000Z' : '2026-12-31T00:00:00.000Z',
      }));
      await putRecords('feedback', moved.slice(0, 6));
      for (const f of moved.slice(6)) await putRecord('feedback', f);
      for (const f of all.slice(12, 20)) await softDelete('feedback', f.id);
      await putRecord('feedback', makeFeedback({ projectId: projects[0]!.id, clientId: null, sentiment: 'negative' }));
      await transact(['feedback'], async (tx) => {
        const f = all[20]!;
        await tx.put('feedback', { ...f, clientId: clients[1]!.id, deletedAt: null });
        await tx.put('feedback', { ...f, clientId: null, projectId: projects[1]!.id });
      });
      const after = await listRecords('feedback', { includeDeleted: true });
      const byKey = (a: { key: unknown }, b: { key: unknown }) => (String(a.key) < String(b.key) ? -1 : 1);
      expect((await listFeedbackHeads()).sort(byKey)).toEqual(headsOf(after).sort(byKey));
      const rows = (feedbackRows: readonly Feedback[]) =>
        homeRows({ ...everything, feedback: feedbackRows }).map((r) => [r.clientId, r.lastSentiment]);
      const fromHeads = homeRowsFrom({ ...everything, asks, feedback: await listFeedbackHeads() });
      expect(fromHeads.map((r) => [r.clientId, r.lastSentiment])).toEqual(rows(after));
    });
  }

  it('reads the feedback in one request whatever the number of projects', async () => {
    // Before v9 Home read one index range per client and per project (202 requests at 201 projects).
    const client = makeClient({ name: 'Acme' });
    const projects = Array.from({ length: 201 }, (_, i) => makeProject({ clientId: client.id, name: `P${i}` }));
    const feedback = projects.flatMap((p, i) =>
      [0, 1, 2].map((k) =>
        makeFeedback({ projectId: p.id, clientId: null, createdAt: `2026-11-${10 + ((i + k) % 19)}T09:00:00.000Z` }),
      ),
    );
    const file = await exportBackup();
    Object.assign(file.stores, { clients: [client], projects, feedback });
    expect(await importBackup(file)).toMatchObject({ ok: true });
    let heads: Awaited<ReturnType<typeof listFeedbackHeads>> = [];
    expect(await countRequests(async () => (heads = await listFeedbackHeads()))).toBe(1);
    expect(heads).toHaveLength(201);
    const [row] = homeRowsFrom({
      ...{ clients: [client], projects, asks: [], changeOrders: [], waits: [], feedback: heads, today: TODAY },
    });
    expect(row!.lastSentiment).toBe(
      homeRows({
        ...{ clients: [client], projects, requests: [], changeOrders: [] },
        waits: [],
        feedback,
        today: TODAY,
      })[0]!.lastSentiment,
    );
  });

  it("finds a client's latest word behind a newer entry about another client on its project", async () => {
    const [acme, beta] = [makeClient({ name: 'Acme' }), makeClient({ name: 'Beta' })];
    const site = makeProject({ clientId: acme.id });
    const at = (d: string) => ({ createdAt: d, updatedAt: d });
    // On Acme's project: Acme's own (no client named), then a newer note naming Beta.
    const own = makeFeedback({
      ...at('2026-11-01T09:00:00.000Z'),
      projectId: site.id,
      clientId: null,
      sentiment: 'negative',
    });
    const other = makeFeedback({
      ...at('2026-11-02T09:00:00.000Z'),
      projectId: site.id,
      clientId: beta.id,
      sentiment: 'positive',
    });
    const file = await exportBackup();
    Object.assign(file.stores, { clients: [acme, beta], projects: [site], feedback: [own, other] });
    expect(await importBackup(file)).toMatchObject({ ok: true });
    const candidates = await listFeedbackHeads();
    expect(candidates.map((f) => f.id).sort()).toEqual([own.id, other.id].sort());
    const rows = homeRowsFrom({
      ...{ clients: [acme, beta], projects: [site], asks: [], changeOrders: [], waits: [] },
      ...{ feedback: candidates, today: TODAY },
    });
    expect(rows.map((r) => [r.clientName, r.lastSentiment])).toEqual([
      ['Acme', 'negative'],
      ['Beta', 'positive'],
    ]);
  });
});
