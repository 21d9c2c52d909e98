import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeOrderEditor } from '@/components/changeorder/ChangeOrderEditor';
import type { ChangeOrderEditorProps } from '@/components/changeorder/ChangeOrderEditor';
import { transition } from '@/lib/changeorders/status';
import type { ChangeOrder, Project } from '@/lib/db/schemas';
import { AT, draft, project } from '../../factories/changeOrderProject';

afterEach(cleanup);

type Handlers = Omit<ChangeOrderEditorProps, 'value' | 'project' | 'onChange'>;

/** The editor is controlled: a real parent keeps the value, like the side panel will. */
function Harness({ initial, proj, handlers }: { initial: ChangeOrder; proj: Project; handlers: Handlers }) {
  const [value, setValue] = useState(initial);
  return <ChangeOrderEditor value={value} project={proj} onChange={setValue} {...handlers} />;
}

function setup(initial: ChangeOrder = draft(), proj = project()) {
  const handlers = {
    onSave: vi.fn(),
    onTransition: vi.fn(),
    onCopyMarkdown: vi.fn(),
    onInsertReply: vi.fn(),
    onPrint: vi.fn(),
  } satisfies Handlers;
  render(<Harness initial={initial} proj={proj} handlers={handlers} />);
  return { handlers, user: userEvent.setup() };
}

async function retype(user: ReturnType<typeof userEvent.setup>, el: HTMLElement, text: string) {
  await user.clear(el);
  if (text) await user.type(el, text);
}

describe('ChangeOrderEditor', () => {
  it('prices the drafted line and updates the total as hours and rate are typed', async () => {
    const { user, handlers } = setup(draft({ affectedDeliverables: ['', ' '] }));
    expect(screen.getByTestId('co-total').textContent).toBe('$500.00'); // 4 h x 125
    await retype(user, screen.getByTestId('co-line-hours'), '2.5');
    expect(screen.getByTestId('co-total').textContent).toBe('$312.50');
    await retype(user, screen.getByTestId('co-line-rate'), '1,333.33');
    expect(screen.getByTestId('co-total').textContent).toBe('$3,333.33'); // 3333.325 rounds half-up
    await user.click(screen.getByTestId('co-save'));
    expect(handlers.onSave).toHaveBeenCalledTimes(1);
    const saved = handlers.onSave.mock.calls[0]![0] as ChangeOrder;
    expect(saved.lines[0]).toMatchObject({ hours: 2.5, rateCents: 133333 });
    expect(saved.affectedDeliverables).toEqual([]);
  });

  it('adds a line priced from the rate card and switches roles to their card rate', async () => {
    const { user } = setup();
    await user.click(screen.getByTestId('co-add-line'));
    expect(screen.getAllByTestId('co-line-role')).toHaveLength(2);
    expect(screen.getByTestId('co-total').textContent).toBe('$625.00'); // + 1 h x 125
    await user.selectOptions(screen.getAllByTestId('co-line-role')[1]!, 'Developer');
    expect((screen.getAllByTestId('co-line-rate')[1] as HTMLInputElement).value).toBe('150.00');
    expect(screen.getByTestId('co-total').textContent).toBe('$650.00');
  });

  it('takes a typed role when the project has no rate card, and prices fixed fees', async () => {
    const { user } = setup(draft(), project({ rateCard: [] }));
    await retype(user, screen.getByTestId('co-line-role'), 'Copywriter');
    expect((screen.getByTestId('co-line-role') as HTMLInputElement).value).toBe('Copywriter');
    await user.selectOptions(screen.getByLabelText('Line 1 type'), 'fixed');
    await retype(user, screen.getByTestId('co-line-amount'), '1,250');
    expect(screen.getByTestId('co-total').textContent).toBe('$1,250.00');
  });

  it('shows an error beside a bad rate and blocks saving', async () => {
    const { user, handlers } = setup();
    const rate = screen.getByTestId('co-line-rate');
    await retype(user, rate, '12.345');
    expect(rate.getAttribute('aria-invalid')).toBe('true');
    const describedBy = rate.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toBe('at most 2 decimals');
    await retype(user, screen.getByTestId('co-line-hours'), 'lots');
    expect(screen.getByText('hours must be a number')).toBeTruthy();
    await user.click(screen.getByTestId('co-save'));
    expect(handlers.onSave).not.toHaveBeenCalled();
    expect(screen.getByTestId('co-error').textContent).toBe('Fix the marked fields before saving.');
    // the order keeps the last valid rate typed on the way (12.34), not the bad one
    expect(screen.getByTestId('co-total').textContent).toBe('$49.36');
  });

  it('blocks saving without a title', async () => {
    const { user, handlers } = setup();
    await retype(user, screen.getByTestId('co-title'), '');
    await user.click(screen.getByTestId('co-save'));
    expect(handlers.onSave).not.toHaveBeenCalled();
    expect(screen.getByText('title is required')).toBeTruthy();
  });

  it('applies discounts and expenses', async () => {
    const { user } = setup();
    await retype(user, screen.getByTestId('co-expenses'), '50');
    await retype(user, screen.getByTestId('co-discount'), '10');
    expect(screen.getByTestId('co-total').textContent).toBe('$495.00'); // (500 + 50) - 55
  });

  it('offers only legal status moves and hands out the rendered documents', async () => {
    const { user, handlers } = setup();
    const status = screen.getByTestId('co-status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.value)).toEqual(['draft', 'sent']);
    await user.selectOptions(status, 'sent');
    expect(handlers.onTransition).toHaveBeenCalledWith('sent');
    await user.click(screen.getByTestId('co-next')); // step 2: send
    await user.click(screen.getByTestId('co-copy-markdown'));
    expect(handlers.onCopyMarkdown.mock.calls[0]![0]).toMatch(/^## CO-001: Add a blog section/);
    await user.click(screen.getByTestId('co-insert-reply'));
    expect(handlers.onInsertReply.mock.calls[0]![0]).toMatch(/^Change order CO-001/);
    await user.click(screen.getByTestId('co-print'));
    expect(handlers.onPrint.mock.calls[0]![0]).toMatch(/^<!doctype html>/);
  });

  it('renders an approved order read-only with a Revise button that makes a draft revision', async () => {
    const approved = transition(transition(draft(), 'sent', AT), 'approved', AT);
    const { user, handlers } = setup(approved);
    // An approved order opens on its documents (step 2); its price is there to read, not to edit.
    await user.click(screen.getByTestId('co-copy-markdown'));
    expect(handlers.onCopyMarkdown).toHaveBeenCalled();
    expect((screen.getByTestId('co-status') as HTMLSelectElement).disabled).toBe(true);
    await user.click(screen.getByTestId('co-step-price'));
    expect((screen.getByTestId('co-title') as HTMLInputElement).closest('fieldset')?.disabled).toBe(true);
    expect(screen.queryByTestId('co-save')).toBeNull();
    await act(() => user.click(screen.getByRole('button', { name: 'Revise' })));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('CO-001 rev 1');
    expect((screen.getByTestId('co-title') as HTMLInputElement).closest('fieldset')?.disabled).toBe(false);
    expect(within(screen.getByRole('form')).getByTestId('co-save')).toBeTruthy();
  });
});

describe('ChangeOrderEditor: sending to the client', () => {
  it('makes Send the one primary action, with the templated email, and offers the PDF', async () => {
    const onSend = vi.fn();
    const onPdf = vi.fn();
    const emailText = (co: ChangeOrder) => `Hi Dana, ${co.title}`;
    render(
      <Harness
        initial={draft()}
        proj={project()}
        handlers={{
          onSave: vi.fn(),
          onTransition: vi.fn(),
          onCopyMarkdown: vi.fn(),
          onInsertReply: vi.fn(),
          onPrint: vi.fn(),
          onSend,
          onPdf,
          emailText,
        }}
      />,
    );
    const user = userEvent.setup();
    // Step 1: pricing leads on to sending; Save is secondary.
    expect(screen.getByTestId('co-next').className).toBe('primary');
    expect(screen.getByTestId('co-save').className).toBe('');
    expect(screen.queryByTestId('co-send')).toBeNull();
    await user.click(screen.getByTestId('co-next'));
    // Step 2: Send is the one primary action, the email from the template shown before it goes.
    expect(screen.getByTestId('co-send').className).toBe('primary');
    expect(screen.getByTestId('co-insert-reply').className).toBe('');
    expect(document.querySelectorAll('button.primary')).toHaveLength(1);
    expect(screen.getByTestId('co-email-preview').textContent).toBe('Hi Dana, Add a blog section to the site');
    await user.click(screen.getByTestId('co-send'));
    expect(onSend.mock.calls[0]![1]).toBe('Hi Dana, Add a blog section to the site');
    await user.click(screen.getByTestId('co-pdf'));
    expect(onPdf).toHaveBeenCalled();
  });
});

describe('ChangeOrderEditor: two steps, price then send', () => {
  it('a draft opens on its price; a bad field keeps it there, with the reason', async () => {
    const { user } = setup();
    expect(screen.getByTestId('co-step-price').getAttribute('aria-current')).toBe('step');
    expect(screen.queryByTestId('co-insert-reply')).toBeNull();
    await retype(user, screen.getByTestId('co-line-hours'), 'lots');
    await user.click(screen.getByTestId('co-next'));
    expect(screen.getByTestId('co-error').textContent).toBe('Fix the marked fields before sending.');
    expect(screen.getByTestId('co-step-price').getAttribute('aria-current')).toBe('step');
    await retype(user, screen.getByTestId('co-line-hours'), '3');
    await user.click(screen.getByTestId('co-next'));
    expect(screen.getByTestId('co-step-send').getAttribute('aria-current')).toBe('step');
    expect(screen.getByTestId('co-send-total').textContent).toBe('$375.00');
    // Back to the price: what was typed is still there.
    await user.click(screen.getByTestId('co-step-price'));
    expect((screen.getByTestId('co-line-hours') as HTMLInputElement).value).toBe('3');
  });

  it('a sent order opens on sending; another order starts on its own first step', async () => {
    const sent = transition(draft(), 'sent', AT);
    const handlers = {
      onSave: vi.fn(),
      onTransition: vi.fn(),
      onCopyMarkdown: vi.fn(),
      onInsertReply: vi.fn(),
      onPrint: vi.fn(),
    };
    const proj = project();
    const { rerender } = render(<ChangeOrderEditor value={sent} project={proj} onChange={vi.fn()} {...handlers} />);
    expect(screen.getByTestId('co-step-send').getAttribute('aria-current')).toBe('step');
    // Without onSend, inserting into the reply is the step's primary action.
    expect(screen.getByTestId('co-insert-reply').className).toBe('primary');
    const next = draft({ id: crypto.randomUUID(), number: 2 });
    rerender(<ChangeOrderEditor value={next} project={proj} onChange={vi.fn()} {...handlers} />);
    expect(screen.getByTestId('co-step-price').getAttribute('aria-current')).toBe('step');
  });
});
