// `sidepanel.html?tab=<id>` (and `popup.html?tab=<id>`) pins a surface to one tab instead of the
// active one: the side panel opened from a badge, and the end-to-end tests.
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}
