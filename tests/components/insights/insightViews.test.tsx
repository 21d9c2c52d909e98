import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OverviewView } from '@/components/insights/OverviewView';
import { WaitList } from '@/components/insights/WaitList';
import { BriefEditor } from '@/components/insights/BriefEditor';
import { CHART_HEIGHT, CHART_WIDTH } from '@/components/insights/charts';
import { computeOverviews } from '@/lib/insights/overview';
import { formatMoney, formatPercent, showHours } from '@/lib/money';
import { showDay } from '@/lib/dates/days';
import { clientResponsiveness } from '@/lib/insights/responsiveness';
import { ResponsivenessView } from '@/components/insights/ResponsivenessView';
import {
  makeChangeOrder,
  makeClient,
  makeFeedback,
  makeProject,
  makeRequest,
  makeUpsell,
  makeWait,
} from '@/tests/factories';

afterEach(cleanup);

const now = new Date(2026, 10, 28, 12);
const client = makeClient({ name: 'Acme' });
const project = makeProject({ clientId: client.id, name: 'Acme web' });
const projectId = project.id;
const none = { requests: [], feedback: [], changeOrders: [], upsells: [], waits: [] };
const line = { kind: 'time' as const, role: 'Dev', hours: 10, rateCents: 15_000, amountCents: 0, description: '' };

describe('OverviewView', () => {
  it('renders charts of fixed size, tables and CSV events for seeded data', async () => {
    const overviews = computeOverviews({
      projects: [project],
      clients: [client],
      now,
      changeOrders: [makeChangeOrder({ projectId, status: 'approved', lines: [line] })],
      requests: [
        makeRequest({
          projectId,
          askedAt: '2026-11-24T10:00:00Z',
          absorbed: { valueCents: 25_000, note: '', at: '2026-11-24T10:00:00Z' },
        }),
      ],
      feedback: [makeFeedback({ projectId, sentiment: 'negative', createdAt: '2026-11-27T10:00:00Z' })],
      upsells: [makeUpsell({ projectId, stage: 'won', valueCents: 90_000 })],
      waits: [makeWait({ projectId, what: 'Logo, final', askedOn: '2026-11-20' })],
    });
    const onExportCsv = vi.fn();
    render(<OverviewView overviews={overviews} onExportCsv={onExportCsv} />);
    const panel = screen.getByTestId('overview-project');
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toContain('Acme web');
    const charts = within(panel).getAllByTestId('overview-chart');
    expect(charts).toHaveLength(4);
    for (const c of charts) {
      expect(c.getAttribute('width')).toBe(String(CHART_WIDTH));
      expect(c.getAttribute('height')).toBe(String(CHART_HEIGHT));
    }
    expect(
      screen.getByRole('img', {
        // $250.00 absorbed at the SOW's $150.00 an hour: 1.7 h.
        name: `${showHours(320)} contracted, ${showHours(10)} added by approved change orders (${formatPercent(3)}), ${showHours(1.7)} absorbed without one, ${showHours(0)} pending.`,
      }),
    ).toBeTruthy();
    expect(within(panel).getAllByTestId('overview-table')).toHaveLength(7);
    // The four tables a chart already shows wait behind "Show table"; the other three are the content.
    const toggles = within(panel).getAllByTestId('overview-table-toggle') as HTMLDetailsElement[];
    expect(toggles).toHaveLength(4);
    expect(toggles.every((d) => !d.open && d.querySelector('summary')?.textContent?.startsWith('Show table'))).toBe(
      true,
    );
    const budget = within(toggles[0]!).getByRole('table', {
      name: 'Hours: contracted, added by change orders, absorbed',
    });
    expect([...budget.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['320', '10', '1.7', '0']);
    const coTable = screen.getByRole('table', { name: 'Change orders' });
    expect(within(coTable).getByText(formatMoney(150_000, 'USD').replace(/\s/g, ' '))).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Download Open waits as CSV' }));
    expect(onExportCsv).toHaveBeenCalledWith({
      projectId,
      tableId: 'waits',
      fileName: 'acme-web-waits.csv',
      csv: 'Waiting for,Asked on,Days waiting,Due by\r\n"Logo, final",2026-11-20,8,\r\n',
    });
  });

  it('shows empty states without losing the chart boxes', () => {
    render(
      <OverviewView
        overviews={computeOverviews({ projects: [project], clients: [client], now, ...none })}
        onExportCsv={() => {}}
      />,
    );
    expect(screen.getByText('No change orders yet.')).toBeTruthy();
    expect(screen.getByText('No upsells noted yet')).toBeTruthy();
    expect(screen.getByText('Not waiting on the client')).toBeTruthy();
    expect(screen.getByText('No out-of-scope asks in these weeks')).toBeTruthy();
    expect(screen.getAllByTestId('overview-chart')).toHaveLength(4);
    // No table of zero rows, and nothing to download: only the contracted hours make a table.
    expect(screen.getAllByTestId('overview-table')).toHaveLength(1);
    expect(screen.queryByRole('button', { name: 'Download Change orders as CSV' })).toBeNull();
  });

  it('says when there are no projects', () => {
    render(<OverviewView overviews={[]} onExportCsv={() => {}} />);
    expect(screen.getByText(/No projects yet/)).toBeTruthy();
  });
});

describe('WaitList', () => {
  const waits = computeOverviews({
    projects: [project],
    clients: [client],
    now,
    ...none,
    waits: [
      makeWait({ projectId, what: 'Hero photos', askedOn: '2026-11-22' }),
      makeWait({ projectId, what: 'GA4 access', askedOn: '2026-11-27' }),
    ],
  })[0]!.openWaits;

  it('lists open waits with days waiting and sends edits and closes out', async () => {
    const onEdit = vi.fn();
    const onClose = vi.fn();
    render(<WaitList waits={waits} onEdit={onEdit} onClose={onClose} />);
    const rows = screen.getAllByTestId('wait-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining(`Hero photoswaiting 6 days (asked ${showDay('2026-11-22')})`),
      expect.stringContaining('GA4 accesswaiting 1 day'),
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Received: GA4 access' }));
    expect(onClose).toHaveBeenCalledWith(waits[1]?.id);

    await userEvent.click(screen.getByRole('button', { name: 'Edit wait: Hero photos' }));
    const what = screen.getByLabelText('Waiting for');
    await userEvent.clear(what);
    expect(screen.getByRole('alert').textContent).toBe('Say what you are waiting for.');
    await userEvent.type(what, 'Hero photos, high-res');
    await userEvent.type(screen.getByLabelText('Due by'), '2026-12-04');
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onEdit).toHaveBeenCalledWith(waits[0]?.id, { what: 'Hero photos, high-res', dueBy: '2026-12-04' });
  });

  it('empty state', () => {
    render(<WaitList waits={[]} onEdit={() => {}} onClose={() => {}} />);
    expect(screen.getByText('Not waiting on the client for anything.')).toBeTruthy();
  });
});

describe('BriefEditor', () => {
  it('edits the generated Markdown and emits copy and save', async () => {
    const onCopy = vi.fn();
    const onSave = vi.fn();
    render(
      <BriefEditor
        markdown={'# Brief 3\n'}
        number={3}
        audience="dev"
        onCopy={onCopy}
        onSave={onSave}
        status="Copied"
      />,
    );
    const text = screen.getByTestId('brief-text') as HTMLTextAreaElement;
    expect(screen.getByLabelText('Brief 3 (Markdown)')).toBe(text);
    await userEvent.type(text, 'More');
    await userEvent.click(screen.getByTestId('brief-copy'));
    expect(onCopy).toHaveBeenCalledWith('# Brief 3\nMore');
    await userEvent.click(screen.getByTestId('brief-save'));
    expect(onSave).toHaveBeenCalledWith('# Brief 3\nMore');
    expect(screen.getByRole('status').textContent).toBe('Copied');
  });

  it('cannot copy or save an empty brief; audience changes go out', async () => {
    const onAudienceChange = vi.fn();
    render(
      <BriefEditor
        markdown=""
        number={1}
        audience="all"
        onAudienceChange={onAudienceChange}
        onCopy={() => {}}
        onSave={() => {}}
      />,
    );
    expect((screen.getByTestId('brief-copy') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('brief-save') as HTMLButtonElement).disabled).toBe(true);
    await userEvent.selectOptions(screen.getByLabelText('Brief for'), 'analytics');
    expect(onAudienceChange).toHaveBeenCalledWith('analytics');
  });
});

describe('ResponsivenessView', () => {
  it('summarises each client and charts the weekly median', async () => {
    const acme = client.id;
    const rows = clientResponsiveness(
      [
        makeWait({ clientId: acme, auto: true, askedOn: '2026-11-16', closedAt: '2026-11-18T09:00:00' }),
        makeWait({ clientId: acme, auto: true, askedOn: '2026-11-16', closedAt: '2026-11-20T09:00:00' }),
      ],
      { now },
    );
    const onExportCsv = vi.fn();
    render(<ResponsivenessView rows={rows} clientNames={{ [acme]: 'Acme' }} onExportCsv={onExportCsv} />);
    const summary = screen.getByRole('table', { name: 'Client reply time (days)' });
    expect(within(summary).getAllByRole('row')[1]?.textContent).toBe('Acme233.8');
    expect(
      screen.getByRole('img', { name: 'Acme: median reply 3 days, 90th percentile 3.8 days over 2 replies.' }),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Download Client reply time (days) as CSV' }));
    expect(onExportCsv.mock.calls[0]?.[0].csv).toBe(
      'Client,Replies,Median days,90th percentile days\r\nAcme,2,3,3.8\r\n',
    );
  });

  it('empty state', () => {
    render(<ResponsivenessView rows={[]} clientNames={{}} onExportCsv={() => {}} />);
    expect(screen.getByText('No replies to the agency’s asks recorded yet')).toBeTruthy();
  });
});
