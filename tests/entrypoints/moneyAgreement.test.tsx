// The side panel's money view and the options Overview read the same change orders: whatever
// revision rule and money format they use, they must show the same figures.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAndDeleteDbForTests, putRecords } from '@/lib/db';
import type { ChangeOrder } from '@/lib/db/schemas';
import { ChangeOrderSection } from '@/entrypoints/sidepanel/ChangeOrderSection';
import { OverviewSection } from '@/entrypoints/options/OverviewSection';
import { makeChangeOrder, makeClient, makeProject } from '@/tests/factories';

afterEach(async () => {
  cleanup();
  await closeAndDeleteDbForTests();
});

const client = makeClient({ name: 'Acme' });
const project = makeProject({ clientId: client.id, name: 'Acme web' });
const fee = (cents: number): ChangeOrder['lines'] => [
  { kind: 'fixed', role: '', hours: 0, rateCents: 0, amountCents: cents, description: 'Fixed fee' },
];
const time = (hours: number): ChangeOrder['lines'] => [
  { kind: 'time', role: 'Dev', hours, rateCents: 10_000, amountCents: 0, description: '' },
];

/** Side panel: the Money table's value cell for a row. */
const panelValue = (testId: string) => screen.getByTestId(testId).querySelectorAll('td')[2]?.textContent;

/** Overview: the change-orders table's value cell for a status row. */
function overviewValue(status: RegExp): string | null | undefined {
  const table = screen
    .getAllByTestId('overview-table')
    .find((t) => within(t).queryByText('Change orders', { selector: 'caption' }));
  const row = within(table!)
    .getAllByRole('row')
    .find((r) => status.test(r.querySelector('td')?.textContent ?? ''));
  return row?.querySelectorAll('td')[3]?.textContent;
}

async function bothViews(orders: ChangeOrder[]) {
  await putRecords('clients', [client]);
  await putRecords('projects', [project]);
  await putRecords('changeOrders', orders);
  const panel = render(<ChangeOrderSection tabId={null} project={project} asks={[]} onClose={vi.fn()} />);
  await waitFor(() => expect(screen.getAllByTestId('co-row')).toHaveLength(orders.filter((o) => !o.deletedAt).length));
  const side = {
    approved: panelValue('money-approved'),
    pending: panelValue('money-pending'),
    deferred: panelValue('money-deferred'),
    rejected: panelValue('money-rejected'),
  };
  panel.unmount();
  render(<OverviewSection />);
  await waitFor(() => expect(screen.getByTestId('overview-project')).toBeTruthy());
  const overview = {
    approved: overviewValue(/^Approved$/),
    pending: overviewValue(/^Pending/),
    deferred: overviewValue(/^Deferred$/),
    rejected: overviewValue(/^Rejected$/),
  };
  return { side, overview };
}

describe('side panel money and options Overview', { timeout: 20_000 }, () => {
  it('agree after an approved change order is revised: the approval stands, the revision is pending', async () => {
    const approved = makeChangeOrder({ projectId: project.id, number: 1, status: 'approved', lines: fee(100_000) });
    const revision = makeChangeOrder({
      projectId: project.id,
      number: 1,
      revision: 1,
      supersedesId: approved.id,
      status: 'draft',
      lines: fee(100_000),
    });
    const { side, overview } = await bothViews([approved, revision]);
    expect(side.approved).toBe('$1,000.00');
    expect(side.pending).toBe('$1,000.00');
    expect(overview).toEqual(side);
  });

  it('agree on a mix of revisions, statuses, deletions and time lines', async () => {
    const p = project.id;
    const a0 = makeChangeOrder({ projectId: p, number: 1, status: 'approved', lines: time(2.5) });
    const a1 = makeChangeOrder({
      projectId: p,
      number: 1,
      revision: 1,
      supersedesId: a0.id,
      status: 'approved',
      lines: time(3),
    });
    const b0 = makeChangeOrder({ projectId: p, number: 2, status: 'sent', lines: fee(12_345) });
    const b1 = makeChangeOrder({
      projectId: p,
      number: 2,
      revision: 1,
      supersedesId: b0.id,
      status: 'deferred',
      lines: fee(20_000),
    });
    const c0 = makeChangeOrder({ projectId: p, number: 3, status: 'approved', lines: fee(50_000) });
    const c1 = makeChangeOrder({
      projectId: p,
      number: 3,
      revision: 1,
      supersedesId: c0.id,
      status: 'rejected',
      lines: fee(70_000),
    });
    const gone = makeChangeOrder({
      projectId: p,
      number: 4,
      status: 'approved',
      lines: fee(99_900),
      deletedAt: '2026-11-20T00:00:00.000Z',
    });
    const { side, overview } = await bothViews([a0, a1, b0, b1, c0, c1, gone]);
    expect(side).toEqual({ approved: '$800.00', pending: '$0.00', deferred: '$200.00', rejected: '$700.00' });
    expect(overview).toEqual(side);
  });
});
