import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HomeView } from '@/components/home/HomeView';
import type { HomeRow } from '@/lib/reminders/home';

afterEach(cleanup);

const row = (over: Partial<HomeRow>): HomeRow => ({
  clientId: over.clientName ?? 'x',
  clientName: 'X',
  openAsks: 0,
  pending: {},
  pendingSort: 0,
  overdueWaits: 0,
  lastSentiment: null,
  url: null,
  ...over,
});
const rows = [
  row({
    clientName: 'Acme',
    openAsks: 1,
    pending: { USD: 50_000 },
    pendingSort: 50_000,
    url: 'https://mail.google.com/mail/u/0/#inbox/a',
  }),
  row({ clientName: 'Globex', openAsks: 3, overdueWaits: 2, lastSentiment: 'negative', url: 'javascript:alert(1)' }),
];
const names = () => screen.getAllByTestId('home-row').map((r) => within(r).getByRole('rowheader').textContent);

describe('HomeView', () => {
  it('lists clients, most open asks first, and re-sorts by a column', async () => {
    render(<HomeView rows={rows} dueCount={4} onCopySummary={vi.fn(async () => null)} />);
    expect(names()).toEqual(['Globex', 'Acme']);
    expect(screen.getByTestId('home-due').textContent).toBe('4 things need you today.');
    await userEvent.click(screen.getByTestId('home-sort-pending'));
    expect(names()).toEqual(['Acme', 'Globex']);
    expect(screen.getAllByTestId('home-pending')[0]!.textContent).toBe('$500.00');
    // Each row opens its thread; a stored non-http link never becomes one.
    expect(screen.getAllByTestId('home-open')).toHaveLength(1);
  });

  it('copies the weekly summary and explains an empty Home', async () => {
    const copy = vi.fn(async () => null);
    const { unmount } = render(<HomeView rows={rows} dueCount={0} onCopySummary={copy} />);
    await userEvent.click(screen.getByTestId('home-copy-summary'));
    expect(copy).toHaveBeenCalled();
    expect((await screen.findByTestId('home-status')).textContent).toMatch(/copied/);
    unmount();
    render(<HomeView rows={[]} dueCount={0} onCopySummary={copy} />);
    expect(screen.getByTestId('home-empty').textContent).toMatch(/No clients yet/);
  });
});
