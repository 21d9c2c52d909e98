// Collapsible sections remember being open or closed across panel reloads: the glue stores the
// choice in the page's localStorage, the component reads it back when it mounts again.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Section, SectionMemoryContext, type SectionMemory } from '@/components/ui/Section';
import { SECTIONS_KEY } from '@/lib/ui/sections';
import { storedSectionMemory } from '@/entrypoints/sidepanel/sectionMemory';

beforeEach(() => localStorage.clear());
afterEach(cleanup);

function Panel({ memory }: { memory: SectionMemory }) {
  return (
    <SectionMemoryContext.Provider value={memory}>
      <Section id="asks" defaultOpen title="Asks">
        <p>ask list</p>
      </Section>
      <Section id="brief" title="Brief">
        <p>brief</p>
      </Section>
    </SectionMemoryContext.Provider>
  );
}

const details = (id: string) => screen.getByTestId(`section-${id}`) as HTMLDetailsElement;

/** What a click on the summary does: the browser flips `open` and fires `toggle`. */
function toggle(id: string) {
  const d = details(id);
  act(() => {
    d.open = !d.open;
    fireEvent(d, new Event('toggle'));
  });
}

describe('remembered sections', () => {
  it('start as their default, then as the AM left them after a reload', () => {
    const first = render(<Panel memory={storedSectionMemory()} />);
    expect([details('asks').open, details('brief').open]).toEqual([true, false]);
    toggle('asks');
    toggle('brief');
    expect(JSON.parse(localStorage.getItem(SECTIONS_KEY) ?? '{}')).toEqual({ asks: false, brief: true });
    first.unmount();

    render(<Panel memory={storedSectionMemory()} />); // a reload: a new page, the same storage
    expect([details('asks').open, details('brief').open]).toEqual([false, true]);
  });

  it('a toggle event that changes nothing (the initial open) writes nothing', () => {
    render(<Panel memory={storedSectionMemory()} />);
    act(() => void fireEvent(details('asks'), new Event('toggle')));
    expect(localStorage.getItem(SECTIONS_KEY)).toBeNull();
  });

  it('still opens and closes where storage is missing or refuses to write', () => {
    const full = {
      getItem: () => '{"brief":true}',
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    render(<Panel memory={storedSectionMemory(full)} />);
    expect(details('brief').open).toBe(true);
    toggle('brief');
    expect(details('brief').open).toBe(false);
    cleanup();
    render(<Panel memory={storedSectionMemory(null)} />);
    expect(details('asks').open).toBe(true);
    toggle('asks');
    expect(details('asks').open).toBe(false);
  });

  it('ignores a stored value that is not ours', () => {
    localStorage.setItem(SECTIONS_KEY, '{"asks":"closed"}');
    render(<Panel memory={storedSectionMemory()} />);
    expect(details('asks').open).toBe(true);
  });
});
