// Tables for client responsiveness, in the same shape as the overview's so they share the
// on-screen table and the CSV export.
import type { ClientResponsiveness } from './responsiveness';
import type { Table } from './tables';
import { t } from '@/lib/i18n';

export function responsivenessTable(rows: readonly ClientResponsiveness[], clientName: (id: string) => string): Table {
  return {
    id: 'responsiveness',
    title: t('replyTime'),
    columns: [t('client'), t('replies'), t('medianDays'), t('p90Days')],
    rows: rows.map((r) => [clientName(r.clientId), r.replies, r.medianDays, r.p90Days]),
    emptyText: t('repliesNone'),
  };
}

export function trendTable(r: ClientResponsiveness, clientName: string): Table {
  return {
    id: 'trend',
    title: t('replyTimeWeekly', { client: clientName }),
    columns: [t('tableWeekOf'), t('replies'), t('medianDays')],
    rows: r.trend.some((p) => p.count > 0) ? r.trend.map((p) => [p.weekStart, p.count, p.medianDays]) : [],
    emptyText: t('repliesNoneRecent'),
    days: [0],
  };
}
