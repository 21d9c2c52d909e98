import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { OverviewSection } from '@/entrypoints/options/OverviewSection';
import { showHours } from '@/lib/money';
import { InsightsSection } from '@/entrypoints/sidepanel/InsightsSection';
import { closeAndDeleteDbForTests, getRecord, listRecords, putRecord } from '@/lib/db';
import type { Brief } from '@/lib/db';
import {
  fakeId,
  makeChangeOrder,
  makeClient,
  makeFeedback,
  makeProject,
  makeRequest,
  makeWait,
} from '@/tests/factories';
import { draftBrief } from '@/lib/insights/brief';
import { closeWaitById, deleteWait, editWait, saveBrief, snoozeAsk, snoozeWait } from '@/lib/insights/persist';
import { openWaitsOf } from '@/lib/insights/waits';

afterEach(async () => {
  cleanup();
  await closeAndDeleteDbForTests();
});

const client = makeClient({ name: 'Acme Outdoor Co.' });
const project = makeProject({ clientId: client.id, name: 'Acme website rebuild' });
const projectId = project.id;
const recent = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString();
const line = { kind: 'time' as const, role: 'Dev', hours: 12, rateCents: 16_500, amountCents: 0, description: '' };

async function seed() {
  await putRecord('clients', client);
  await putRecord('projects', project);
  await putRecord(
    'feedback',
    makeFeedback({
      projectId,
      clientId: client.id,
      kind: 'revision_request',
      note: 'Bigger hero image',
      createdAt: recent(3),
    }),
  );
  await putRecord(
    'changeOrders',
    makeChangeOrder({
      projectId,
      status: 'approved',
      lines: [line],
      history: [{ status: 'approved', at: recent(2), note: '' }],
    }),
  );
  await putRecord('requests', makeRequest({ projectId, askedAt: recent(4) }));
  await putRecord('waits', makeWait({ projectId, what: 'Logo files', askedOn: recent(5).slice(0, 10) }));
}

describe('openWaitsOf', () => {
  it('keeps open, live waits, longest waiting first', () => {
    const now = new Date(2026, 10, 28, 12);
    const rows = openWaitsOf(
      [
        makeWait({ what: 'recent', askedOn: '2026-11-26' }),
        makeWait({ what: 'closed', askedOn: '2026-11-01', closedAt: '2026-11-03T10:00:00Z' }),
        makeWait({ what: 'deleted', askedOn: '2026-11-01', deletedAt: '2026-11-02T10:00:00Z' }),
        makeWait({ what: 'old', askedOn: '2026-11-18' }),
      ],
      now,
    );
    expect(rows.map((w) => [w.what, w.daysWaiting])).toEqual([
      ['old', 10],
      ['recent', 2],
    ]);
  });
});

describe('wait edits', () => {
  it('edit, close and delete are stored', async () => {
    const wait = await putRecord('waits', makeWait({ projectId, what: 'Logo files' }));
    expect(await editWait(wait.id, { what: 'Logo files (SVG)', dueBy: '2026-12-05' })).toBeNull();
    expect(await getRecord('waits', wait.id)).toMatchObject({ what: 'Logo files (SVG)', dueBy: '2026-12-05' });
    expect(await closeWaitById(wait.id, new Date('2026-11-28T10:00:00Z'))).toBeNull();
    expect((await getRecord('waits', wait.id))?.closedAt).toBe('2026-11-28T10:00:00.000Z');
    expect(await deleteWait(wait.id)).toBeNull();
    expect(await listRecords('waits')).toHaveLength(0);
    expect(await editWait(wait.id, { what: 'again', dueBy: null })).toMatch(/deleted elsewhere/);
  });

  it('snoozing from the side panel stores the day it wakes up', async () => {
    const wait = await putRecord('waits', makeWait({ projectId, what: 'Logo files', askedOn: recent(9).slice(0, 10) }));
    expect(await snoozeWait(wait.id, '2026-12-20')).toBeNull();
    expect((await getRecord('waits', wait.id))?.snoozedUntil).toBe('2026-12-20');
    render(<InsightsSection project={project} />);
    const button = await screen.findByTestId('wait-snooze');
    await userEvent.click(button);
    await waitFor(async () => expect((await getRecord('waits', wait.id))?.snoozedUntil).not.toBe('2026-12-20'));
  });

  it('snoozes an ask without touching its verdict; a gone ask says so', async () => {
    const ask = await putRecord('requests', makeRequest({ projectId, verdict: 'out_of_scope' }));
    expect(await snoozeAsk(ask, '2026-12-08')).toBeNull();
    expect(await getRecord('requests', ask.id)).toMatchObject({ snoozedUntil: '2026-12-08', verdict: 'out_of_scope' });
    expect(await snoozeAsk(makeRequest(), '2026-12-08')).toMatch(/no longer stored/);
  });

  it('an edit the schema refuses is reported, not thrown', async () => {
    const wait = await putRecord('waits', makeWait({ projectId }));
    expect(await editWait(wait.id, { what: 'x', dueBy: 'next week' })).toMatch(/^Not saved:.*dueBy/);
  });
});

describe('briefs', () => {
  const records = (briefs: Brief[]) => ({
    project,
    client,
    feedback: [makeFeedback({ projectId, note: 'Bigger hero image', createdAt: '2026-11-20T10:00:00.000Z' })],
    changeOrders: [],
    requests: [],
    waits: [],
    briefs,
  });

  it('the first brief covers everything; the next starts where it ended', async () => {
    const first = draftBrief(records([]), 'dev', new Date('2026-11-28T12:00:00Z'));
    expect(first).toMatchObject({ number: 1, since: null, audience: 'dev', projectId });
    expect(first.markdown).toContain('# Brief 1: Acme website rebuild');
    expect(first.markdown).toContain('Bigger hero image');

    const saved = await saveBrief(first, `${first.markdown}\nEdited by the AM.`);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.brief).toMatchObject({ number: 1, audience: 'dev', since: null });
    expect(saved.brief.markdown).toContain('Edited by the AM.');

    const second = draftBrief(records([saved.brief]), 'all');
    expect(second.number).toBe(2);
    expect(second.since).toBe(saved.brief.createdAt);
    expect(second.markdown).not.toContain('Bigger hero image');
  });

  it('a number taken meanwhile is not reused', async () => {
    const draft = draftBrief(records([]), 'all');
    const a = await saveBrief(draft, 'one');
    const b = await saveBrief(draft, 'two');
    expect(a.ok && a.brief.number).toBe(1);
    expect(b.ok && b.brief.number).toBe(2);
    expect(b.ok && b.note).toMatch(/brief 1 was taken/);
  });

  it('ignores other projects’ briefs', () => {
    const theirs = {
      id: fakeId(),
      createdAt: '2026-11-27T10:00:00.000Z',
      updatedAt: '2026-11-27T10:00:00.000Z',
      deletedAt: null,
      projectId: fakeId(),
      number: 7,
      audience: 'all',
      since: null,
      markdown: '',
    } satisfies Brief;
    expect(draftBrief(records([theirs]), 'all').number).toBe(1);
  });
});

describe('InsightsSection', () => {
  it('generates, saves and renumbers the brief; closes a wait', async () => {
    await seed();
    const user = userEvent.setup();
    render(<InsightsSection project={project} />);
    await screen.findByText('Logo files');
    const generate = screen.getByTestId('brief-generate');
    await waitFor(() => expect(generate).toHaveProperty('disabled', false));
    await user.click(generate);
    // The project's history is read on demand, when the brief is asked for.
    const text = await screen.findByTestId<HTMLTextAreaElement>('brief-text');
    expect(text.value).toContain('# Brief 1: Acme website rebuild for Acme Outdoor Co.');
    expect(text.value).toContain('Bigger hero image');
    expect(text.value).toContain('12 h');
    await user.click(screen.getByTestId('brief-save'));
    await screen.findByText(/Saved as brief 1\./);
    expect(screen.getByTestId('brief-save')).toHaveProperty('disabled', true);
    expect(await listRecords('briefs')).toMatchObject([{ projectId, number: 1 }]);

    // Straight away, before the store re-read lands: the next brief is already number 2.
    await user.click(screen.getByTestId('brief-generate'));
    await waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>('brief-text').value).toContain('# Brief 2:'));
    const next = screen.getByTestId<HTMLTextAreaElement>('brief-text');
    expect(next.value).not.toContain('Bigger hero image');
    expect(screen.getByTestId('brief-save').textContent).toBe('Save brief 2');

    await user.click(screen.getByRole('button', { name: 'Received: Logo files' }));
    await screen.findByTestId('waits-empty');
    expect((await listRecords('waits'))[0]?.closedAt).not.toBeNull();
  });
});

describe('InsightsSection on another project', () => {
  it('drops the half-written brief of the previous project', async () => {
    await seed();
    const other = await putRecord('projects', makeProject({ clientId: client.id, name: 'Acme app' }));
    const user = userEvent.setup();
    const { rerender } = render(<InsightsSection project={project} />);
    const generate = screen.getByTestId('brief-generate');
    await waitFor(() => expect(generate).toHaveProperty('disabled', false));
    await user.click(generate);
    expect((await screen.findByTestId<HTMLTextAreaElement>('brief-text')).value).toContain('Acme website rebuild');
    rerender(<InsightsSection project={other} />);
    expect(screen.queryByTestId('brief-text')).toBeNull();
  });
});

describe('OverviewSection', () => {
  it('shows each project’s numbers once every store is read', async () => {
    await seed();
    const other = await putRecord('projects', makeProject({ clientId: client.id, name: 'Acme app' }));
    render(<OverviewSection />);
    const panels = await screen.findAllByTestId('overview-project');
    expect(panels.map((p) => within(p).getByRole('heading', { level: 2 }).textContent)).toEqual([
      `${other.name} · ${client.name}`,
      `${project.name} · ${client.name}`,
    ]);
    const web = panels[1]!;
    expect(
      within(web).getByRole('img', {
        name: new RegExp(`^${showHours(320)} contracted, ${showHours(12)} added by approved change orders`),
      }),
    ).toBeTruthy();
    expect(within(web).getByText('$1,980.00')).toBeTruthy();
    expect(screen.getByTestId('responsiveness')).toBeTruthy();
  });
});
