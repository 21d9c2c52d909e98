import { readFileSync } from 'node:fs';
import { parseSowDetailed } from '@/lib/scope';
const [file, id] = process.argv.slice(2);
const ps = JSON.parse(readFileSync(file!, 'utf8'));
for (const p of ps) if (!id || p.id === id) { const r = parseSowDetailed(p.sowText); console.log(p.id, JSON.stringify({ ...r.scope, deliverables: r.scope.deliverables.map(d => `${d.title} /${d.quantity}`), exclusions: r.scope.exclusions.map(d => d.title) }, null, 1)); }
import { headingOf, inlineHeadingOf } from '@/lib/scope/sow/sections';
if (process.argv[4]) for (const p of ps) if (p.id === id) for (const l of (p.sowText as string).split('\n')) console.log(String(headingOf(l)).padEnd(12), String(inlineHeadingOf(l)?.kind).padEnd(10), l.slice(0, 80));
