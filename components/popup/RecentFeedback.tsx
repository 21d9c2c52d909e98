import type { Client, Feedback } from '@/lib/db/schemas';
import { formatWhen } from '@/lib/dates/days';
import { kindLabel, sentimentLabel } from '@/lib/feedback/kinds';
import { t } from '@/lib/i18n';

/** The last few entries, so the AM sees the log landed (and what was said before). */
export function RecentFeedback({ feedback, clients }: { feedback: Feedback[]; clients: Client[] }) {
  const name = (id: string | null) => (id ? (clients.find((c) => c.id === id)?.name ?? '') : '');
  return (
    <section aria-labelledby="recent-h" data-testid="quicklog-recent">
      <h2 id="recent-h">{t('recent')}</h2>
      {feedback.length === 0 ? (
        <p className="sk-hint">{t('recentNone')}</p>
      ) : (
        <ul className="sk-list">
          {feedback.map((f) => (
            <li key={f.id} className="sk-card" data-testid="quicklog-entry">
              <div className="sk-row">
                <strong>{kindLabel(f.kind)}</strong>
                <span className="sk-hint">{sentimentLabel(f.sentiment)}</span>
                {name(f.clientId) && <span className="sk-hint">{name(f.clientId)}</span>}
                <time className="sk-hint" dateTime={f.createdAt}>
                  {formatWhen(f.createdAt)}
                </time>
              </div>
              <p>{f.note}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
