import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelfHostedForm, validateSelfHosted, type SelfHostedActions } from '@/components/options/SelfHostedForm';
import type { SelfHostedOrigin } from '@/lib/sites/hosts';

afterEach(cleanup);

const JIRA: SelfHostedOrigin = { origin: 'https://jira.acme.internal', site: 'jira' };

function setup(entries: SelfHostedOrigin[] = [], over: Partial<SelfHostedActions> = {}) {
  const actions: SelfHostedActions = {
    add: vi.fn(async () => ({ ok: true as const, note: null })),
    remove: vi.fn(async () => ({ ok: true as const, note: null })),
    ...over,
  };
  render(<SelfHostedForm entries={entries} actions={actions} />);
  return { actions, user: userEvent.setup({ delay: null }) };
}

describe('validateSelfHosted', () => {
  it('accepts a new https origin, normalised', () => {
    expect(validateSelfHosted(' https://Code.Acme.internal/ ', [JIRA])).toEqual({
      ok: true,
      origin: 'https://code.acme.internal',
    });
  });

  it.each([
    ['http://code.acme.internal', 'Only https://'],
    ['https://code.acme.internal/acme', 'without a path'],
    ['https://JIRA.acme.internal', 'already added as Jira'],
  ])('%s: %s', (input, error) => {
    const r = validateSelfHosted(input, [JIRA]);
    expect(r.ok ? '' : r.error).toContain(error);
  });
});

describe('SelfHostedForm', { timeout: 20_000 }, () => {
  it('adds a GitHub Enterprise origin in the submit itself and reports it', async () => {
    const { actions, user } = setup();
    await user.type(screen.getByTestId('self-hosted-origin'), 'https://code.acme.internal');
    await user.selectOptions(screen.getByTestId('self-hosted-site'), 'github');
    await user.click(screen.getByTestId('self-hosted-add'));
    expect(actions.add).toHaveBeenCalledWith({ origin: 'https://code.acme.internal', site: 'github' });
    expect(await screen.findByText('Added https://code.acme.internal.')).toBeTruthy();
    expect((screen.getByTestId('self-hosted-origin') as HTMLInputElement).value).toBe('');
  });

  it('an invalid origin is explained beside the field and nothing is requested', async () => {
    const { actions, user } = setup();
    await user.type(screen.getByTestId('self-hosted-origin'), 'http://jira.acme.internal{Enter}');
    expect(screen.getByTestId('self-hosted-origin').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Only https:// addresses can be added')).toBeTruthy();
    expect(actions.add).not.toHaveBeenCalled();
  });

  it('shows a declined permission and the reload note', async () => {
    const { user } = setup([], {
      add: vi
        .fn()
        .mockResolvedValueOnce({ ok: false, error: 'Access was not granted' })
        .mockResolvedValueOnce({ ok: true, note: 'Reload the extension.' }),
    });
    await user.type(screen.getByTestId('self-hosted-origin'), 'https://jira.acme.internal{Enter}');
    expect((await screen.findByTestId('self-hosted-status')).textContent).toBe('Access was not granted');
    expect((screen.getByTestId('self-hosted-origin') as HTMLInputElement).value).toBe('https://jira.acme.internal');
    await user.click(screen.getByTestId('self-hosted-add'));
    expect(await screen.findByText('Added https://jira.acme.internal. Reload the extension.')).toBeTruthy();
  });

  it('lists the origins and removes one', async () => {
    const { actions, user } = setup([JIRA, { origin: 'https://code.acme.internal', site: 'github' }]);
    const rows = screen.getAllByTestId('self-hosted-entry');
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('https://jira.acme.internal (Jira Data Center / Server)'),
      expect.stringContaining('https://code.acme.internal (GitHub Enterprise)'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Remove https://code.acme.internal' }));
    expect(actions.remove).toHaveBeenCalledWith('https://code.acme.internal');
    expect(await screen.findByText('Removed https://code.acme.internal.')).toBeTruthy();
  });
});
