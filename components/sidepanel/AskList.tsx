import type { DetectedRequest, Project } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { EmptyState } from '@/components/ui/EmptyState';
import { Section } from '@/components/ui/Section';
import { AskItem, type ShownVerdict } from './AskItem';
import { t } from '@/lib/i18n';

interface Props {
  asks: DetectedRequest[];
  shown: (ask: DetectedRequest) => ShownVerdict;
  project: Project | null;
  currentId: string | null;
  onPick: (ask: DetectedRequest) => void;
  selected: ReadonlySet<string>;
  onSelect: (id: string, selected: boolean) => void;
  onCorrect: (ask: DetectedRequest, verdict: Verdict, scopeRef: string | null) => void;
  readable: boolean;
  onSnooze?: ((ask: DetectedRequest) => void) | undefined;
}

export function AskList({
  asks,
  shown,
  project,
  currentId,
  onPick,
  selected,
  onSelect,
  onCorrect,
  readable,
  onSnooze,
}: Props) {
  return (
    <Section id="asks" level={2} defaultOpen title={t('asksHeading', { count: asks.length })}>
      {asks.length === 0 ? (
        <EmptyState testId="asks-empty">
          {!readable ? t('asksUnread') : project ? t('asksNone') : t('asksPickProject')}
        </EmptyState>
      ) : (
        asks.map((a) => (
          <AskItem
            key={a.id}
            ask={a}
            shown={shown(a)}
            project={project}
            current={a.id === currentId}
            onPick={() => onPick(a)}
            selected={selected.has(a.id)}
            onSelect={(s) => onSelect(a.id, s)}
            onCorrect={(v, r) => onCorrect(a, v, r)}
            onSnooze={onSnooze && (() => onSnooze(a))}
          />
        ))
      )}
    </Section>
  );
}
