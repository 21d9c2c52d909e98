// One parsed deliverable or exclusion: read as text (what the engine understood) beside the SOW
// sentence it came from, edited in place, moved to the other list or removed. Focusing or clicking
// the row shows its source in the SOW pane.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { oneLine } from '@/lib/sow-review';
import { t } from '@/lib/i18n';

export interface ScopeItem {
  id: string;
  title: string;
  description: string;
  quantity?: number | null;
}

interface Props {
  item: ScopeItem;
  kind: 'deliverable' | 'exclusion';
  error?: string | undefined;
  /** The SOW sentence the item was read from, one line; null when it has none (added by hand). */
  quote?: string | null;
  /** Its source is the one highlighted in the SOW pane. */
  active?: boolean;
  onChange: (item: ScopeItem) => void;
  onRemove: () => void;
  /** Deliverable to exclusion or back. */
  onMove?: () => void;
  onActivate?: () => void;
}

export function ScopeItemRow({ item, kind, error, quote, active, onChange, onRemove, onMove, onActivate }: Props) {
  const [editing, setEditing] = useState(!item.title);
  const deliverable = kind === 'deliverable';
  return (
    <li
      className={`sk-card sk-review-item${active ? ' sk-review-active' : ''}`}
      data-testid={`sow-${kind}`}
      data-id={item.id}
      data-review-key={item.id}
      data-active={active ? 'true' : undefined}
      tabIndex={-1}
      onFocus={onActivate}
      onClick={onActivate}
    >
      {editing ? (
        <>
          <Field label={t(deliverable ? 'deliverableTitle' : 'exclusionTitle', { id: item.id })} error={error}>
            <input value={item.title} onChange={(e) => onChange({ ...item, title: e.target.value })} />
          </Field>
          {deliverable && (
            <Field label={t('quantity')} hint={t('quantityHint')}>
              <input
                inputMode="numeric"
                value={item.quantity ?? ''}
                onChange={(e) => {
                  const n = Number.parseInt(e.target.value, 10);
                  onChange({ ...item, quantity: Number.isFinite(n) && n >= 0 ? n : null });
                }}
              />
            </Field>
          )}
          <Field label={t('description')}>
            <textarea
              rows={2}
              value={item.description}
              onChange={(e) => onChange({ ...item, description: e.target.value })}
            />
          </Field>
        </>
      ) : (
        <p>
          <strong>{item.id}</strong> {item.title}
          {item.quantity != null && <span> × {item.quantity}</span>}
          {item.description && item.description !== item.title && !quote?.includes(oneLine(item.description)) && (
            <span className="sk-hint"> — {item.description}</span>
          )}
        </p>
      )}
      {quote !== undefined &&
        (quote ? (
          <blockquote translate="no" className="sk-quote sk-review-quote" data-testid="sow-item-source">
            {t('sowQuote', { text: quote })}
          </blockquote>
        ) : (
          <p className="sk-hint" data-testid="sow-item-nosource">
            {t('sowNoSource')}
          </p>
        ))}
      {error && !editing && <span className="sk-error">{error}</span>}
      <div className="sk-row">
        <button
          type="button"
          onClick={() => setEditing(!editing)}
          aria-label={t(
            editing
              ? deliverable
                ? 'deliverableDoneEditing'
                : 'exclusionDoneEditing'
              : deliverable
                ? 'deliverableEdit'
                : 'exclusionEdit',
            { id: item.id },
          )}
        >
          {editing ? t('done') : t('edit')}
        </button>
        {onMove && (
          <button
            type="button"
            data-testid="sow-move"
            onClick={onMove}
            aria-label={t(deliverable ? 'deliverableMoveLabel' : 'exclusionMoveLabel', { id: item.id })}
          >
            {t(deliverable ? 'sowMoveToExclusions' : 'sowMoveToDeliverables')}
          </button>
        )}
        <button
          type="button"
          onClick={onRemove}
          aria-label={t(deliverable ? 'deliverableRemove' : 'exclusionRemove', { id: item.id })}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}
