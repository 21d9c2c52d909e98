import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Welcome, type WelcomeProps } from '@/components/onboarding/Welcome';

afterEach(cleanup);

const props = (over: Partial<WelcomeProps> = {}): WelcomeProps => ({
  account: 'jess@brightlane.agency',
  suggested: 'brightlane.agency',
  agencyDomains: [],
  onSaveDomain: vi.fn(async () => null),
  onOpenGmail: vi.fn(),
  onOpenOptions: vi.fn(),
  ...over,
});

describe('Welcome', () => {
  it('asks before using the Gmail account’s domain, and saves it on Yes', async () => {
    const p = props();
    render(<Welcome {...p} />);
    expect(screen.getByTestId('welcome-account').textContent).toContain('jess@brightlane.agency');
    expect(p.onSaveDomain).not.toHaveBeenCalled();
    await userEvent.click(screen.getByTestId('welcome-domain-yes'));
    expect(p.onSaveDomain).toHaveBeenCalledWith('brightlane.agency');
    expect(screen.getByTestId('welcome-domain-status').textContent).toContain('@brightlane.agency');
  });

  it('lets the AM type another domain, and explains a bad one', async () => {
    const p = props();
    render(<Welcome {...p} />);
    await userEvent.click(screen.getByTestId('welcome-domain-no'));
    await userEvent.type(screen.getByTestId('welcome-domain-input'), 'not a domain{Enter}');
    expect(screen.getByTestId('field-error').textContent).toMatch(/like youragency\.com/);
    await userEvent.clear(screen.getByTestId('welcome-domain-input'));
    await userEvent.type(screen.getByTestId('welcome-domain-input'), '@Studio.io{Enter}');
    expect(p.onSaveDomain).toHaveBeenCalledWith('studio.io');
  });

  it('with no Gmail tab, says how to get the suggestion; ends on opening a client thread', async () => {
    const p = props({ account: null, suggested: null });
    render(<Welcome {...p} />);
    expect(screen.getByTestId('welcome-no-account').textContent).toMatch(/Open Gmail/);
    await userEvent.click(screen.getByTestId('welcome-open-gmail'));
    expect(p.onOpenGmail).toHaveBeenCalled();
  });
});
