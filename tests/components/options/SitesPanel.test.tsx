import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SitesPanel } from '@/components/options/SitesPanel';
import type { SiteHealth } from '@/lib/health/summary';

afterEach(cleanup);

const rows: SiteHealth[] = [
  {
    site: 'jira',
    label: 'Jira',
    lastRead: '2026-12-01T09:00:00Z',
    lastFailure: {
      at: '2026-12-01T10:00:00Z',
      pageKind: 'ticket',
      missing: ['jira.summary', 'jira.key'],
      hasStructure: true,
    },
    failing: true,
  },
  { site: 'trello', label: 'Trello', lastRead: null, lastFailure: null, failing: false },
];

describe('SitesPanel', () => {
  it('shows per site the last good read and the selectors that missed last, and copies the structure report', async () => {
    const onCopy = vi.fn(async () => true);
    render(<SitesPanel rows={rows} onCopyStructure={onCopy} />);
    const [jira, trello] = screen.getAllByTestId('site-health');
    expect(jira?.getAttribute('data-failing')).toBe('true');
    expect(
      within(jira!)
        .getAllByTestId('site-missing')
        .map((li) => li.textContent),
    ).toEqual(['jira.summary', 'jira.key']);
    expect(within(trello!).queryByTestId('copy-structure')).toBeNull();
    expect(trello?.textContent).toContain('never');
    await userEvent.setup({ delay: null }).click(within(jira!).getByRole('button', { name: 'Copy structure report' }));
    expect(onCopy).toHaveBeenCalledWith('jira');
    expect((await within(jira!).findByRole('status')).textContent).toContain('Copied');
  });
});
