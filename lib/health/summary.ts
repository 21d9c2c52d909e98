// Per site: when a page was last read well and the last failure, from the health log. Pure.
import type { FailureLog } from './log';

export interface SiteHealth {
  site: string;
  label: string;
  lastRead: string | null;
  lastFailure: { at: string; pageKind: string; missing: string[]; hasStructure: boolean } | null;
  /** The last failure is newer than the last good read: the site is probably broken now. */
  failing: boolean;
}

export function siteHealth(
  sites: readonly { id: string; label: string }[],
  failures: readonly FailureLog[],
  reads: Readonly<Record<string, string>>,
): SiteHealth[] {
  return sites.map(({ id, label }) => {
    const last = [...failures].reverse().find((f) => f.site === id) ?? null;
    const lastRead = reads[id] ?? null;
    return {
      site: id,
      label,
      lastRead,
      lastFailure: last
        ? { at: last.at, pageKind: last.pageKind, missing: last.missing, hasStructure: !!last.structure }
        : null,
      failing: !!last && (!lastRead || last.at > lastRead),
    };
  });
}

/** The structure report of a site's newest failure, or null. */
export function structureOf(failures: readonly FailureLog[], site: string): string | null {
  return [...failures].reverse().find((f) => f.site === site && f.structure)?.structure ?? null;
}
