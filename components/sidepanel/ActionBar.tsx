import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
export type Action = 'feedback' | 'upsell' | 'wait' | 'change-order';

const ACTIONS = [
  ['feedback', 'actionFeedback'],
  ['upsell', 'actionUpsell'],
  ['wait', 'actionWait'],
  ['change-order', 'actionChangeOrder'],
] as const satisfies [Action, MessageKey][];

interface Props {
  open: Action | null;
  onOpen: (a: Action | null) => void;
  /** Why change orders are unavailable (no project), or null. */
  changeOrderBlocked: string | null;
}

export function ActionBar({ open, onOpen, changeOrderBlocked }: Props) {
  return (
    <div className="sk-row" role="toolbar" aria-label={t('actionsToolbar')}>
      {ACTIONS.map(([id, key]) => {
        const blocked = id === 'change-order' ? changeOrderBlocked : null;
        return (
          <button
            key={id}
            type="button"
            data-testid={`action-${id}`}
            aria-pressed={open === id}
            aria-disabled={blocked ? true : undefined}
            title={blocked ?? undefined}
            onClick={() => onOpen(open === id ? null : id)}
          >
            {t(key)}
          </button>
        );
      })}
    </div>
  );
}
