import { showDay } from '@/lib/dates/days';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SidePanelProps } from '@/components/sidepanel/SidePanel';
import { SidePanel } from '@/components/sidepanel/SidePanel';
import type { PanelPage } from '@/components/sidepanel/types';
import { ask, client, feedback, project, wait } from '../../factories/workspace';

afterEach(cleanup);

const acme = client();
const web = project(acme.id);
const page: PanelPage = {
  tabId: 7,
  url: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
  title: 'Homepage round 2',
  sourceId: 'thread-1',
  kind: 'thread',
  projectId: web.id,
  problem: null,
  summary: 'Out of scope: copywriting is excluded',
};

function props(over: Partial<SidePanelProps> = {}): SidePanelProps {
  const ok = vi.fn(async () => null as string | null);
  return {
    state: { status: 'ready', page },
    project: web,
    projects: [web],
    clients: [acme],
    asks: [
      ask(web.id),
      ask(web.id, {
        askText: 'Please move the logo left on the homepage.',
        verdict: 'in_scope',
        scopeRef: 'd1',
        reason: 'Homepage design is a deliverable.',
      }),
    ],
    feedback: [],
    waits: [],
    upsells: [],
    projectRequests: [],
    onAssign: ok,
    onAnalyse: ok,
    onCorrect: vi.fn(async () => null),
    onSaveFeedback: vi.fn(async () => null),
    onSaveUpsell: vi.fn(async () => null),
    onSaveWait: vi.fn(async () => null),
    onCloseWait: vi.fn(),
    onOpenOptions: vi.fn(),
    ...over,
  };
}

describe('SidePanel asks', { timeout: 20_000 }, () => {
  it('lists each ask with its verdict and the SOW clause behind it', () => {
    render(<SidePanel {...props()} />);
    expect(screen.getByTestId('panel-project').textContent).toContain('Acme website rebuild');
    const asks = screen.getAllByTestId('ask');
    expect(asks.map((a) => a.getAttribute('data-verdict'))).toEqual(['out_of_scope', 'in_scope']);
    expect(within(asks[0]!).getByTestId('ask-clause').textContent).toContain('Excluded: x1 · Copywriting');
    expect(within(asks[1]!).getByTestId('ask-clause').textContent).toContain('d1 · Homepage design');
  });

  it('correcting a verdict sends it with a clause that fits, and shows it at once', async () => {
    const p = props();
    render(<SidePanel {...p} />);
    const first = screen.getAllByTestId('ask')[0]!;
    await userEvent.setup({ delay: null }).selectOptions(within(first).getByTestId('ask-correct'), 'in_scope');
    expect(p.onCorrect).toHaveBeenCalledWith(p.asks[0], 'in_scope', 'd1');
    expect(screen.getAllByTestId('ask')[0]!.getAttribute('data-verdict')).toBe('in_scope');
  });

  it('a stored correction wins over the engine', () => {
    render(
      <SidePanel
        {...props({
          asks: [ask(web.id, { correction: { verdict: 'no_request', scopeRef: null, at: '2026-11-02T00:00:00Z' } })],
        })}
      />,
    );
    expect(screen.getByTestId('ask').getAttribute('data-verdict')).toBe('no_request');
    expect(screen.getByText('corrected by you')).toBeTruthy();
  });

  it('a failed correction shows the background’s error and reverts', async () => {
    const p = props({ onCorrect: vi.fn(async () => 'Correction not saved: background unreachable') });
    render(<SidePanel {...p} />);
    await userEvent.setup({ delay: null }).selectOptions(screen.getAllByTestId('ask-correct')[0]!, 'no_request');
    expect((await screen.findByRole('alert')).textContent).toContain('background unreachable');
    expect(screen.getAllByTestId('ask')[0]!.getAttribute('data-verdict')).toBe('out_of_scope');
  });

  it('explains an empty list', () => {
    render(<SidePanel {...props({ asks: [] })} />);
    expect(screen.getByTestId('asks-empty').textContent).toMatch(/No asks found/);
  });
});

describe('SidePanel project and page', { timeout: 20_000 }, () => {
  it('offers a picker when no project matched, and assigns the choice', async () => {
    const p = props({ project: null, state: { status: 'ready', page: { ...page, projectId: null } } });
    render(<SidePanel {...p} />);
    expect(screen.queryByTestId('panel-project')).toBeNull();
    const user = userEvent.setup({ delay: null });
    await user.selectOptions(screen.getByTestId('panel-project-pick'), web.id);
    await user.click(screen.getByTestId('panel-project-assign'));
    expect(p.onAssign).toHaveBeenCalledWith(web.id);
  });

  it('says what to do when there are no projects at all', () => {
    render(<SidePanel {...props({ project: null, projects: [] })} />);
    expect(screen.getByTestId('panel-no-projects').textContent).toMatch(/options page/);
  });

  it('unsupported page: Analyse this page, with the error shown', async () => {
    const p = props({
      project: null,
      asks: [],
      onAnalyse: vi.fn(async () => 'Readability found no article text on this page.'),
      state: {
        status: 'ready',
        page: { ...page, sourceId: null, kind: null, projectId: null, problem: 'Not a thread.' },
      },
    });
    render(<SidePanel {...p} />);
    await userEvent.setup({ delay: null }).click(screen.getByTestId('panel-analyse'));
    expect(p.onAnalyse).toHaveBeenCalled();
    expect(await screen.findByText(/no article text/)).toBeTruthy(); // set after onAnalyse resolves
  });

  it('shows the background error', () => {
    render(<SidePanel {...props({ state: { status: 'error', error: 'Could not reach the extension background' } })} />);
    expect(screen.getByTestId('panel-error').textContent).toContain('Could not reach');
  });
});

describe('SidePanel actions', { timeout: 20_000 }, () => {
  it('logs feedback from the page (Enter saves) and links the source', async () => {
    const p = props();
    render(<SidePanel {...p} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('action-feedback'));
    expect((screen.getByTestId('feedback-kind') as HTMLSelectElement).value).toBe('revision_request');
    await user.selectOptions(screen.getByTestId('feedback-sentiment'), 'negative');
    await user.type(screen.getByTestId('feedback-note'), 'Unhappy with the hero image{Enter}');
    expect(p.onSaveFeedback).toHaveBeenCalledWith(
      { kind: 'revision_request', sentiment: 'negative', note: 'Unhappy with the hero image' },
      true,
    );
    expect(screen.queryByTestId('feedback-note')).toBeNull(); // the form closes once saved
  });

  it('upsell: a bad value is refused next to the field', async () => {
    const p = props();
    render(<SidePanel {...p} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('action-upsell'));
    await user.type(screen.getByTestId('upsell-title'), 'SEO retainer');
    await user.type(screen.getByTestId('upsell-value'), 'lots');
    await user.click(screen.getByTestId('upsell-save'));
    expect(screen.getByTestId('upsell-value').getAttribute('aria-invalid')).toBe('true');
    expect(p.onSaveUpsell).not.toHaveBeenCalled();
    await user.clear(screen.getByTestId('upsell-value'));
    await user.type(screen.getByTestId('upsell-value'), '12,500.50');
    await user.selectOptions(screen.getByTestId('upsell-stage'), 'pitched');
    await user.click(screen.getByTestId('upsell-save'));
    expect(p.onSaveUpsell).toHaveBeenCalledWith({
      title: 'SEO retainer',
      valueCents: 1250050,
      stage: 'pitched',
      note: 'Seen in “Homepage round 2”',
    });
  });

  it('Escape closes the open form', async () => {
    render(<SidePanel {...props()} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('action-wait'));
    await user.type(screen.getByTestId('wait-what'), 'Logo{Escape}');
    expect(screen.queryByTestId('wait-what')).toBeNull();
  });

  it('wait: needs what is awaited', async () => {
    const p = props();
    render(<SidePanel {...p} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('action-wait'));
    await user.click(screen.getByTestId('wait-save'));
    expect(p.onSaveWait).not.toHaveBeenCalled();
    await user.type(screen.getByTestId('wait-what'), 'Brand guidelines PDF');
    await user.click(screen.getByTestId('wait-save'));
    expect(p.onSaveWait).toHaveBeenCalledWith(expect.objectContaining({ what: 'Brand guidelines PDF', dueBy: null }));
  });

  it('change order: hosts the editor with the ticked out-of-scope asks, or a placeholder', async () => {
    const user = userEvent.setup({ delay: null });
    const editor = vi.fn(({ asks }: { asks: unknown[] }) => <p>editor with {asks.length} asks</p>);
    render(<SidePanel {...props({ changeOrder: editor })} />);
    await user.click(screen.getByTestId('action-change-order'));
    expect(screen.getByTestId('change-order-host').textContent).toBe('editor with 1 asks');
    cleanup();
    render(<SidePanel {...props()} />);
    await user.click(screen.getByTestId('action-change-order'));
    expect(screen.getByTestId('change-order-placeholder')).toBeTruthy();
  });
});

describe('SidePanel project view', { timeout: 20_000 }, () => {
  it('shows feedback, open waits with days waiting, the upsell pipeline and asks without a change order', () => {
    const p = props({
      feedback: [feedback({ note: 'Love the new nav' })],
      waits: [
        wait({ what: 'Logo files', askedOn: '2020-01-01' }),
        wait({ what: 'Done', closedAt: '2026-11-01T00:00:00Z' }),
      ],
      projectRequests: [ask(web.id), ask(web.id, { changeOrderId: web.id }), ask(web.id, { verdict: 'in_scope' })],
    });
    render(<SidePanel {...p} />);
    expect(screen.getByTestId('feedback-entry').textContent).toContain('Love the new nav');
    const waits = screen.getAllByTestId('wait-entry');
    expect(waits).toHaveLength(1);
    expect(waits[0]!.textContent).toMatch(/\d+ days waiting/);
    expect(screen.getAllByTestId('open-ask')).toHaveLength(1);
  });

  it('says when a list shows only the newest entries instead of giving a wrong total', () => {
    const p = props({
      feedback: Array.from({ length: 200 }, (_, i) => feedback({ note: `Note ${i}` })),
      projectRequests: Array.from({ length: 51 }, () => ask(web.id)),
    });
    render(<SidePanel {...p} />);
    expect(screen.getByRole('heading', { name: /^Feedback/ }).textContent).toBe('Feedback (the newest 200)');
    expect(screen.getByRole('heading', { name: /^Out-of-scope asks/ }).textContent).toBe(
      'Out-of-scope asks without a change order (the newest 50 shown; more in Options > Overview)',
    );
    expect(screen.getAllByTestId('open-ask')).toHaveLength(50);
  });

  it('gives the exact number of open out-of-scope asks when the container counted them', () => {
    const p = props({ projectRequests: Array.from({ length: 50 }, () => ask(web.id)), openAskCount: 5_000 });
    render(<SidePanel {...p} />);
    expect(screen.getByRole('heading', { name: /^Out-of-scope asks/ }).textContent).toBe(
      'Out-of-scope asks without a change order (5,000; the newest 50 shown)',
    );
    expect(screen.getAllByTestId('open-ask')).toHaveLength(50);
    cleanup();
    render(<SidePanel {...props({ projectRequests: [ask(web.id), ask(web.id)], openAskCount: 2 })} />);
    expect(screen.getByRole('heading', { name: /^Out-of-scope asks/ }).textContent).toBe(
      'Out-of-scope asks without a change order (2)',
    );
  });

  it('leaves the waits to the insights section when one is wired, so they are not listed twice', () => {
    const p = props({ waits: [wait({ what: 'Logo files', askedOn: '2020-01-01' })] });
    render(<SidePanel {...p} insights={() => <p>insights here</p>} />);
    expect(screen.queryAllByTestId('wait-entry')).toHaveLength(0);
    expect(screen.getByTestId('project-insights').textContent).toBe('insights here');
  });
});

describe('SidePanel daily loop', { timeout: 20_000 }, () => {
  it('snoozes an open out-of-scope ask, and shows one already snoozed', async () => {
    const onSnoozeAsk = vi.fn(async () => null as string | null);
    const p = props({ onSnoozeAsk });
    const { unmount } = render(<SidePanel {...p} />);
    const buttons = screen.getAllByTestId('ask-snooze');
    expect(buttons).toHaveLength(1); // only the out-of-scope ask
    await userEvent.click(buttons[0]!);
    expect(onSnoozeAsk).toHaveBeenCalledWith(p.asks[0]);
    unmount();
    render(<SidePanel {...props({ onSnoozeAsk, asks: [ask(web.id, { snoozedUntil: '2026-12-08' })] })} />);
    expect(screen.getByTestId('ask-snoozed').textContent).toBe(`Snoozed until ${showDay('2026-12-08')}`);
  });

  it('offers the client’s answer to a sent change order above everything', async () => {
    const onApplyApproval = vi.fn(async () => null as string | null);
    const offer = { coId: 'c', coRef: 'CO-001', decision: 'approved' as const, quote: 'Approved.', from: 'Dana' };
    render(<SidePanel {...props({ approval: offer, onApplyApproval })} />);
    await userEvent.click(screen.getByTestId('approval-apply'));
    expect(onApplyApproval).toHaveBeenCalledWith(offer);
  });
});

describe('SidePanel verdict bar', { timeout: 20_000 }, () => {
  const bar = () => screen.getByTestId('verdict-bar');

  it('shows the first out-of-scope ask with Change order as the one primary action', () => {
    render(<SidePanel {...props({ onAbsorb: vi.fn(async () => null) })} />);
    expect(within(bar()).getByTestId('verdict-bar-verdict').textContent).toBe('Out of scope');
    expect(within(bar()).getByTestId('verdict-bar-ask').textContent).toContain('About page');
    const buttons = within(bar()).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['‹', '›', 'Change order', 'Absorb', 'It’s in scope']);
    expect(buttons.filter((b) => b.className === 'primary').map((b) => b.textContent)).toEqual(['Change order']);
    expect(within(bar()).getByText('1 of 2')).toBeTruthy();
    // The selected ask's card is the open one; the other offers Select.
    const [first, second] = screen.getAllByTestId('ask');
    expect(first!.getAttribute('aria-current')).toBe('true');
    expect(within(second!).getByTestId('ask-pick')).toBeTruthy();
  });

  it('It’s in scope corrects the selected ask in one click, and the bar stays on it', async () => {
    const p = props();
    render(<SidePanel {...p} />);
    await userEvent.setup({ delay: null }).click(screen.getByTestId('verdict-flip'));
    expect(p.onCorrect).toHaveBeenCalledWith(p.asks[0], 'in_scope', 'd1');
    expect(within(bar()).getByTestId('verdict-bar-verdict').textContent).toBe('In scope');
    // Nothing out of scope left to push: no primary action, and the way back is offered.
    expect(within(bar()).getByTestId('action-change-order').className).toBe('');
    expect(screen.getByTestId('verdict-flip').textContent).toBe('It’s out of scope');
    expect(screen.queryByTestId('verdict-absorb')).toBeNull();
  });

  it('a failed correction is shown in the bar and the verdict reverts', async () => {
    const p = props({ onCorrect: vi.fn(async () => 'Correction not saved: background unreachable') });
    render(<SidePanel {...p} />);
    await userEvent.setup({ delay: null }).click(screen.getByTestId('verdict-flip'));
    // onCorrect answers asynchronously: wait for the bar to show its answer.
    expect((await within(bar()).findByRole('alert')).textContent).toContain('background unreachable');
    expect(within(bar()).getByTestId('verdict-bar-verdict').textContent).toBe('Out of scope');
  });

  it('steps to the next ask, and Select on a card brings it into the bar', async () => {
    render(<SidePanel {...props()} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('verdict-next'));
    expect(within(bar()).getByTestId('verdict-bar-ask').textContent).toContain('logo');
    expect(within(bar()).getByText('2 of 2')).toBeTruthy();
    await user.click(screen.getByTestId('verdict-next')); // wraps round
    expect(within(bar()).getByText('1 of 2')).toBeTruthy();
    await user.click(screen.getByTestId('ask-pick'));
    expect(screen.getAllByTestId('ask')[1]!.getAttribute('aria-current')).toBe('true');
    expect(within(bar()).getByTestId('verdict-bar-verdict').textContent).toBe('In scope');
  });

  it('Absorb opens the form in the bar with the estimate, and saves it to the ledger', async () => {
    const onAbsorb = vi.fn(async () => null as string | null);
    const p = props({ onAbsorb });
    render(<SidePanel {...p} />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('verdict-absorb'));
    const value = within(bar()).getByTestId('absorb-value') as HTMLInputElement;
    expect(document.activeElement).toBe(value);
    await user.clear(value);
    await user.type(value, '300');
    await user.click(within(bar()).getByTestId('absorb-save'));
    expect(onAbsorb).toHaveBeenCalledWith(p.asks[0], 30_000, '');
    expect(screen.queryByTestId('absorb-form')).toBeNull();
  });

  it('Change order opens the editor, and the button says it is open', async () => {
    const editor = vi.fn(({ asks }: { asks: unknown[] }) => <p>editor with {asks.length} asks</p>);
    render(<SidePanel {...props({ changeOrder: editor })} />);
    const button = within(bar()).getByTestId('action-change-order');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await userEvent.setup({ delay: null }).click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByTestId('change-order-host')).toBeTruthy();
  });

  it('the header does not repeat the asks; a page without asks has no bar and keeps Change order below', () => {
    render(<SidePanel {...props()} />);
    expect(screen.queryByTestId('panel-summary')).toBeNull();
    expect(screen.getByRole('banner').textContent).not.toContain('copywriting');
    cleanup();
    render(<SidePanel {...props({ asks: [] })} />);
    expect(screen.queryByTestId('verdict-bar')).toBeNull();
    expect(screen.getByTestId('panel-summary').textContent).toBe(page.summary);
    expect(screen.getByTestId('action-change-order')).toBeTruthy();
  });
});
