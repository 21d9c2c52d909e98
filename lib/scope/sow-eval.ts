// Scores parseSow() against the corpus's gold structured scope: each gold deliverable must be found
// among the parsed deliverables and each exclusion among the parsed exclusions (an exclusion read as
// a deliverable is a miss), and parsed items that match no gold item are counted as spurious.
import type { CorpusProject } from './corpus';
import { parseSow } from './sow/parse';
import { contentStems } from './tokens';

type Field = 'revisionRounds' | 'budgetHours' | 'hourlyRate' | 'currency';
const FIELDS: Field[] = ['revisionRounds', 'budgetHours', 'hourlyRate', 'currency'];

export interface ParseScore {
  projectId: string;
  itemsFound: number;
  itemsTotal: number;
  spurious: string[];
  exact: Record<Field, boolean>;
  got: Record<Field, unknown>;
  missing: string[];
}

/** Share of a's content stems that b holds. */
function covered(a: string, b: Set<string>): number {
  const g = new Set(contentStems(a));
  if (g.size === 0) return 1;
  let shared = 0;
  for (const x of g) if (b.has(x)) shared++;
  return shared / g.size;
}

/** A gold title counts as recovered when most of its content stems appear in one parsed item. */
function found(gold: string, parsed: Set<string>[]): boolean {
  return parsed.some((p) => covered(gold, p) >= 0.5);
}

export function scoreParser(projects: CorpusProject[]): ParseScore[] {
  return projects.map((p) => {
    const parsed = parseSow(p.sowText ?? '');
    const stems = (items: { title: string; description: string }[]) =>
      items.map((i) => new Set(contentStems(`${i.title} ${i.description}`)));
    const pd = stems(parsed.deliverables);
    const px = stems(parsed.exclusions);
    const missing = [
      ...p.scope.deliverables.filter((g) => !found(g.title, pd)).map((g) => `${g.id} ${g.title}`),
      ...p.scope.exclusions.filter((g) => !found(g.title, px)).map((g) => `${g.id} ${g.title}`),
    ];
    const goldText = [...p.scope.deliverables, ...p.scope.exclusions].map(
      (g) => new Set(contentStems(`${g.title} ${g.description}`)),
    );
    const spurious = [...parsed.deliverables, ...parsed.exclusions]
      .filter((i) => !goldText.some((g) => covered(i.title, g) >= 0.5))
      .map((i) => `${i.id} ${i.title}`);
    const itemsTotal = p.scope.deliverables.length + p.scope.exclusions.length;
    return {
      projectId: p.id,
      itemsFound: itemsTotal - missing.length,
      itemsTotal,
      spurious,
      exact: Object.fromEntries(FIELDS.map((f) => [f, parsed[f] === p.scope[f]])) as Record<Field, boolean>,
      got: Object.fromEntries(FIELDS.map((f) => [f, parsed[f]])) as Record<Field, unknown>,
      missing,
    };
  });
}

export interface ParseSummary {
  recovered: number;
  spurious: number;
  exact: number;
  zeroItems: number;
}

export function summarise(scores: ParseScore[]): ParseSummary {
  const total = scores.reduce((s, x) => s + x.itemsTotal, 0);
  const parsedSpurious = scores.reduce((s, x) => s + x.spurious.length, 0);
  const exact = scores.reduce((s, x) => s + FIELDS.filter((f) => x.exact[f]).length, 0);
  return {
    recovered: scores.reduce((s, x) => s + x.itemsFound, 0) / Math.max(total, 1),
    spurious: parsedSpurious,
    exact: exact / Math.max(scores.length * FIELDS.length, 1),
    zeroItems: scores.filter((x) => x.itemsFound === 0).length,
  };
}

export function formatParseReport(scores: ParseScore[], verbose = true): string[] {
  const lines: string[] = [];
  for (const s of scores) {
    if (!verbose) continue;
    const fields = FIELDS.map((f) => `${f}=${s.exact[f] ? 'ok' : `MISS(${String(s.got[f])})`}`).join(' ');
    lines.push(`${s.projectId}: items ${s.itemsFound}/${s.itemsTotal} ${fields}`);
    if (s.missing.length) lines.push(`  missing: ${s.missing.join('; ')}`);
    if (s.spurious.length) lines.push(`  spurious: ${s.spurious.join('; ')}`);
  }
  const sum = summarise(scores);
  const found = scores.reduce((a, x) => a + x.itemsFound, 0);
  const total = scores.reduce((a, x) => a + x.itemsTotal, 0);
  lines.push(`deliverables+exclusions recovered: ${found}/${total} (${(100 * sum.recovered).toFixed(1)}%)`);
  lines.push(`spurious items: ${sum.spurious}; SOWs with nothing recovered: ${sum.zeroItems}`);
  lines.push(
    'exact: ' +
      FIELDS.map((f) => `${f} ${scores.filter((x) => x.exact[f]).length}/${scores.length}`).join(', ') +
      ` (${(100 * sum.exact).toFixed(1)}% of figures)`,
  );
  return lines;
}
