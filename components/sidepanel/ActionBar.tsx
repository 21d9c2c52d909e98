// The page's other actions, secondary to the verdict bar's: log feedback, note an upsell, record a
// wait. Change order sits here only when the page has no ask (no verdict bar to carry it).
import { Button } from '@/components/ui/Button';
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
  /** Offer Change order here (the verdict bar offers it when the page has asks). */
  withChangeOrder: boolean;
}

export function ActionBar({ open, onOpen, changeOrderBlocked, withChangeOrder }: Props) {
  return (
    <div className="sk-row sk-actionbar" role="group" aria-label={t('actionsToolbar')}>
      {ACTIONS.filter(([id]) => withChangeOrder || id !== 'change-order').map(([id, key]) => {
        const blocked = id === 'change-order' ? changeOrderBlocked : null;
        return (
          <Button
            key={id}
            kind="quiet"
            data-testid={`action-${id}`}
            aria-expanded={open === id}
            aria-disabled={blocked ? true : undefined}
            title={blocked ?? undefined}
            onClick={() => onOpen(open === id ? null : id)}
          >
            {t(key)}
          </Button>
        );
      })}
    </div>
  );
}
