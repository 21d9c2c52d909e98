import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AbsorbForm, AbsorbedNote } from '@/components/sidepanel/AbsorbForm';
import { closeAndDeleteDbForTests, getRecord, listRecords, putRecord } from '@/lib/db';
import { ChangeOrderSection } from '@/entrypoints/sidepanel/ChangeOrderSection';
import { project, request } from '../../factories/changeOrderProject';

afterEach(async () => {
  cleanup();
  await closeAndDeleteDbForTests();
});

async function seed() {
  const p = await putRecord('projects', project());
  const ask = await putRecord('requests', request());
  return { p, ask };
}

describe('ChangeOrderSection', { timeout: 20_000 }, () => {
  it('drafts CO-001 from the open asks, saves it, lists it and marks the ask handled', async () => {
    const { p, ask } = await seed();
    const user = userEvent.setup();
    render(<ChangeOrderSection tabId={7} project={p} asks={[ask]} onClose={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'CO-001' })).toBeTruthy());
    expect((screen.getByTestId('co-title') as HTMLInputElement).value).toBe('Add a blog section to the site');
    expect(screen.getByTestId('co-total').textContent).toBe('$500.00'); // 4 h x Designer 125.00
    await user.click(screen.getByTestId('co-save'));
    await waitFor(() => expect(screen.getByTestId('co-row').textContent).toContain('CO-001'));
    expect(screen.getByTestId('co-notice').textContent).toBe('Saved CO-001.');
    expect((await getRecord('requests', ask.id))?.changeOrderId).toBeTruthy();
    expect(screen.getByTestId('money-pending').textContent).toContain('$500.00');

    await user.selectOptions(screen.getByTestId('co-status'), 'sent');
    await waitFor(() => expect(screen.getByTestId('co-notice').textContent).toBe('CO-001 marked sent.'));
    const [stored] = await listRecords('changeOrders');
    expect(stored?.history.map((h) => h.status)).toEqual(['draft', 'sent']);

    // No content script in this tab: the reason is shown, nothing claims success.
    await user.click(screen.getByTestId('co-next'));
    await user.click(screen.getByTestId('co-insert-reply'));
    await waitFor(() => expect(screen.getByTestId('co-notice').textContent).toMatch(/^Not inserted: /));
  });

  it('reopens the order that covers the asks instead of drafting a duplicate', async () => {
    const { p, ask } = await seed();
    const user = userEvent.setup();
    const first = render(<ChangeOrderSection tabId={null} project={p} asks={[ask]} onClose={vi.fn()} />);
    await waitFor(() => expect(screen.getByTestId('co-save')).toBeTruthy());
    await user.click(screen.getByTestId('co-save'));
    await waitFor(() => expect(screen.getByTestId('co-row')).toBeTruthy());
    first.unmount();
    const covered = await getRecord('requests', ask.id);
    render(<ChangeOrderSection tabId={null} project={p} asks={[covered!]} onClose={vi.fn()} />);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'CO-001' })).toBeTruthy());
    expect(await listRecords('changeOrders')).toHaveLength(1);
  });

  it('revises an approved order into a new draft that saves as a revision', async () => {
    const { p, ask } = await seed();
    const user = userEvent.setup();
    render(<ChangeOrderSection tabId={null} project={p} asks={[ask]} onClose={vi.fn()} />);
    await waitFor(() => expect(screen.getByTestId('co-status')).toBeTruthy());
    await user.selectOptions(screen.getByTestId('co-status'), 'sent');
    await waitFor(() => expect(screen.getByTestId('co-notice').textContent).toContain('marked sent'));
    await user.selectOptions(screen.getByTestId('co-status'), 'approved');
    await waitFor(() => expect(screen.getByTestId('co-revise')).toBeTruthy());
    expect(screen.queryByTestId('co-save')).toBeNull();
    await user.click(screen.getByTestId('co-revise'));
    expect(screen.getByRole('heading', { name: 'CO-001 rev 1' })).toBeTruthy();
    await user.click(screen.getByTestId('co-save'));
    await waitFor(() => expect(screen.getAllByTestId('co-row')).toHaveLength(2));
    const rev = (await listRecords('changeOrders')).find((co) => co.revision === 1);
    expect((await getRecord('requests', ask.id))?.changeOrderId).toBe(rev?.id);
  });
});

describe('AbsorbForm', () => {
  it('records the ask as absorbed with an estimated value from the rate card', async () => {
    const user = userEvent.setup();
    const onAbsorb = vi.fn(async () => null);
    const onDone = vi.fn();
    const ask = request();
    render(<AbsorbForm ask={ask} project={project()} onAbsorb={onAbsorb} onDone={onDone} />);
    const value = screen.getByTestId('absorb-value') as HTMLInputElement;
    expect(value.value).toBe('500.00');
    expect(document.activeElement).toBe(value); // opened from the verdict bar: ready to type
    await user.clear(value);
    await user.type(value, 'lots');
    await user.click(screen.getByTestId('absorb-save'));
    expect(onAbsorb).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBeTruthy();
    await user.clear(value);
    await user.type(value, '250');
    await user.type(screen.getByTestId('absorb-note'), 'goodwill');
    await user.click(screen.getByTestId('absorb-save'));
    expect(onAbsorb).toHaveBeenCalledWith(ask, 25_000, 'goodwill');
    expect(onDone).toHaveBeenCalled();
  });

  it('starts from the SOW’s blended rate when the project has no rate card', () => {
    const p = project({ rateCard: [], scope: { ...project().scope, hourlyRate: 90 } });
    render(<AbsorbForm ask={request()} project={p} onAbsorb={vi.fn()} onDone={vi.fn()} />);
    expect((screen.getByTestId('absorb-value') as HTMLInputElement).value).toBe('360.00'); // 4 h x 90
  });

  it('shows what was absorbed, and nothing for an ask not absorbed', () => {
    const absorbed = request({ absorbed: { valueCents: 25_000, note: 'goodwill', at: '2026-11-28T10:00:00.000Z' } });
    const { unmount } = render(<AbsorbedNote ask={absorbed} project={project()} />);
    expect(screen.getByTestId('ask-absorbed').textContent).toContain('$250.00 absorbed (goodwill)');
    unmount();
    const { container } = render(<AbsorbedNote ask={request()} project={project()} />);
    expect(container.textContent).toBe('');
  });
});
