// A collapsible section: a native <details> whose <summary> holds the heading, so it opens with
// Enter or Space and screen readers announce it expanded or collapsed. Whether it is open comes
// from the SectionMemory the host page provides (the side panel remembers it across reloads);
// without one, each section starts as `defaultOpen` and forgets.
import type { ReactNode } from 'react';
import { createContext, useContext, useState } from 'react';
import type { SectionId } from '@/lib/ui/sections';

export interface SectionMemory {
  get(id: SectionId): boolean | undefined;
  set(id: SectionId, open: boolean): void;
}

const forgetful: SectionMemory = { get: () => undefined, set: () => {} };
export const SectionMemoryContext = createContext<SectionMemory>(forgetful);

interface Props {
  id: SectionId;
  title: ReactNode;
  /** Heading level of the title inside the summary. */
  level?: 2 | 3;
  defaultOpen?: boolean;
  children: ReactNode;
}

export function Section({ id, title, level = 3, defaultOpen = false, children }: Props) {
  const memory = useContext(SectionMemoryContext);
  const [open, setOpen] = useState(() => memory.get(id) ?? defaultOpen);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <details
      className="sk-section"
      data-testid={`section-${id}`}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return; // the browser also fires toggle for the initial `open`
        setOpen(now);
        memory.set(id, now);
      }}
    >
      <summary>
        <Heading className="sk-section-title">{title}</Heading>
      </summary>
      <div className="sk-section-body">{children}</div>
    </details>
  );
}
