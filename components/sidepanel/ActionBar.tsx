export type Action = 'feedback' | 'upsell' | 'wait' | 'change-order';

const ACTIONS: [Action, string][] = [
  ['feedback', 'Log feedback'],
  ['upsell', 'Note upsell'],
  ['wait', 'Record wait'],
  ['change-order', 'Change order'],
];

interface Props {
  open: Action | null;
  onOpen: (a: Action | null) => void;
  /** Why change orders are unavailable (no project), or null. */
  changeOrderBlocked: string | null;
}

export function ActionBar({ open, onOpen, changeOrderBlocked }: Props) {
  return (
    <div className="sk-row" role="toolbar" aria-label="Actions for this page">
      {ACTIONS.map(([id, label]) => {
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
            {label}
          </button>
        );
      })}
    </div>
  );
}
