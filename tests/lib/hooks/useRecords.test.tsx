import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as db from '@/lib/db';
import { useRecords } from '@/lib/hooks/useRecords';

vi.mock('@/lib/db', async (importOriginal) => {
  const real = await importOriginal<typeof db>();
  return { ...real, listRecords: vi.fn(real.listRecords) };
});

function Count({ id }: { id: string }) {
  const { records, loading } = useRecords('clients', { limit: 5 });
  return <p data-testid={id}>{loading ? 'loading' : records.length}</p>;
}

afterEach(async () => {
  await db.closeAndDeleteDbForTests();
});

describe('useRecords', () => {
  it('shares one read between components that ask for the same list at once', async () => {
    await db.putRecord('clients', db.createRecord('clients', { name: 'Acme', domains: ['acme.com'], notes: '' }));
    vi.mocked(db.listRecords).mockClear();
    render(
      <>
        <Count id="a" />
        <Count id="b" />
        <Count id="c" />
      </>,
    );
    await waitFor(() => expect(screen.getByTestId('c').textContent).toBe('1'));
    expect(screen.getByTestId('a').textContent).toBe('1');
    expect(vi.mocked(db.listRecords)).toHaveBeenCalledTimes(1);
  });
});
