import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as db from '@/lib/db';
import * as records from '@/lib/db/records';
import { preloadRecords, screenfulOfRows, useRecords } from '@/lib/hooks/useRecords';

// Counts the queries: the shared lists (lib/db/sharedList) read through the records module.
vi.mock('@/lib/db/records', async (importOriginal) => {
  const real = await importOriginal<typeof records>();
  return { ...real, listRecords: vi.fn(real.listRecords) };
});

function Count({ id }: { id: string }) {
  const { records, loading } = useRecords('clients', { limit: 5 });
  return <p data-testid={id}>{loading ? 'loading' : records.length}</p>;
}

afterEach(async () => {
  cleanup();
  await db.closeAndDeleteDbForTests();
});

describe('useRecords', () => {
  it('shares one read between components that ask for the same list at once', async () => {
    await db.putRecord('clients', db.createRecord('clients', { name: 'Acme', domains: ['acme.com'], notes: '' }));
    vi.mocked(records.listRecords).mockClear();
    render(
      <>
        <Count id="a" />
        <Count id="b" />
        <Count id="c" />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('c').textContent).toBe('1'));
    expect(screen.getByTestId('a').textContent).toBe('1');
    expect(vi.mocked(records.listRecords)).toHaveBeenCalledTimes(1);
  });

  it('takes a read preloaded at page start instead of reading again', async () => {
    await db.putRecord('clients', db.createRecord('clients', { name: 'Acme', domains: ['acme.com'], notes: '' }));
    vi.mocked(records.listRecords).mockClear();
    preloadRecords('clients', { limit: 5 });
    expect(vi.mocked(records.listRecords)).toHaveBeenCalledTimes(1);
    render(<Count id="p" />);
    await waitFor(() => expect(screen.getByTestId('p').textContent).toBe('1'));
    expect(vi.mocked(records.listRecords)).toHaveBeenCalledTimes(1);
    // Other options are another list: read on their own.
    preloadRecords('clients', { limit: 6 });
    expect(vi.mocked(records.listRecords)).toHaveBeenCalledTimes(2);
  });

  it('reuses a finished read until the store changes', async () => {
    await db.putRecord('clients', db.createRecord('clients', { name: 'Acme', domains: ['acme.com'], notes: '' }));
    vi.mocked(records.listRecords).mockClear();
    const first = render(<Count id="d" />);
    await waitFor(() => expect(screen.getByTestId('d').textContent).toBe('1'));
    first.unmount();
    // Mounted later (a tab opened after the page's first screen): the same list, not read again.
    const second = render(<Count id="e" />);
    await waitFor(() => expect(screen.getByTestId('e').textContent).toBe('1'));
    expect(vi.mocked(records.listRecords)).toHaveBeenCalledTimes(1);
    second.unmount();
    // A write to the store (here, by this page) makes the next read go to the database.
    await db.putRecord('clients', db.createRecord('clients', { name: 'Beta', domains: [], notes: '' }));
    render(<Count id="f" />);
    await waitFor(() => expect(screen.getByTestId('f').textContent).toBe('2'));
    expect(vi.mocked(records.listRecords)).toHaveBeenCalledTimes(2);
  });
});

describe('screenfulOfRows', () => {
  it('reads what the window shows, not a fixed page', () => {
    expect(screenfulOfRows(48, 800)).toBe(17);
    expect(screenfulOfRows(48, 1300)).toBe(28);
    expect(screenfulOfRows(48, 480)).toBe(10);
  });
  it('never asks for a first page of 0, which would read nothing before the first paint', () => {
    expect(screenfulOfRows(48, 0)).toBe(1);
    expect(screenfulOfRows(48, Number.NaN)).toBe(1);
  });
});
