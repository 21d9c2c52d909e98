import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientForm } from '@/components/options/ClientForm';
import { client } from '../../factories/workspace';

afterEach(cleanup);

function setup(editing: ReturnType<typeof client> | null = null) {
  const globex = client({ name: 'Globex', domains: ['globex.com'] });
  const clients = editing ? [globex, editing] : [globex];
  const onSave = vi.fn(async () => null);
  render(<ClientForm clients={clients} client={editing} onSave={onSave} onCancel={() => {}} />);
  return { onSave, user: userEvent.setup({ delay: null }) };
}

describe('ClientForm', { timeout: 20_000 }, () => {
  it('empty name: message next to the name, nothing saved', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByTestId('client-domains'), 'acme.com');
    await user.click(screen.getByTestId('client-save'));
    expect(screen.getByTestId('client-name').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter the client’s name')).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('duplicate domain: refused with the owner named, nothing saved', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByTestId('client-name'), 'Acme');
    await user.type(screen.getByTestId('client-domains'), 'GLOBEX.com');
    await user.click(screen.getByTestId('client-save'));
    expect(screen.getByText(/globex.com already belongs to Globex/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a malformed domain is named', async () => {
    const { onSave, user } = setup();
    await user.type(screen.getByTestId('client-name'), 'Acme');
    await user.type(screen.getByTestId('client-domains'), 'acme');
    await user.click(screen.getByTestId('client-save'));
    expect(screen.getByText(/“acme” is not an email domain/)).toBeTruthy();
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves normalised domains; editing a client keeps its own domains legal', async () => {
    const acme = client({ name: 'Acme', domains: ['acme.com'] });
    const { onSave, user } = setup(acme);
    const domains = screen.getByTestId('client-domains');
    await user.clear(domains);
    await user.type(domains, 'acme.com, https://Acme.io/');
    await user.click(screen.getByTestId('client-save'));
    expect(onSave).toHaveBeenCalledWith({ id: acme.id, name: 'Acme', domains: ['acme.com', 'acme.io'], notes: '' });
  });

  it('shows the save error from the data layer', async () => {
    const globex = client({ name: 'Globex', domains: ['globex.com'] });
    const onSave = vi.fn(async () => 'Not saved: clients.name: name is required');
    render(<ClientForm clients={[globex]} client={null} onSave={onSave} onCancel={() => {}} />);
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByTestId('client-name'), 'Initech');
    await user.click(screen.getByTestId('client-save'));
    expect(screen.getByRole('alert').textContent).toContain('clients.name');
  });
});
