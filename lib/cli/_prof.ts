import path from 'node:path';
import { classify } from '@/lib/scope';
import { readMessages, readProjects } from '@/lib/scope/corpus';
const dir = '/work/shared/corpus/dev';
const projects = readProjects(path.join(dir, 'projects.json'));
const messages = readMessages(path.join(dir, 'messages.jsonl'));
const byId = new Map(projects.map((p) => [p.id, p.scope]));
for (const m of messages) classify(m, byId.get(m.projectId)!);
const c0 = process.cpuUsage();
let n = 0;
const t = performance.now();
while (process.cpuUsage(c0).user < 4e6)
  for (const m of messages) {
    classify(m, byId.get(m.projectId)!);
    n++;
  }
console.log(n / 4, 'per s');
