import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeOrderEditor } from '@/components/changeorder/ChangeOrderEditor';
import { ChangeOrderList } from '@/components/changeorder/ChangeOrderList';
import { MoneyView } from '@/components/changeorder/MoneyView';
import { showHours } from '@/lib/money';
import { absorb, moneySummary, transition } from '@/lib/changeorders';
import { AT, draft, project, request } from '../../factories/changeOrderProject';

afterEach(cleanup);

const time = (hours: number, rateCents: number) => ({
  kind: 'time' as const,
  role: 'Developer',
  hours,
  rateCents,
  amountCents: 0,
  description: '',
});

describe('ChangeOrderList', () => {
  it('lists orders newest first with number, title, status and total', async () => {
    const first = transition(draft({ number: 1, title: 'Blog' }), 'sent', AT);
    const second = draft({ number: 2, title: 'Store locator', lines: [time(3, 3333)], currency: 'EUR' });
    const gone = draft({ number: 3, deletedAt: AT });
    const onSelect = vi.fn();
    render(<ChangeOrderList orders={[first, second, gone]} selectedId={first.id} onSelect={onSelect} />);
    const rows = screen.getAllByTestId('co-row');
    expect(rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent))).toEqual([
      ['CO-002', 'Store locator', 'Draft', '€99.99'],
      ['CO-001', 'Blog', 'Sent', '$500.00'],
    ]);
    expect(rows[1]?.getAttribute('aria-selected')).toBe('true');
    await userEvent.setup().click(within(rows[0]!).getByRole('button', { name: 'Store locator' }));
    expect(onSelect).toHaveBeenCalledWith(second.id);
  });

  it('says so when there are none', () => {
    render(<ChangeOrderList orders={[]} onSelect={() => {}} />);
    expect(screen.getByText('No change orders yet.')).toBeTruthy();
  });
});

describe('MoneyView', () => {
  it('shows the summary and the absorbed-work ledger', () => {
    const approved = transition(transition(draft({ lines: [time(2.5, 15000)] }), 'sent', AT), 'approved', AT);
    const requests = [absorb(request({ askText: 'Resize the hero banner' }), 20000, 'goodwill', AT), request()];
    const summary = moneySummary(project(), [approved, draft({ number: 2 })], requests);
    render(<MoneyView summary={summary} requests={requests} />);
    const cells = (id: string) => [...screen.getByTestId(id).querySelectorAll('td')].map((td) => td.textContent);
    expect(cells('money-contracted')).toEqual(['', showHours(320), '$48,000.00']);
    expect(cells('money-approved')).toEqual(['1', showHours(2.5), '$375.00']);
    expect(cells('money-pending')).toEqual(['1', '', '$500.00']);
    expect(cells('money-absorbed')).toEqual(['1', showHours(1.6), '$200.00']); // at the Designer's $125.00
    expect(cells('money-total')).toEqual(['', '', '$48,375.00']);
    expect(screen.getAllByTestId('absorbed-row').map((li) => li.textContent)).toEqual([
      'Resize the hero banner $200.00 (goodwill)',
    ]);
  });
});

describe('accessibility', () => {
  it('has no axe violations in the editor, list and money view', async () => {
    const co = draft();
    const { container } = render(
      <main>
        <ChangeOrderEditor
          value={co}
          project={project()}
          onChange={() => {}}
          onSave={() => {}}
          onTransition={() => {}}
          onCopyMarkdown={() => {}}
          onInsertReply={() => {}}
          onPrint={() => {}}
        />
        <ChangeOrderList orders={[co]} onSelect={() => {}} />
        <MoneyView summary={moneySummary(project(), [co], [])} />
      </main>,
    );
    const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
