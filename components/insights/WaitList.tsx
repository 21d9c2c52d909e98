// Open waits with days waiting. Editing happens inline; every change leaves as an event so the
// host writes the record (and announces it to other surfaces).
import { useId, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { safeHref } from '@/lib/links/safeHref';
import { showDay } from '@/lib/dates/days';
import type { OpenWait } from '@/lib/insights/overview';
import { t, tn } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

export interface WaitPatch {
  what: string;
  dueBy: string | null;
}

export interface WaitListProps {
  waits: OpenWait[];
  onEdit: (id: string, patch: WaitPatch) => void;
  /** The client delivered: the host sets closedAt. */
  onClose: (id: string) => void;
  onDelete?: (id: string) => void;
  /** Hide it from today's list for a week. */
  onSnooze?: (id: string) => void;
}

function EditForm({
  wait,
  onSave,
  onCancel,
}: {
  wait: OpenWait;
  onSave: (p: WaitPatch) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [what, setWhat] = useState(wait.what);
  const [dueBy, setDueBy] = useState(wait.dueBy ?? '');
  const invalid = what.trim() === '';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!invalid) onSave({ what: what.trim(), dueBy: dueBy || null });
      }}
      style={{ display: 'flex', flexWrap: 'wrap', gap: 6, alignItems: 'end' }}
    >
      <label htmlFor={`${id}-what`}>{t('tableWaitingFor')}</label>
      <input
        id={`${id}-what`}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
      />
      <label htmlFor={`${id}-due`}>{t('waitDueBy')}</label>
      <input id={`${id}-due`} type="date" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />
      <Button type="submit" kind="primary" disabled={invalid}>
        {t('save')}
      </Button>
      <Button onClick={onCancel}>{t('cancel')}</Button>
      {invalid && (
        <span id={`${id}-err`} role="alert" className="sk-error">
          {t('waitListWhatMissing')}
        </span>
      )}
    </form>
  );
}

/** "waiting 3 days (asked 2 Dec 2026, due 9 Dec 2026)". */
function waitingText(w: OpenWait): string {
  const asked = showDay(w.askedOn);
  const days = w.daysWaiting;
  if (w.dueBy) {
    const due = showDay(w.dueBy);
    return days === 0 ? t('waitingTodayDue', { asked, due }) : tn('waitingDue', days, { asked, due });
  }
  return days === 0 ? t('waitingToday', { asked }) : tn('waiting', days, { asked });
}

export function WaitList({ waits, onEdit, onClose, onDelete, onSnooze }: WaitListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  if (waits.length === 0) return <EmptyState testId="waits-empty">{t('waitListEmpty')}</EmptyState>;
  return (
    <ul className="sk-list" aria-label={t('waitFormHeading')}>
      {waits.map((w) => (
        <li
          key={w.id}
          data-testid="wait-row"
          style={{ padding: '6px 0', borderBottom: '1px solid color-mix(in srgb, currentColor 20%, transparent)' }}
        >
          {editing === w.id ? (
            <EditForm
              wait={w}
              onCancel={() => setEditing(null)}
              onSave={(patch) => {
                setEditing(null);
                onEdit(w.id, patch);
              }}
            />
          ) : (
            <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'baseline' }}>
              <strong style={{ flex: '1 1 12em' }}>
                {safeHref(w.sourceUrl) ? (
                  <a href={safeHref(w.sourceUrl) ?? undefined} target="_blank" rel="noreferrer noopener">
                    {w.what}
                  </a>
                ) : (
                  w.what
                )}
              </strong>
              <span>{waitingText(w)}</span>
              <Button kind="quiet" onClick={() => setEditing(w.id)} aria-label={t('waitEditLabel', { what: w.what })}>
                {t('edit')}
              </Button>
              <Button onClick={() => onClose(w.id)} aria-label={t('waitReceivedAria', { what: w.what })}>
                {t('waitReceived')}
              </Button>
              {onSnooze && (
                <Button
                  kind="quiet"
                  data-testid="wait-snooze"
                  onClick={() => onSnooze(w.id)}
                  aria-label={t('waitSnoozeLabel', { what: w.what })}
                >
                  {t('waitSnooze')}
                </Button>
              )}
              {onDelete && (
                <Button kind="quiet" onClick={() => onDelete(w.id)} aria-label={t('waitDeleteLabel', { what: w.what })}>
                  {t('delete')}
                </Button>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
