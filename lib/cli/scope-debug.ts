// `npx tsx lib/cli/scope-debug.ts SET [filter]`: per message, the engine's view (ask scores,
// request probability, each ask's evidence) beside the gold label. For error analysis on sets
// that are no longer blind.
import path from 'node:path';
import { analyse } from '@/lib/scope/analyse';
import { candidateAsks, classify, evidenceFor, outProbability, scopeIndexFor, scoreAsks } from '@/lib/scope/classify';
import { listSets, loadSet } from '@/lib/scope/corpora';
import { contributions } from '@/lib/scope/learn/logistic';
import { weights } from '@/lib/scope/weights';

const [setName, filter = 'errors'] = process.argv.slice(2);
const root = path.resolve(import.meta.dirname, '../..');
const found = listSets({
  shared: path.resolve(root, '../shared/corpus'),
  repo: path.resolve(root, 'tests/fixtures/corpus'),
}).find((s) => s.name === setName);
if (!found) throw new Error(`no set ${setName}`);
const set = loadSet(found.name, found.dir);
const scopes = new Map(set.projects.map((p) => [p.id, p.scope]));
const w = weights();
for (const m of set.messages) {
  const scope = scopes.get(m.projectId)!;
  const r = classify(m, scope);
  const gold = m.labels!;
  const wrong = gold.scope !== r.verdict;
  if (filter === 'errors' && !wrong) continue;
  if (filter.includes('->')) {
    const [g, p] = filter.split('->');
    if (gold.scope !== g || r.verdict !== p) continue;
  }
  const a = analyse(m);
  const { logits, request: req } = scoreAsks(a, w);
  console.log(
    `\n=== ${m.id} [${m.channel}] gold=${gold.scope}/${gold.scopeRef} got=${r.verdict}/${r.scopeRef} P(req)=${req.toFixed(2)}`,
  );
  console.log(`subject: ${m.subject}`);
  a.units.forEach((u, i) =>
    console.log(`  ${logits[i]! > 0 ? '*' : ' '} ${logits[i]!.toFixed(1).padStart(5)} ${u.span.text.slice(0, 140)}`),
  );
  const index = scopeIndexFor(scope);
  for (const i of candidateAsks(a, logits)) {
    const ev = evidenceFor(a, i, index, w, logits[i]!);
    const p = outProbability([{ ev, weight: 1, words: a.units[i]!.words }], w);
    const top = contributions(w.scope, ev.features)
      .slice(0, 6)
      .map((c) => `${c.feature}=${c.value.toFixed(2)}`)
      .join(' ');
    console.log(
      `  -> P(out)=${p.toFixed(2)} d=${ev.deliverable?.item.id}:${ev.deliverable?.score.toFixed(1)}[${ev.deliverable?.shared.slice(0, 5)}] x=${ev.exclusion?.item.id}:${ev.exclusion?.score.toFixed(1)}[${ev.exclusion?.shared.slice(0, 5)}] novel=${ev.novel} :: ${top}`,
    );
  }
  console.log(`  rationale: ${(m as { rationale?: string }).rationale ?? ''}`);
}
