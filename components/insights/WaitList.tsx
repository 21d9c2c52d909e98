// Open waits with days waiting. Editing happens inline; every change leaves as an event so the
// host writes the record (and announces it to other surfaces).
import { useId, useState } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import { safeHref } from '@/lib/links/safeHref';
import type { OpenWait } from '@/lib/insights/overview';

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

const daysText = (n: number) => (n === 0 ? 'since today' : `${n} ${n === 1 ? 'day' : 'days'}`);

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
      <label htmlFor={`${id}-what`}>Waiting for</label>
      <input
        id={`${id}-what`}
        value={what}
        onChange={(e) => setWhat(e.target.value)}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-err` : undefined}
      />
      <label htmlFor={`${id}-due`}>Due by</label>
      <input id={`${id}-due`} type="date" value={dueBy} onChange={(e) => setDueBy(e.target.value)} />
      <button type="submit" disabled={invalid}>
        Save
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
      {invalid && (
        <span id={`${id}-err`} role="alert" className="sk-error">
          Say what you are waiting for.
        </span>
      )}
    </form>
  );
}

export function WaitList({ waits, onEdit, onClose, onDelete, onSnooze }: WaitListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  if (waits.length === 0) return <EmptyState testId="waits-empty">Not waiting on the client for anything.</EmptyState>;
  return (
    <ul className="sk-list" aria-label="Waiting on the client">
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
              <span>
                waiting {daysText(w.daysWaiting)} (asked {w.askedOn}
                {w.dueBy ? `, due ${w.dueBy}` : ''})
              </span>
              <button type="button" onClick={() => setEditing(w.id)} aria-label={`Edit wait: ${w.what}`}>
                Edit
              </button>
              <button type="button" onClick={() => onClose(w.id)} aria-label={`Received: ${w.what}`}>
                Received
              </button>
              {onSnooze && (
                <button
                  type="button"
                  data-testid="wait-snooze"
                  onClick={() => onSnooze(w.id)}
                  aria-label={`Snooze a week: ${w.what}`}
                >
                  Snooze a week
                </button>
              )}
              {onDelete && (
                <button type="button" onClick={() => onDelete(w.id)} aria-label={`Delete wait: ${w.what}`}>
                  Delete
                </button>
              )}
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
