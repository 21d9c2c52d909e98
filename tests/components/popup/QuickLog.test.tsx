import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { QuickLogSave } from '@/components/popup/QuickLog';
import { QuickLog } from '@/components/popup/QuickLog';
import { client, feedback } from '../../factories/workspace';

afterEach(cleanup);

const acme = client({ name: 'Acme' });
const globex = client({ name: 'Globex', domains: ['globex.com'] });
const tab = { url: 'https://mail.google.com/mail/u/0/#inbox/abc', title: 'Homepage feedback' };

function view(defaultClientId: string | null, onSave = vi.fn(async (_s: QuickLogSave) => null as string | null)) {
  const props = {
    clients: [acme, globex],
    tab,
    recent: [feedback({ note: 'Earlier note' })],
    onSave,
    onOpenOptions: () => {},
  };
  const r = render(<QuickLog {...props} defaultClientId={defaultClientId} />);
  return { onSave, rerender: (id: string | null) => r.rerender(<QuickLog {...props} defaultClientId={id} />) };
}

describe('QuickLog', { timeout: 20_000 }, () => {
  it('defaults the client to the tab’s match, even when the match arrives after opening', () => {
    const { rerender } = view(null);
    const select = screen.getByTestId('quicklog-client') as HTMLSelectElement;
    expect(select.value).toBe('');
    rerender(globex.id);
    expect(select.value).toBe(globex.id);
  });

  it('guesses the kind from the note, after the note in tab order, until the AM picks one', async () => {
    const { onSave } = view(acme.id);
    const user = userEvent.setup({ delay: null });
    const note = screen.getByTestId('quicklog-note');
    const kind = screen.getByTestId('quicklog-kind') as HTMLSelectElement;
    expect(note.compareDocumentPosition(kind) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await user.type(note, 'Love the new homepage');
    expect(kind.value).toBe('praise');
    expect((screen.getByTestId('quicklog-sentiment') as HTMLSelectElement).value).toBe('positive');
    await user.selectOptions(kind, 'question');
    await user.type(note, ', can we launch?{Enter}');
    expect(onSave).toHaveBeenCalledWith({
      input: { kind: 'question', sentiment: 'positive', note: 'Love the new homepage, can we launch?' },
      clientId: acme.id,
      linkTab: true,
    });
  });

  it('Enter in the note saves kind, sentiment, note, client and the tab link, then clears the note', async () => {
    const { onSave } = view(acme.id);
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(screen.getByTestId('quicklog-kind'), 'approval');
    await user.selectOptions(screen.getByTestId('quicklog-sentiment'), 'positive');
    await user.type(screen.getByTestId('quicklog-note'), 'Approved the homepage{Enter}');
    expect(onSave).toHaveBeenCalledWith({
      input: { kind: 'approval', sentiment: 'positive', note: 'Approved the homepage' },
      clientId: acme.id,
      linkTab: true,
    });
    // Clearing waits for the save to resolve: wait for it rather than racing it on a loaded machine.
    await waitFor(() => expect((screen.getByTestId('quicklog-note') as HTMLTextAreaElement).value).toBe(''));
    expect(screen.getByTestId('quicklog-status').textContent).toBe('Saved.');
  });

  it('a chosen client wins over the default; Shift+Enter is a new line', async () => {
    const { onSave } = view(acme.id);
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(screen.getByTestId('quicklog-client'), globex.id);
    await user.click(screen.getByTestId('quicklog-link'));
    await user.type(screen.getByTestId('quicklog-note'), 'Line one{Shift>}{Enter}{/Shift}line two');
    expect(onSave).not.toHaveBeenCalled();
    await user.click(screen.getByTestId('quicklog-save'));
    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({
        clientId: globex.id,
        linkTab: false,
        input: expect.objectContaining({ note: 'Line one\nline two' }),
      }),
    );
  });

  it('an empty note is not saved and says why', async () => {
    const { onSave } = view(acme.id);
    await userEvent.setup({ delay: null }).click(screen.getByTestId('quicklog-save'));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Write what the client said')).toBeTruthy();
  });

  it('shows the last entries and a failed save', async () => {
    view(
      acme.id,
      vi.fn(async () => 'Not saved: disk full'),
    );
    expect(screen.getByTestId('quicklog-recent').textContent).toContain('Earlier note');
    await userEvent.setup({ delay: null }).type(screen.getByTestId('quicklog-note'), 'x{Enter}');
    expect(screen.getByTestId('quicklog-status').textContent).toBe('Not saved: disk full');
  });
});
