import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel, importSummary } from '@/components/options/DataPanel';
import type { ImportOptions, ImportResult, StoreReport } from '@/lib/db/backup';

afterEach(cleanup);

const none: StoreReport = { added: 0, updated: 0, skipped: 0 };
const report = (over: Record<string, Partial<StoreReport>>) =>
  Object.fromEntries(
    ['clients', 'projects', 'requests', 'feedback'].map((s) => [s, { ...none, ...over[s] }]),
  ) as Record<string, StoreReport>;

describe('importSummary', () => {
  it('says what was added, updated and skipped, per kind of record', () => {
    expect(importSummary(report({ clients: { added: 2, skipped: 1 }, requests: { updated: 1_500 } })).text).toBe(
      'Imported 1,502 records: 2 added (2 clients); 1,500 updated (1,500 detected asks); 1 skipped because this browser’s copy is as new or newer (1 client).',
    );
  });

  it('an import that changes nothing says so instead of "Imported"', () => {
    expect(importSummary(report({ clients: { skipped: 2 }, projects: { skipped: 4 } })).text).toBe(
      'Nothing was imported: 6 skipped because this browser’s copy is as new or newer (2 clients, 4 projects).',
    );
    expect(importSummary(report({})).text).toBe('Nothing was imported: the file holds no records.');
  });
});

describe('DataPanel import', () => {
  it('shows a progress bar with a count while importing, and cancel aborts the import', async () => {
    let options: ImportOptions = {};
    let finish: (r: ImportResult) => void = () => {};
    const onImport = vi.fn(
      (_file: File, o: ImportOptions) =>
        new Promise<ImportResult>((resolve) => {
          options = o;
          finish = resolve;
        }),
    );
    render(<DataPanel onExport={vi.fn()} onImport={onImport} onCsv={vi.fn()} />);
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('backup-import'), { target: { files: [file] } });
    act(() => options.onProgress!({ phase: 'writing', done: 4_000, total: 10_000 }));
    expect(screen.getByTestId('import-count').textContent).toBe('Writing 4,000 of 10,000 records…');
    expect(screen.getByTestId('import-progress').getAttribute('value')).toBe('4000');
    expect(screen.getByTestId('backup-import')).toHaveProperty('disabled', true);

    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(options.signal!.aborted).toBe(true);
    await act(async () => finish({ ok: false, cancelled: true, error: 'Import cancelled: nothing was changed.' }));
    expect(screen.getByTestId('data-status').textContent).toContain('Import cancelled: nothing was changed.');
    expect(screen.queryByTestId('import-progress')).toBeNull();
  });

  it('re-renders the count at most ten times a second, but always shows a new phase and the end', async () => {
    let options: ImportOptions = {};
    let finish: (r: ImportResult) => void = () => {};
    const onImport = vi.fn(
      (_file: File, o: ImportOptions) =>
        new Promise<ImportResult>((resolve) => {
          options = o;
          finish = resolve;
        }),
    );
    render(<DataPanel onExport={vi.fn()} onImport={onImport} onCsv={vi.fn()} />);
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('backup-import'), { target: { files: [file] } });
    const count = () => screen.getByTestId('import-count').textContent;
    act(() => options.onProgress!({ phase: 'checking', done: 0, total: 1_000 }));
    act(() => options.onProgress!({ phase: 'writing', done: 250, total: 1_000 }));
    expect(count()).toBe('Writing 250 of 1,000 records…');
    act(() => options.onProgress!({ phase: 'writing', done: 500, total: 1_000 }));
    expect(count()).toBe('Writing 250 of 1,000 records…'); // too soon after the last
    act(() => options.onProgress!({ phase: 'writing', done: 1_000, total: 1_000 }));
    expect(count()).toBe('Writing 1,000 of 1,000 records…');
    await act(async () => finish({ ok: false, cancelled: true, error: 'Import cancelled: nothing was changed.' }));
  });

  it('names the record and field of a bad file', async () => {
    const onImport = vi.fn(async (): Promise<ImportResult> => ({
      ok: false,
      error: 'waits[0].what: what is required',
    }));
    render(<DataPanel onExport={vi.fn()} onImport={onImport} onCsv={vi.fn()} />);
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    await act(async () => {
      fireEvent.change(screen.getByTestId('backup-import'), { target: { files: [file] } });
    });
    expect(screen.getByTestId('data-status').textContent).toContain(
      'Nothing was imported: waits[0].what: what is required',
    );
  });
});
