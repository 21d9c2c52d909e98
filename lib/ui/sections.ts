// Which collapsible sections of the side panel are open: their ids, and the stored form of the
// AM's choice (a JSON object of id -> open). Pure; the page's storage is the entrypoint's business
// (entrypoints/sidepanel/sectionMemory.ts), the <details> is components/ui/Section.
export const SECTION_IDS = [
  'asks',
  'coOrders',
  'coMoney',
  'coTerms',
  'coEmail',
  'waits',
  'brief',
  'leaking',
  'upsells',
  'feedback',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];
export type SectionState = Partial<Record<SectionId, boolean>>;

/** The storage key; bump the version when the ids change meaning. */
export const SECTIONS_KEY = 'scopekeeper.panelSections.v1';

const known = new Set<string>(SECTION_IDS);

/** The stored choices; anything unreadable (missing, not JSON, unknown ids, non-booleans) is dropped. */
export function parseSections(raw: string | null): SectionState {
  if (!raw) return {};
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return {};
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const out: SectionState = {};
  for (const [id, open] of Object.entries(data))
    if (known.has(id) && typeof open === 'boolean') out[id as SectionId] = open;
  return out;
}

export function serialiseSections(state: SectionState): string {
  return JSON.stringify(state);
}
