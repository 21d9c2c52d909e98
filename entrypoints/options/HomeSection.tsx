// The options page's Home tab: every client's open asks, pending money and overdue waits, read as
// aggregates (counts over the database's open-asks view, the sent change orders, the open waits,
// each client's latest feedback) rather than every stored record, refreshed whenever any surface writes.
import { useMemo, useState } from 'react';
import { HomeView } from '@/components/home/HomeView';
import { SectionLoading } from '@/components/ui/SectionLoading';
import { readHome, takeEarlyHome } from './homeData';
import { useRead } from '@/lib/hooks/useRecords';
import { today as todayOf } from '@/lib/dates/days';
import { homeRowsFrom } from '@/lib/reminders/home';
import { dueWithAskCount } from '@/lib/reminders/today';
import { weeklySummary } from '@/lib/reminders/weekly';
import { t } from '@/lib/i18n';

export function HomeSection() {
  const [today] = useState(() => todayOf());
  // Read again when a client or project comes or goes (the rows follow them), or any counted store changes.
  const parts = useRead(
    today,
    () => takeEarlyHome(today) ?? readHome(today),
    ['clients', 'projects', 'requests', 'changeOrders', 'waits', 'feedback'],
    null,
  );
  const data = parts.value;
  const rows = useMemo(
    () =>
      data &&
      homeRowsFrom({
        clients: data.clients,
        projects: data.projects,
        asks: data.asks,
        changeOrders: data.sent,
        waits: data.waits,
        feedback: data.feedback,
        today,
      }),
    [data, today],
  );
  const dueCount = data
    ? dueWithAskCount({ waits: data.waits, changeOrders: data.sent, dueAsks: data.dueAsks, today }).count
    : 0;
  const error = parts.error;
  if (error)
    return (
      <p className="sk-error" role="alert" data-testid="home-error">
        {t('homeReadFailed', { error })}
      </p>
    );
  // Every number at once: rows filling in store by store would show wrong counts for a moment.
  if (!rows) return <SectionLoading />;
  return (
    <HomeView
      rows={rows}
      dueCount={dueCount}
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
