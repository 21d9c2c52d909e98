import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { EmptyState } from '@/components/ui/EmptyState';
import type { AbsorbHandler } from './AbsorbForm';
import { AskItem } from './AskItem';
import type { Outcome } from './types';

interface Props {
  asks: DetectedRequest[];
  project: Project | null;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onCorrect: (ask: DetectedRequest, verdict: Verdict, scopeRef: string | null) => Outcome;
  readable: boolean;
  onAbsorb?: AbsorbHandler | undefined;
  onSnooze?: ((ask: DetectedRequest) => Outcome) | undefined;
}

export function AskList({ asks, project, selected, onSelect, onCorrect, readable, onAbsorb, onSnooze }: Props) {
  return (
    <section aria-labelledby="asks-h">
      <h2 id="asks-h">Asks on this page ({asks.length})</h2>
      {asks.length === 0 ? (
        <EmptyState testId="asks-empty">
          {!readable
            ? 'This page has not been read. Use “Analyse this page” above to check it against a SOW.'
            : project
              ? 'No asks found: nothing here asks for new work. If that is wrong, log it as feedback below.'
              : 'Pick the project above: asks are judged against its SOW.'}
        </EmptyState>
      ) : (
        asks.map((a) => (
          <AskItem
            key={`${a.id}:${a.updatedAt}`}
            ask={a}
            project={project}
            selected={selected.has(a.id)}
            onSelect={(s) => onSelect(a.id, s)}
            onCorrect={onCorrect}
            onAbsorb={onAbsorb}
            onSnooze={onSnooze}
          />
        ))
      )}
    </section>
  );
}
