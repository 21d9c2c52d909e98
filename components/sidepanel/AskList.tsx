import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { EmptyState } from '@/components/ui/EmptyState';
import type { AbsorbHandler } from './AbsorbForm';
import { AskItem } from './AskItem';
import type { Outcome } from './types';
import { t } from '@/lib/i18n';

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
      <h2 id="asks-h">{t('asksHeading', { count: asks.length })}</h2>
      {asks.length === 0 ? (
        <EmptyState testId="asks-empty">
          {!readable ? t('asksUnread') : project ? t('asksNone') : t('asksPickProject')}
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
