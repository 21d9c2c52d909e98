// How the extension pages' shared code is split into chunks (wxt.config.ts). Code shared by several
// pages goes into one chunk per set of pages that use it, small sets merged, so a page loads a few
// files instead of ~12: each module request to a chrome-extension:// page costs a round trip (fewer
// requests took 15-35 ms off each first screen, A/B). One chunk for all shared code was slower:
// every page then parsed code it never runs.
//
// Merging must not cross three lines, so each side is grouped apart:
// - what the popup and the welcome page load (small pages: a form, a checklist). Merged with the
//   rest, the popup's chunk held code only the options page and side panel run (change orders,
//   insights), which imported their 46 kB chunk (the long-list virtualiser, money): the popup
//   loaded 5 files, 131 kB of script, where it runs 76 kB (now 3 files).
// - what the options page and the side panel load besides (4 files each, was 5);
// - what loads later (the SOW reader, the record schemas, the backup), merged less: the popup and
//   side panel load the schemas at the first key press and must not bring the SOW reader with them.
type Graph = { getModuleInfo(id: string): { importers: readonly string[] } | null };

const SMALL_PAGES = /[\\/]entrypoints[\\/](popup|welcome)[\\/]/;
const PAGES = /[\\/]entrypoints[\\/](popup|welcome|options|sidepanel)[\\/]/;

/** Whether a page matching `entry` imports `id` statically (what loads with the page). */
function loadedBy(entry: RegExp, memo: Map<string, boolean>, id: string, graph: Graph): boolean {
  const known = memo.get(id);
  if (known !== undefined) return known;
  const seen = new Set([id]);
  const queue = [id];
  let yes = false;
  for (let m = queue.pop(); m !== undefined && !yes; m = queue.pop()) {
    yes = entry.test(m);
    for (const i of graph.getModuleInfo(m)?.importers ?? []) {
      if (seen.has(i)) continue;
      seen.add(i);
      queue.push(i);
    }
  }
  memo.set(id, yes);
  return yes;
}

const small = new Map<string, boolean>();
const pages = new Map<string, boolean>();

export const CHUNK_GROUPS = [
  {
    name: (id: string, graph: Graph) =>
      loadedBy(SMALL_PAGES, small, id, graph) ? 'shared' : loadedBy(PAGES, pages, id, graph) ? 'shared-pages' : null,
    priority: 1,
    minShareCount: 2,
    entriesAware: true,
    entriesAwareMergeThreshold: 100_000,
  },
  { name: 'shared-later', minShareCount: 2, entriesAware: true, entriesAwareMergeThreshold: 40_000 },
];
