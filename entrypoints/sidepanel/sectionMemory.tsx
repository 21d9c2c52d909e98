// Glue: the side panel's collapsible sections remember being open or closed in the extension
// page's localStorage (synchronous, so a reload paints the remembered state at once, no flash).
// Where storage is unavailable or full, sections still open and close; they just forget.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { SectionMemoryContext, type SectionMemory } from '@/components/ui/Section';
import { SECTIONS_KEY, parseSections, serialiseSections } from '@/lib/ui/sections';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function pageStorage(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled for the profile
  }
}

export function storedSectionMemory(store: Store | null = pageStorage()): SectionMemory {
  const read = () => {
    try {
      return parseSections(store?.getItem(SECTIONS_KEY) ?? null);
    } catch {
      return {};
    }
  };
  return {
    get: (id) => read()[id],
    set: (id, open) => {
      try {
        store?.setItem(SECTIONS_KEY, serialiseSections({ ...read(), [id]: open }));
      } catch {
        // Quota or privacy mode: the section still toggles, it is just not remembered.
      }
    },
  };
}

/** One memory per panel page. */
export function useSectionMemory(): SectionMemory {
  const [memory] = useState(() => storedSectionMemory());
  return memory;
}

/** Wraps the panel so every <Section> in it remembers being open or closed. */
export function RememberedSections({ children }: { children: ReactNode }) {
  const memory = useSectionMemory();
  return <SectionMemoryContext.Provider value={memory}>{children}</SectionMemoryContext.Provider>;
}
