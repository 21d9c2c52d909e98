import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LinkProjectCard, NewClientCard } from '@/components/sidepanel/SetupCard';
import { makeClient, makeProject } from '../../factories';

afterEach(cleanup);

describe('setting up from the page', () => {
  it('adds the thread’s company as a client in one click, name and domains filled in', async () => {
    const onCreate = vi.fn(async () => null);
    render(<NewClientCard suggestion={{ name: 'Acmeoutdoor', domains: ['acmeoutdoor.com'] }} onCreate={onCreate} />);
    expect(screen.getByRole('heading').textContent).toBe('New client from acmeoutdoor.com?');
    await userEvent.click(screen.getByTestId('setup-client-create'));
    expect(onCreate).toHaveBeenCalledWith('Acmeoutdoor', ['acmeoutdoor.com']);
  });

  it('keeps the AM’s edits and shows a failure beside the button', async () => {
    const onCreate = vi.fn(async () => 'Not saved: disk full.');
    render(<NewClientCard suggestion={{ name: 'Acmeoutdoor', domains: ['acmeoutdoor.com'] }} onCreate={onCreate} />);
    await userEvent.clear(screen.getByTestId('setup-client-name'));
    await userEvent.type(screen.getByTestId('setup-client-name'), 'Acme Outdoor Co.');
    await userEvent.type(screen.getByTestId('setup-client-domains'), ', @acme.de');
    await userEvent.click(screen.getByTestId('setup-client-create'));
    expect(onCreate).toHaveBeenCalledWith('Acme Outdoor Co.', ['acmeoutdoor.com', 'acme.de']);
    expect(await screen.findByText('Not saved: disk full.')).toBeTruthy();
  });

  it('links an unlinked ticket key to the likeliest project in one click', async () => {
    const acme = makeClient({ name: 'Acme' });
    const a = makeProject({ clientId: acme.id, name: 'Website' });
    const b = makeProject({ clientId: acme.id, name: 'App' });
    const onLink = vi.fn(async () => null);
    render(
      <LinkProjectCard
        link={{ site: 'jira', value: 'ACME' }}
        projects={[a, b]}
        clientName={() => 'Acme'}
        initialProjectId={b.id}
        onLink={onLink}
      />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Link ACME to App?');
    await userEvent.click(screen.getByTestId('setup-link-confirm'));
    expect(onLink).toHaveBeenCalledWith(b.id);
  });
});
