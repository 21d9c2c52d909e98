// The project's money: contracted, approved change orders, what waits on the client, and the
// absorbed-work ledger (out-of-scope work done for free), so giving work away is a visible choice.
import type { MoneySummary } from '@/lib/changeorders/summary';
import type { DetectedRequest } from '@/lib/db/schemas';
import { formatHours, formatMoney } from '@/lib/money';
import './changeorder.css';

interface Props {
  summary: MoneySummary;
  /** Requests of the project; those marked absorbed are listed in the ledger. */
  requests?: DetectedRequest[];
  locale?: string;
}

export function MoneyView({ summary: s, requests = [], locale }: Props) {
  const money = (cents: number | null) => (cents === null ? '—' : formatMoney(cents, s.currency, locale));
  const hours = (h: number | null) => (h === null ? '—' : `${formatHours(h)} h`);
  const absorbed = requests.filter((r) => r.absorbed !== null && r.deletedAt === null);
  const rows: [label: string, count: string, hrs: string, value: string, testId: string][] = [
    ['Contracted (SOW)', '', hours(s.contractedHours), money(s.contractedFeeCents), 'money-contracted'],
    [
      'Approved change orders',
      String(s.approvedCount),
      hours(s.approvedHours),
      money(s.approvedCents),
      'money-approved',
    ],
    ['Pending (draft or sent)', String(s.pendingCount), '', money(s.pendingCents), 'money-pending'],
    ['Deferred', String(s.deferredCount), '', money(s.deferredCents), 'money-deferred'],
    ['Rejected', String(s.rejectedCount), '', money(s.rejectedCents), 'money-rejected'],
    ['Absorbed work', String(s.absorbedCount), '', money(s.absorbedCents), 'money-absorbed'],
    ['Contract + approved', '', '', money(s.totalFeeCents), 'money-total'],
  ];
  return (
    <section aria-label="Money">
      <table className="co-money">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Count</th>
            <th scope="col">Hours</th>
            <th scope="col">Value</th>
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
          <h3>Absorbed work</h3>
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
