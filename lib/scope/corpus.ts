// Reading the labeled corpus format (../shared/corpus/FORMAT.md) for the CLI, eval and bench.
import { readFileSync } from 'node:fs';
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

export function readProjects(file: string): CorpusProject[] {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return Array.isArray(data) ? (data as CorpusProject[]) : [];
}

export function readMessages(file: string): CorpusMessage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as CorpusMessage);
}
