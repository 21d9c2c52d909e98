// Small hand-drawn SVG charts. Each has a fixed viewBox and size known before any data arrives,
// so nothing moves when numbers load; text uses currentColor so light and dark themes both work.
import { useId, type ReactNode } from 'react';
import { formatPercent, showHours } from '@/lib/money';
import { formatNumber, t } from '@/lib/i18n';

export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 140;
/** The surfaces' theme variables (components/ui/ui.css), with mid-tone fallbacks for light and dark. */
export const COLORS = {
  blue: 'var(--accent, #3b82f6)',
  green: 'var(--ok, #16a34a)',
  amber: 'var(--warn, #d97706)',
  red: 'var(--danger, #dc2626)',
  gray: 'var(--muted, #8b95a5)',
};

const box = { width: CHART_WIDTH, maxWidth: '100%', aspectRatio: `${CHART_WIDTH} / ${CHART_HEIGHT}`, display: 'block' };

/** The fixed-size SVG box every chart draws in, labelled by its summary for screen readers. */
function ChartFrame({ summary, children }: { summary: string; children: ReactNode }) {
  const titleId = useId();
  return (
    <svg
      data-testid="overview-chart"
      role="img"
      aria-labelledby={titleId}
      width={CHART_WIDTH}
      height={CHART_HEIGHT}
      viewBox={`0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`}
      style={box}
    >
      <title id={titleId}>{summary}</title>
      {children}
    </svg>
  );
}

export interface Series {
  name: string;
  color: string;
  values: number[];
}

interface ColumnChartProps {
  /** Read by screen readers; the table after the chart holds every number. */
  summary: string;
  labels: string[];
  series: Series[];
  formatValue?: (n: number) => string;
}

/** Stacked columns: one column per label, one segment per series. */
export function ColumnChart({ summary, labels, series, formatValue = formatNumber }: ColumnChartProps) {
  const top = 18;
  const bottom = 20;
  const plot = CHART_HEIGHT - top - bottom;
  const totals = labels.map((_, i) => series.reduce((s, x) => s + (x.values[i] ?? 0), 0));
  const max = Math.max(0, ...totals);
  const slot = CHART_WIDTH / Math.max(1, labels.length);
  const barWidth = Math.max(4, Math.min(28, slot * 0.6));
  return (
    <ChartFrame summary={summary}>
      <line x1={0} x2={CHART_WIDTH} y1={top + plot} y2={top + plot} stroke="currentColor" strokeOpacity={0.4} />
      <text x={2} y={12} fontSize={10} fill="currentColor">
        {max > 0 ? t('chartMax', { value: formatValue(max) }) : t('chartNothing')}
      </text>
      {labels.map((label, i) => {
        const x = i * slot + (slot - barWidth) / 2;
        let y = top + plot;
        return (
          <g key={label}>
            {series.map((s) => {
              const h = max > 0 ? ((s.values[i] ?? 0) / max) * plot : 0;
              y -= h;
              return h > 0 ? (
                <rect key={s.name} x={x} y={y} width={barWidth} height={h} style={{ fill: s.color }} />
              ) : null;
            })}
            <text x={x + barWidth / 2} y={CHART_HEIGHT - 6} fontSize={9} textAnchor="middle" fill="currentColor">
              {label}
            </text>
          </g>
        );
      })}
    </ChartFrame>
  );
}

interface BudgetBarProps {
  contractedHours: number | null;
  approvedCoHours: number;
  pendingCoHours: number;
  absorbedHours: number | null;
}

/**
 * Hours, as the overview counts them: contracted (blue), added by approved change orders (green),
 * absorbed without one (red: work done that nobody pays for), pending change orders outlined.
 */
export function BudgetBar({ contractedHours, approvedCoHours, pendingCoHours, absorbedHours }: BudgetBarProps) {
  const base = contractedHours ?? 0;
  const absorbed = absorbedHours ?? 0;
  const total = Math.max(1, base + approvedCoHours + absorbed + pendingCoHours);
  const w = (h: number) => (h / total) * CHART_WIDTH;
  const growth = base > 0 ? Math.round((approvedCoHours / base) * 100) : null;
  const h = {
    approved: showHours(approvedCoHours),
    pending: showHours(pendingCoHours),
    absorbed: absorbedHours === null ? t('budgetAbsorbedUnknown') : showHours(absorbedHours),
  };
  const summary =
    contractedHours === null
      ? t('budgetNoHoursSummary', h)
      : t('budgetSummary', { ...h, base: showHours(base), growth: formatPercent(growth ?? 0) });
  return (
    <ChartFrame summary={summary}>
      <rect x={0} y={40} width={w(base)} height={36} style={{ fill: COLORS.blue }} />
      <rect x={w(base)} y={40} width={w(approvedCoHours)} height={36} style={{ fill: COLORS.green }} />
      <rect x={w(base + approvedCoHours)} y={40} width={w(absorbed)} height={36} style={{ fill: COLORS.red }} />
      {pendingCoHours > 0 && (
        <rect
          x={w(base + approvedCoHours + absorbed)}
          y={41}
          width={Math.max(0, w(pendingCoHours) - 1)}
          height={34}
          fill="none"
          style={{ stroke: COLORS.amber }}
          strokeDasharray="4 3"
          strokeWidth={2}
        />
      )}
      <text x={0} y={28} fontSize={11} fill="currentColor">
        {contractedHours === null ? t('budgetNoHours') : t('budgetContracted', { hours: showHours(base) })}
      </text>
      <text x={0} y={98} fontSize={10} fill="currentColor">
        {growth === null
          ? t('budgetAdded', { approved: h.approved, pending: h.pending })
          : t('budgetAddedGrowth', { approved: h.approved, pending: h.pending, growth: formatPercent(growth) })}
      </text>
      <text x={0} y={114} fontSize={10} fill="currentColor">
        {absorbedHours === null ? t('budgetAbsorbedNoRate') : t('budgetAbsorbed', { hours: h.absorbed })}
      </text>
    </ChartFrame>
  );
}

/** A legend as HTML (text wraps and scales with the user's font settings). */
export function Legend({ series }: { series: Pick<Series, 'name' | 'color'>[] }) {
  return (
    <ul style={{ display: 'flex', gap: 12, listStyle: 'none', padding: 0, margin: '4px 0', fontSize: 12 }}>
      {series.map((s) => (
        <li key={s.name} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
          <span aria-hidden="true" style={{ width: 10, height: 10, background: s.color, display: 'inline-block' }} />
          {s.name}
        </li>
      ))}
    </ul>
  );
}
