// The SOW review in the project form: the SOW text beside the parsed items, each item's words
// highlighted and its sentence quoted; focusing an item highlights its source; a selection in the
// text becomes a deliverable or an exclusion; items move between the lists; bad input loses nothing.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectForm } from '@/components/options/ProjectForm';
import type { ProjectSave } from '@/lib/forms/projectForm';
import { parseSowDetailed } from '@/lib/scope';
import type { SowParser } from '@/lib/sow-review';
import { client, project } from '../../factories/workspace';

afterEach(() => {
  document.getSelection()?.removeAllRanges();
  cleanup();
});

const SOW = [
  'Deliverables',
  '1. Discovery: one stakeholder workshop and a sitemap.',
  '2. Visual design of up to 8 page templates.',
  '',
  'Client responsibilities',
  '- The client provides all final copy and imagery.',
  '',
  'Out of Scope',
  '- Copywriting or content creation.',
  '',
  'Fees',
  '120 hours at EUR 95 per hour. Hosting is handled by the client.',
].join('\n');

function setup(
  parseSow: SowParser = parseSowDetailed,
  existing = null as Parameters<typeof ProjectForm>[0]['project'],
) {
  const onSave = vi.fn(async (_: ProjectSave) => null);
  const c = client({ name: 'Acme', domains: ['acme.com'] });
  render(<ProjectForm clients={[c]} project={existing} parseSow={parseSow} onSave={onSave} onCancel={() => {}} />);
  return { onSave, user: userEvent.setup({ delay: null }) };
}

async function read(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(screen.getByTestId('project-sow'));
  await user.paste(text);
  await user.click(screen.getByTestId('sow-parse'));
  // The parser may answer later (the options page loads it on first use): wait for its verdict.
  await screen.findByTestId('project-status-line');
}

const source = () => screen.getByTestId('sow-source');
const marksOf = (key: string) =>
  screen.getAllByTestId('sow-source-mark').filter((m) => m.dataset.keys!.split(' ').includes(key));
const row = (id: string) => document.querySelector<HTMLElement>(`[data-review-key="${id}"]`)!;

/** Selects `words` in the pane's text, as a drag would, and lets the page see it. */
function selectWords(words: string) {
  const pane = source();
  const walker = document.createTreeWalker(pane, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = n.textContent!.indexOf(words);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + words.length);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    fireEvent(document, new Event('selectionchange'));
    return;
  }
  throw new Error(`"${words}" is not in one text node of the pane`);
}

describe('SOW review', { timeout: 20_000 }, () => {
  it('shows the SOW as text with each item’s words highlighted, and its sentence beside the item', async () => {
    const { user } = setup();
    await read(user, SOW);
    // The pane holds exactly the SOW text, as text.
    expect(source().textContent).toBe(SOW);
    expect(
      marksOf('d1')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('Discovery: one stakeholder workshop and a sitemap.');
    expect(marksOf('x1')[0]!.className).toContain('sk-src-exclusion');
    expect(within(row('d2')).getByTestId('sow-item-source').textContent).toBe(
      '“Visual design of up to 8 page templates.”',
    );
    // Client responsibilities are listed apart, not as exclusions.
    expect(screen.getAllByTestId('sow-exclusion')).toHaveLength(1);
    const notes = screen.getAllByTestId('sow-note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toContain('Client’s part');
    expect(notes[0]!.textContent).toContain('The client provides all final copy and imagery.');
    // Figures quote the sentence that states them.
    const rate = document.querySelector('[data-figure="hourlyRate"]')!;
    expect(within(rate as HTMLElement).getByTestId('sow-figure-source').textContent).toBe(
      '“120 hours at EUR 95 per hour.”',
    );
  });

  it('focusing an item highlights its source; clicking a highlight marks its item', async () => {
    const { user } = setup();
    await read(user, SOW);
    expect(document.querySelector('.sk-src-active')).toBeNull();
    await user.click(within(row('x1')).getByRole('button', { name: 'Edit exclusion x1' }));
    expect(marksOf('x1').every((m) => m.classList.contains('sk-src-active'))).toBe(true);
    expect(marksOf('d1').some((m) => m.classList.contains('sk-src-active'))).toBe(false);
    expect(row('x1').dataset.active).toBe('true');
    // From the text to the list.
    await user.click(marksOf('d2')[0]!);
    expect(row('d2').dataset.active).toBe('true');
    expect(row('x1').dataset.active).toBeUndefined();
    // A figure field focused shows its sentence.
    await user.click(screen.getByLabelText('Hourly rate'));
    expect(marksOf('figure:hourlyRate')[0]!.classList.contains('sk-src-active')).toBe(true);
  });

  it('marks a selected sentence as an exclusion, which is saved with the project', async () => {
    const { user, onSave } = setup();
    await user.type(screen.getByTestId('project-client'), 'Acme');
    await user.type(screen.getByTestId('project-name'), 'Rebuild');
    await read(user, SOW);
    const markExclusion = screen.getByTestId('sow-mark-exclusion') as HTMLButtonElement;
    const markDeliverable = screen.getByTestId('sow-mark-deliverable') as HTMLButtonElement;
    expect(markExclusion.disabled).toBe(true);
    selectWords('Hosting is handled by the client.');
    expect(markExclusion.disabled).toBe(false);
    expect(markDeliverable.disabled).toBe(false);
    // By keyboard: the button is reached with Tab and pressed with Enter.
    markExclusion.focus();
    await user.keyboard('{Enter}');
    const added = row('x2');
    expect(added.textContent).toContain('Hosting is handled by the client');
    expect(document.activeElement).toBe(added);
    expect(within(added).getByTestId('sow-item-source').textContent).toBe('“Hosting is handled by the client.”');
    expect(
      marksOf('x2')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('Hosting is handled by the client.');
    expect(screen.getByTestId('sow-mark-status').textContent).toBe(
      'Added exclusion x2: Hosting is handled by the client',
    );
    expect(markExclusion.disabled).toBe(true); // the selection was used up
    await user.click(screen.getByTestId('project-save'));
    expect(onSave.mock.calls[0]![0].project.scope.exclusions).toContainEqual({
      id: 'x2',
      title: 'Hosting is handled by the client',
      description: 'Hosting is handled by the client.',
    });
  });

  it('a selection of blank space, or outside the SOW text, enables nothing', async () => {
    const { user } = setup();
    await read(user, SOW);
    selectWords('\n\n');
    expect((screen.getByTestId('sow-mark-deliverable') as HTMLButtonElement).disabled).toBe(true);
    const heading = screen.getByText('SOW text').firstChild!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    fireEvent(document, new Event('selectionchange'));
    expect((screen.getByTestId('sow-mark-deliverable') as HTMLButtonElement).disabled).toBe(true);
  });

  it('moves a deliverable to the exclusions and back, its highlight following', async () => {
    const { user } = setup();
    await read(user, SOW);
    await user.click(screen.getByRole('button', { name: 'Make exclusion of deliverable d2' }));
    expect(screen.getAllByTestId('sow-deliverable').map((r) => r.dataset.id)).toEqual(['d1']);
    expect(row('x2').textContent).toContain('Visual design');
    expect(marksOf('x2')[0]!.className).toContain('sk-src-exclusion');
    await user.click(screen.getByRole('button', { name: 'Make deliverable of exclusion x2' }));
    expect(row('d2').textContent).toContain('Visual design');
    expect(marksOf('d2')[0]!.className).toContain('sk-src-deliverable');
    await user.click(screen.getByRole('button', { name: 'Remove deliverable d2' }));
    expect(marksOf('d2')).toEqual([]);
  });

  it('host text is data: markup in a SOW shows as its characters, never as elements', async () => {
    const { user } = setup();
    const hostile = 'Deliverables\n1. <img src=x onerror="alert(1)"> logo <b>design</b>\n<script>alert(2)</script>';
    await read(user, hostile);
    expect(source().textContent).toBe(hostile);
    expect(source().querySelector('img,b,script')).toBeNull();
    expect(row('d1').querySelector('img,b,script')).toBeNull();
  });

  it('text with nothing to read: an explaining empty state, and marking by selection still works', async () => {
    const { user } = setup();
    expect(screen.getByTestId('sow-source-empty').textContent).toMatch(/Paste the SOW/);
    expect(screen.queryByTestId('sow-mark-deliverable')).toBeNull();
    await read(user, 'Our partnership with you\nWe look forward to a great year together.');
    expect(screen.getByTestId('sow-review-empty').textContent).toMatch(/Select a sentence/);
    selectWords('a great year together');
    await user.click(screen.getByTestId('sow-mark-deliverable'));
    expect(row('d1').textContent).toContain('a great year together');
    expect(screen.queryByTestId('sow-review-empty')).toBeNull();
  });

  it('a parser that throws: the error is shown, the text stays for marking by hand', async () => {
    const { user } = setup(() => {
      throw new Error('boom');
    });
    await read(user, 'Deliverables\n1. Logo');
    expect(screen.getByTestId('project-status-line').textContent).toMatch(/boom/);
    expect(source().textContent).toBe('Deliverables\n1. Logo');
    selectWords('Logo');
    await user.click(screen.getByTestId('sow-mark-exclusion'));
    expect(row('x1').textContent).toContain('Logo');
  });

  it('text edited after reading: says the pane shows the text as read until read again', async () => {
    const { user } = setup();
    await read(user, SOW);
    expect(screen.queryByTestId('sow-source-stale')).toBeNull();
    await user.type(screen.getByTestId('project-sow'), ' More.');
    expect(screen.getByTestId('sow-source-stale')).toBeTruthy();
    expect(source().textContent).toBe(SOW);
    await user.click(screen.getByTestId('sow-parse'));
    expect(screen.queryByTestId('sow-source-stale')).toBeNull();
  });

  it('a saved project opens with its items found in its SOW text', async () => {
    const c = client({ name: 'Acme', domains: ['acme.com'] });
    const scope = parseSowDetailed(SOW).scope;
    scope.deliverables[0]!.title = 'Discovery (renamed)';
    const p = project(c.id, { sowText: SOW.replace(/\n/g, '\r\n'), scope });
    render(<ProjectForm clients={[c]} project={p} parseSow={parseSowDetailed} onSave={vi.fn()} onCancel={() => {}} />);
    expect(source().textContent).toBe(SOW);
    expect(screen.queryByTestId('sow-source-stale')).toBeNull();
    expect(
      marksOf('d1')
        .map((m) => m.textContent)
        .join(''),
    ).toBe('Discovery: one stakeholder workshop and a sitemap.');
    // Each item's own sentence comes from a fresh parse, which may answer after the first frame.
    expect(await screen.findAllByTestId('sow-note')).toHaveLength(1);
  });
});
