// Lists render plainly while short (every row in the DOM: simpler for tests and screen readers)
// and switch to windowing past a threshold so 10,000 records still open in well under a second.
import type { ReactNode } from 'react';
import { useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { t } from '@/lib/i18n';

interface VirtualListProps<T> {
  items: readonly T[];
  keyOf: (item: T) => string;
  render: (item: T, index: number) => ReactNode;
  label: string;
  /** Estimated row height in px; rows are measured after render. */
  estimate?: number;
  threshold?: number;
  testId?: string;
}

const FALLBACK_ROWS = 20;

export function VirtualList<T>({
  items,
  keyOf,
  render,
  label,
  estimate = 48,
  threshold = 100,
  testId,
}: VirtualListProps<T>) {
  if (items.length <= threshold) {
    return (
      <ul className="sk-list" aria-label={label} data-testid={testId}>
        {items.map((item, i) => (
          <li key={keyOf(item)}>{render(item, i)}</li>
        ))}
      </ul>
    );
  }
  return <Windowed items={items} keyOf={keyOf} render={render} label={label} estimate={estimate} testId={testId} />;
}

function Windowed<T>({
  items,
  keyOf,
  render,
  label,
  estimate,
  testId,
}: Required<Omit<VirtualListProps<T>, 'threshold' | 'testId'>> & { testId: string | undefined }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The React compiler is not used here; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimate,
    getItemKey: (i) => keyOf(items[i] as T),
    overscan: 8,
    // Without layout (first paint, tests) render one screen's worth instead of nothing.
    initialRect: { width: 600, height: 420 },
  });
  // A scroll box with no size yet (hidden, not laid out, or a DOM without layout) windows to
  // nothing; show the first screenful instead of an empty list.
  const virtual = virtualizer.getVirtualItems();
  const rows =
    virtual.length > 0
      ? virtual
      : items.slice(0, FALLBACK_ROWS).map((item, index) => ({ key: keyOf(item), index, start: index * estimate }));
  return (
    <div
      ref={scrollRef}
      className="sk-scroll"
      tabIndex={0}
      role="region"
      aria-label={t('listWithCount', { label, count: items.length })}
    >
      <ul
        className="sk-list"
        aria-label={label}
        data-testid={testId}
        style={{ height: virtualizer.getTotalSize(), position: 'relative' }}
      >
        {rows.map((row) => (
          <li
            key={row.key}
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${row.start}px)` }}
          >
            {render(items[row.index] as T, row.index)}
          </li>
        ))}
      </ul>
    </div>
  );
}
