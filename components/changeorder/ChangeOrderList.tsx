// A project's change orders, newest number first, revisions together. Each row opens its order.
import { Button } from '@/components/ui/Button';
import { formatCoRef } from '@/lib/changeorders/number';
import { statusLabel } from '@/lib/changeorders/status';
import type { ChangeOrder } from '@/lib/db/schemas';
import { formatMoney, totals } from '@/lib/money';
import './changeorder.css';
import { t } from '@/lib/i18n';

interface Props {
  orders: ChangeOrder[];
  selectedId?: string | null;
  onSelect: (id: string) => void;
  locale?: string;
}

const order = (a: ChangeOrder, b: ChangeOrder) => b.number - a.number || b.revision - a.revision;

export function ChangeOrderList({ orders, selectedId = null, onSelect, locale }: Props) {
  const rows = orders.filter((co) => co.deletedAt === null).sort(order);
  if (rows.length === 0) return <p className="sk-hint">{t('coNone')}</p>;
  return (
    <table className="co-table" aria-label={t('changeOrders')}>
      <thead>
        <tr>
          <th scope="col">{t('number')}</th>
          <th scope="col">{t('title')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col" className="num">
            {t('total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((co) => (
          <tr key={co.id} data-testid="co-row" aria-selected={co.id === selectedId}>
            <td>{formatCoRef(co)}</td>
            <td>
              {/* A real button: rows are reached with Tab and opened with Enter or Space. */}
              <Button kind="quiet" className="co-open" onClick={() => onSelect(co.id)}>
                {co.title}
              </Button>
            </td>
            <td>
              <span className="co-badge" data-status={co.status}>
                {statusLabel(co.status)}
              </span>
            </td>
            <td className="num">{formatMoney(totals(co).totalCents, co.currency, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
