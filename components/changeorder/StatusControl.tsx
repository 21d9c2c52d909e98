// Shows the status and offers only the moves the status machine allows, so an illegal move
// cannot be chosen in the first place.
import { allowedTransitions, markStatusLabel, statusLabel } from '@/lib/changeorders/status';
import type { CoStatus } from '@/lib/changeorders/status';
import { t } from '@/lib/i18n';

interface Props {
  status: CoStatus;
  disabled?: boolean;
  onTransition: (to: CoStatus) => void;
}

export function StatusControl({ status, disabled, onTransition }: Props) {
  const next = allowedTransitions(status);
  return (
    <label className="co-status">
      <span>{t('status')}</span>{' '}
      <select
        data-testid="co-status"
        value={status}
        disabled={disabled || next.length === 0}
        onChange={(e) => {
          const to = e.target.value as CoStatus;
          if (to !== status) onTransition(to);
        }}
      >
        <option value={status}>{statusLabel(status)}</option>
        {next.map((s) => (
          <option key={s} value={s}>
            {markStatusLabel(s)}
          </option>
        ))}
      </select>
    </label>
  );
}
