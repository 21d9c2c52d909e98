// Board and list cards nobody has opened yet: judge the card title against the linked project's
// SOW so a board shows where the creep is at a glance. Provisional: nothing is stored, and opening
// the ticket replaces it with the full verdict (description and comments).
import type { Project } from '@/lib/db/schemas';
import type { BadgeInfo } from '@/lib/messaging/protocol';
import { engineReason } from '@/lib/asks/verdict';
import { cardInput } from '@/lib/scope/analyse';
import { timeSlicer } from '@/lib/timeSlice';
import type { SiteId } from '@/lib/sites/types';
import { t } from '@/lib/i18n';
import { engineFor, type Judgment } from './engineMemo';
import { sharedCorrectedRequests, sharedList } from '@/lib/db';
import { knownVerdicts } from './verdicts';
import { correctionsOf } from './judgePage';

/** The project a list page belongs to: a linked Jira key prefix, or a linked board/repo id in its URL. */
export function projectForList(site: SiteId, url: string, keys: string[], projects: Project[]): Project | null {
  const path = safePath(url);
  const prefixes = new Set(keys.map((k) => k.match(/^([A-Z][A-Z0-9_]+)-\d+$/)?.[1]?.toLowerCase()).filter(Boolean));
  const linked = (value: string) => {
    const v = value.trim().toLowerCase();
    return prefixes.has(v) || (v.length >= 3 && path.includes(`/${v}/`));
  };
  const found = projects.filter((p) => !p.deletedAt && p.links.some((l) => l.site === site && linked(l.value)));
  return found.find((p) => p.status === 'active') ?? found[0] ?? null;
}

function safePath(url: string): string {
  try {
    return `${new URL(url).pathname.toLowerCase()}/`;
  } catch {
    return '';
  }
}

/**
 * The badges of a list page's items (board cards, inbox rows): the remembered verdict of each
 * source judged before (only this site's: a board page cannot read another site's sources), and for
 * board cards never opened, a provisional verdict from the title against the linked project.
 */
export async function listBadges(
  site: SiteId,
  url: string,
  items: { key: string; title: string }[],
): Promise<BadgeInfo[]> {
  const known = await knownVerdicts(
    items.map((i) => i.key),
    site,
  );
  if (site === 'gmail') return known;
  const judged = new Set(known.map((b) => b.sourceId));
  const rest = items.filter((i) => !judged.has(i.key));
  if (!rest.length) return known;
  const project = projectForList(
    site,
    url,
    rest.map((i) => i.key),
    await sharedList('projects'),
  );
  if (!project) return known;
  const corrections = correctionsOf(await sharedCorrectedRequests(project.id));
  return [...known, ...(await judgeTitles(rest, project, corrections))];
}

/**
 * Provisional badges for card titles. Async: titles never seen before are judged in time slices, so
 * a board's first batch does not hold up every other tab's messages; titles seen before (the same
 * board in another tab, the next batch) come from the engine memo.
 */
export async function judgeTitles(
  items: { key: string; title: string }[],
  project: Project,
  corrections: readonly unknown[],
): Promise<BadgeInfo[]> {
  const scope = project.scope;
  if (!scope.deliverables.length && !scope.exclusions.length) return [];
  const engine = await engineFor(project, corrections, { titles: true });
  const provisional = t('badgeTitleOnly', { project: project.name });
  const pause = timeSlicer();
  const out: BadgeInfo[] = [];
  for (const { key, title } of items) {
    const card = cardInput(title);
    if (!card.subject) continue;
    await pause();
    // A card names a piece of work ("Multipack sleeve holding all four flavours"): it is judged
    // unless it is plainly a note, so no card on a linked board stays silent.
    const result = await engine.judge(card, { workItem: true });
    out.push(titleBadge(key, result, provisional));
  }
  return out;
}

function titleBadge(sourceId: string, result: Judgment, provisional: string): BadgeInfo {
  if (result.verdict !== 'out_of_scope' && result.verdict !== 'in_scope') {
    const why = result.verdict === 'no_request' ? t('badgeReadsAsNote') : engineReason(result);
    return { sourceId, verdict: result.verdict, reason: why ? `${provisional} ${why}` : provisional, note: null };
  }
  const ask = result.asks.find((a) => a.verdict === result.verdict);
  const check = result.unsure;
  const why = ask ? engineReason(ask) : null;
  return {
    sourceId,
    verdict: result.verdict,
    reason: `${provisional}${check ? ` ${t('badgeCheck')}` : ''}${why ? ` ${why}` : ''}`,
    note: null,
    ...(check ? { check } : {}),
  };
}
