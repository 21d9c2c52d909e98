// The options page's Home tab: every client's open asks, pending money and overdue waits, from
// all stored records, refreshed whenever any surface writes.
import { useMemo, useState } from 'react';
import { HomeView } from '@/components/home/HomeView';
import { useRecords } from '@/lib/hooks/useRecords';
import { today as todayOf } from '@/lib/dates/days';
import { homeRows } from '@/lib/reminders/home';
import { dueToday } from '@/lib/reminders/today';
import { weeklySummary } from '@/lib/reminders/weekly';
import { t } from '@/lib/i18n';

export function HomeSection() {
  const clients = useRecords('clients');
  const projects = useRecords('projects');
  const requests = useRecords('requests');
  const changeOrders = useRecords('changeOrders');
  const waits = useRecords('waits');
  const feedback = useRecords('feedback');
  const [today] = useState(() => todayOf());
  const rows = useMemo(
    () =>
      homeRows({
        clients: clients.records,
        projects: projects.records,
        requests: requests.records,
        changeOrders: changeOrders.records,
        waits: waits.records,
        feedback: feedback.records,
        today,
      }),
    [clients.records, projects.records, requests.records, changeOrders.records, waits.records, feedback.records, today],
  );
  const due = useMemo(
    () => dueToday({ waits: waits.records, changeOrders: changeOrders.records, requests: requests.records, today }),
    [waits.records, changeOrders.records, requests.records, today],
  );
  return (
    <HomeView
      rows={rows}
      dueCount={due.length}
      onCopySummary={async () => {
        try {
          await navigator.clipboard.writeText(weeklySummary(rows, today));
          return null;
        } catch (err) {
          return t('homeCopyFailed', { error: err instanceof Error ? err.message : String(err) });
        }
      }}
    />
  );
}
