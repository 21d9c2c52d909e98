// Scores parseSow() against the corpus's gold structured scope.
import type { CorpusProject } from './corpus';
import { parseSow } from './sow';
import { contentStems } from './text';

export interface ParseScore {
  projectId: string;
  itemsFound: number;
  itemsTotal: number;
  exact: Record<'revisionRounds' | 'budgetHours' | 'hourlyRate' | 'currency', boolean>;
  missing: string[];
}

/** A gold title counts as recovered when most of its content stems appear in one parsed title. */
function titleFound(gold: string, parsed: string[]): boolean {
  const g = new Set(contentStems(gold));
  if (g.size === 0) return true;
  return parsed.some((p) => {
    const s = new Set(contentStems(p));
    let shared = 0;
    for (const x of g) if (s.has(x)) shared++;
    return shared / g.size >= 0.5;
  });
}

export function scoreParser(projects: CorpusProject[]): ParseScore[] {
  return projects.map((p) => {
    const parsed = parseSow(p.sowText ?? '');
    const parsedTexts = [...parsed.deliverables, ...parsed.exclusions].map((i) => `${i.title} ${i.description}`);
    const gold = [...p.scope.deliverables, ...p.scope.exclusions];
    const missing = gold.filter((g) => !titleFound(g.title, parsedTexts)).map((g) => `${g.id} ${g.title}`);
    return {
      projectId: p.id,
      itemsFound: gold.length - missing.length,
      itemsTotal: gold.length,
      exact: {
        revisionRounds: parsed.revisionRounds === p.scope.revisionRounds,
        budgetHours: parsed.budgetHours === p.scope.budgetHours,
        hourlyRate: parsed.hourlyRate === p.scope.hourlyRate,
        currency: parsed.currency === p.scope.currency,
      },
      missing,
    };
  });
}

export function formatParseReport(scores: ParseScore[]): string[] {
  const lines: string[] = [];
  let found = 0,
    total = 0;
  const exactCounts: Record<string, number> = {};
  for (const s of scores) {
    found += s.itemsFound;
    total += s.itemsTotal;
    for (const [k, v] of Object.entries(s.exact)) exactCounts[k] = (exactCounts[k] ?? 0) + (v ? 1 : 0);
    lines.push(
      `${s.projectId}: items ${s.itemsFound}/${s.itemsTotal} ${Object.entries(s.exact)
        .map(([k, v]) => `${k}=${v ? 'ok' : 'MISS'}`)
        .join(' ')}${s.missing.length ? ' missing: ' + s.missing.join('; ') : ''}`,
    );
  }
  lines.push(
    `deliverables+exclusions recovered: ${found}/${total} (${((100 * found) / Math.max(total, 1)).toFixed(1)}%)`,
  );
  lines.push(
    'exact: ' +
      Object.entries(exactCounts)
        .map(([k, v]) => `${k} ${v}/${scores.length}`)
        .join(', '),
  );
  return lines;
}
