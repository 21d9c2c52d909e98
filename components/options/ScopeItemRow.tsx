// One parsed deliverable or exclusion: read as text (what the engine understood), edited in place.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
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
  onChange: (item: ScopeItem) => void;
  onRemove: () => void;
}

export function ScopeItemRow({ item, kind, error, onChange, onRemove }: Props) {
  const [editing, setEditing] = useState(!item.title);
  return (
    <li className="sk-card" data-testid={`sow-${kind}`} data-id={item.id}>
      {editing ? (
        <>
          <Field
            label={t(kind === 'deliverable' ? 'deliverableTitle' : 'exclusionTitle', { id: item.id })}
            error={error}
          >
            <input value={item.title} onChange={(e) => onChange({ ...item, title: e.target.value })} />
          </Field>
          {kind === 'deliverable' && (
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
          {item.description && item.description !== item.title && (
            <span className="sk-hint"> — {item.description}</span>
          )}
        </p>
      )}
      {error && !editing && <span className="sk-error">{error}</span>}
      <div className="sk-row">
        <button
          type="button"
          onClick={() => setEditing(!editing)}
          aria-label={t(
            editing
              ? kind === 'deliverable'
                ? 'deliverableDoneEditing'
                : 'exclusionDoneEditing'
              : kind === 'deliverable'
                ? 'deliverableEdit'
                : 'exclusionEdit',
            { id: item.id },
          )}
        >
          {editing ? t('done') : t('edit')}
        </button>
        <button
          type="button"
          onClick={onRemove}
          aria-label={t(kind === 'deliverable' ? 'deliverableRemove' : 'exclusionRemove', { id: item.id })}
        >
          {t('remove')}
        </button>
      </div>
    </li>
  );
}
