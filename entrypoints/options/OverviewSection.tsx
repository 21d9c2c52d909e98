// The options page's Overview tab: every project's numbers and the clients' reply times, computed
// from all stored records and recomputed whenever any surface writes. CSV files leave as downloads.
import { useMemo, useState } from 'react';
import { OverviewView } from '@/components/insights/OverviewView';
import { ResponsivenessView } from '@/components/insights/ResponsivenessView';
import { computeOverviews } from '@/lib/insights/overview';
import { clientResponsiveness } from '@/lib/insights/responsiveness';
import { downloadCsvText } from './downloads';
import { useRecords } from '@/lib/hooks/useRecords';
import { t } from '@/lib/i18n';

export function OverviewSection() {
  const projects = useRecords('projects');
  const clients = useRecords('clients');
  const requests = useRecords('requests');
  const feedback = useRecords('feedback');
  const changeOrders = useRecords('changeOrders');
  const upsells = useRecords('upsells');
  const waits = useRecords('waits');
  // One clock per visit: the weekly buckets must not move between two renders of the same data.
  const [now] = useState(() => new Date());

  const overviews = useMemo(
    () =>
      computeOverviews({
        projects: projects.records,
        clients: clients.records,
        requests: requests.records,
        feedback: feedback.records,
        changeOrders: changeOrders.records,
        upsells: upsells.records,
        waits: waits.records,
        now,
      }),
    [
      projects.records,
      clients.records,
      requests.records,
      feedback.records,
      changeOrders.records,
      upsells.records,
      waits.records,
      now,
    ],
  );
  const responsiveness = useMemo(() => clientResponsiveness(waits.records, { now }), [waits.records, now]);
  const clientNames = useMemo(() => Object.fromEntries(clients.records.map((c) => [c.id, c.name])), [clients.records]);

  const stores = [projects, clients, requests, feedback, changeOrders, upsells, waits];
  const error = stores.find((s) => s.error)?.error;
  if (error)
    return (
      <p className="sk-error" role="alert" data-testid="overview-error">
        {error}
      </p>
    );
  // Render once every store is read: stores arriving one by one would grow the tables in steps
  // and push the charts below them down (a layout shift).
  if (stores.some((s) => s.loading))
    return (
      <p role="status" aria-busy="true">
        {t('overviewLoading')}
      </p>
    );

  return (
    <div data-testid="overview">
      <OverviewView overviews={overviews} onExportCsv={(f) => downloadCsvText(f.fileName, f.csv)} />
      {overviews.length > 0 && (
        <section aria-labelledby="responsiveness-h" data-testid="responsiveness">
          <h2 id="responsiveness-h" style={{ fontSize: 18, marginBottom: 4 }}>
            {t('responsiveness')}
          </h2>
          <p className="sk-hint" style={{ marginTop: 0 }}>
            {t('responsivenessIntro')}
          </p>
          <ResponsivenessView
            rows={responsiveness}
            clientNames={clientNames}
            onExportCsv={(f) => downloadCsvText(f.fileName, f.csv)}
          />
        </section>
      )}
    </div>
  );
}
