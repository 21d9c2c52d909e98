import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApprovalBanner } from '@/components/sidepanel/ApprovalBanner';

afterEach(cleanup);

const offer = {
  coId: 'c1',
  coRef: 'CO-001',
  decision: 'approved' as const,
  quote: 'Approved, go ahead.',
  from: 'Dana',
};

describe('ApprovalBanner', () => {
  it('quotes the client and records the answer in one click', async () => {
    const onApply = vi.fn(async () => null);
    render(<ApprovalBanner offer={offer} onApply={onApply} />);
    expect(screen.getByTestId('approval-offer').textContent).toContain('Dana seems to have approved CO-001');
    expect(screen.getByText('Approved, go ahead.')).toBeTruthy();
    await userEvent.click(screen.getByTestId('approval-apply'));
    expect(onApply).toHaveBeenCalledWith(offer);
  });

  it('offers "Mark deferred" for a "not now", and shows a failure', async () => {
    render(<ApprovalBanner offer={{ ...offer, decision: 'deferred' }} onApply={async () => 'CO-001 is locked.'} />);
    await userEvent.click(screen.getByTestId('approval-apply'));
    expect(screen.getByTestId('approval-apply').textContent).toBe('Mark deferred');
    expect(await screen.findByText('CO-001 is locked.')).toBeTruthy();
  });
});
