// Tables for client responsiveness, in the same shape as the overview's so they share the
// on-screen table and the CSV export.
import type { ClientResponsiveness } from './responsiveness';
import type { Table } from './tables';

export function responsivenessTable(rows: readonly ClientResponsiveness[], clientName: (id: string) => string): Table {
  return {
    id: 'responsiveness',
    title: 'Client reply time (days)',
    columns: ['Client', 'Replies', 'Median days', '90th percentile days'],
    rows: rows.map((r) => [clientName(r.clientId), r.replies, r.medianDays, r.p90Days]),
    emptyText: 'No replies to the agency’s asks recorded yet',
  };
}

export function trendTable(r: ClientResponsiveness, clientName: string): Table {
  return {
    id: 'trend',
    title: `${clientName}: reply time per week`,
    columns: ['Week of', 'Replies', 'Median days'],
    rows: r.trend.some((p) => p.count > 0) ? r.trend.map((p) => [p.weekStart, p.count, p.medianDays]) : [],
    emptyText: 'No replies in the last weeks',
  };
}
