// The labelled sets the engine learns from and is measured on: the shared corpus beside the repo
// (dev, extra-*) and the sets in tests/fixtures/corpus. Sets named in HELD_OUT are never trained
// on: n5 and n6 were kept for a first look at the finished engine v2 and stay out as the fixed
// reference pair for the next version (docs/engine-results.md).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readMessages, readProjects } from './corpus';
import type { LabelledSet } from './learn/train';

export const HELD_OUT = new Set(['n5', 'n6']);

export interface CorpusDirs {
  shared: string;
  repo: string;
}

export function listSets(dirs: CorpusDirs): { name: string; dir: string }[] {
  const out: { name: string; dir: string }[] = [];
  for (const root of [dirs.shared, dirs.repo]) {
    if (!existsSync(root)) continue;
    for (const name of readdirSync(root).sort()) {
      const dir = path.join(root, name);
      if (existsSync(path.join(dir, 'projects.json')) && existsSync(path.join(dir, 'messages.jsonl')))
        out.push({ name, dir });
    }
  }
  return out;
}

export function loadSet(name: string, dir: string): LabelledSet {
  return {
    name,
    projects: readProjects(path.join(dir, 'projects.json')),
    messages: readMessages(path.join(dir, 'messages.jsonl')),
  };
}
