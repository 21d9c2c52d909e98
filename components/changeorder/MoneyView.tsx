// The project's money: contracted, approved change orders, what waits on the client, and the
// absorbed-work ledger (out-of-scope work done for free), so giving work away is a visible choice.
import type { MoneySummary } from '@/lib/changeorders/summary';
import type { DetectedRequest } from '@/lib/db/schemas';
import { formatMoney, showHours } from '@/lib/money';
import './changeorder.css';
import { formatNumber, t } from '@/lib/i18n';

interface Props {
  summary: MoneySummary;
  /** Requests of the project; those marked absorbed are listed in the ledger. */
  requests?: DetectedRequest[];
  locale?: string;
}

export function MoneyView({ summary: s, requests = [], locale }: Props) {
  const money = (cents: number | null) => (cents === null ? '—' : formatMoney(cents, s.currency, locale));
  const hours = (h: number | null) => (h === null ? '—' : showHours(h));
  const absorbed = requests.filter((r) => r.absorbed !== null && r.deletedAt === null);
  const rows: [label: string, count: string, hrs: string, value: string, testId: string][] = [
    [t('moneyContracted'), '', hours(s.contractedHours), money(s.contractedFeeCents), 'money-contracted'],
    [
      t('moneyApproved'),
      formatNumber(s.approvedCount),
      hours(s.approvedHours),
      money(s.approvedCents),
      'money-approved',
    ],
    [t('moneyPending'), formatNumber(s.pendingCount), '', money(s.pendingCents), 'money-pending'],
    [t('moneyDeferred'), formatNumber(s.deferredCount), '', money(s.deferredCents), 'money-deferred'],
    [t('moneyRejected'), formatNumber(s.rejectedCount), '', money(s.rejectedCents), 'money-rejected'],
    [
      t('moneyAbsorbed'),
      formatNumber(s.absorbedCount),
      hours(s.absorbedHours),
      money(s.absorbedCents),
      'money-absorbed',
    ],
    [t('moneyTotal'), '', '', money(s.totalFeeCents), 'money-total'],
  ];
  return (
    <section aria-label={t('money')}>
      <table className="co-money">
        <thead>
          <tr>
            <th scope="col">{t('what')}</th>
            <th scope="col">{t('count')}</th>
            <th scope="col">{t('hours')}</th>
            <th scope="col">{t('value')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count, hrs, value, testId]) => (
            <tr key={testId} data-testid={testId}>
              <th scope="row">{label}</th>
              <td>{count}</td>
              <td>{hrs}</td>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {absorbed.length > 0 && (
        <>
          <h3>{t('moneyAbsorbed')}</h3>
          <ul className="co-ledger">
            {absorbed.map((r) => (
              <li key={r.id} data-testid="absorbed-row">
                <q>{r.askText}</q> {money(r.absorbed?.valueCents ?? 0)}
                {r.absorbed?.note ? ` (${r.absorbed.note})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
