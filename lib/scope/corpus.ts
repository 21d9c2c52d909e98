// Reading the labeled corpus format (../shared/corpus/FORMAT.md) for the CLI, eval and bench.
import { readFileSync } from 'node:fs';
import { emptyScope } from './empty';
import { parseSow } from './sow/parse';
import type { MessageInput, ProjectScope, ScopeRef, Sentiment, Verdict } from './types';

export interface CorpusProject {
  id: string;
  name?: string;
  sowText?: string;
  scope: ProjectScope;
}

export interface CorpusMessage extends MessageInput {
  id: string;
  projectId: string;
  labels?: { scope: Verdict; scopeRef: ScopeRef; upsell: boolean; sentiment: Sentiment };
}

const isList = (v: unknown): boolean => Array.isArray(v);

/** A project's scope: the structured one when present, else parsed from its SOW text, else empty. */
function scopeOf(raw: Record<string, unknown>): ProjectScope {
  const scope = raw.scope as Partial<ProjectScope> | undefined;
  if (scope && typeof scope === 'object' && isList(scope.deliverables) && isList(scope.exclusions)) {
    return { ...emptyScope(), ...scope } as ProjectScope;
  }
  return typeof raw.sowText === 'string' && raw.sowText.trim() ? parseSow(raw.sowText) : emptyScope();
}

export function readProjects(file: string): CorpusProject[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data)) throw new Error(`${file}: expected a JSON array of projects`);
  return data
    .filter((p): p is Record<string, unknown> => !!p && typeof p === 'object' && typeof p.id === 'string')
    .map((p) => ({ ...(p as object), id: p.id as string, scope: scopeOf(p) }) as CorpusProject);
}

/** One message per line; a line that is not a JSON message is reported on stderr and skipped. */
export function readMessages(file: string, warn: (line: string) => void = console.error): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const m = JSON.parse(line) as CorpusMessage;
        if (m && typeof m.id === 'string') out.push(m);
        else warn(`${file}:${i + 1}: skipped, not a message with an "id"`);
      } catch (err) {
        warn(`${file}:${i + 1}: skipped, not JSON (${err instanceof Error ? err.message : String(err)})`);
      }
    });
  return out;
}
