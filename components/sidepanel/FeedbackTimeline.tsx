import { EmptyState } from '@/components/ui/EmptyState';
import { Section } from '@/components/ui/Section';
import { VirtualList } from '@/components/ui/VirtualList';
import type { Feedback } from '@/lib/db/schemas';
import { formatWhen } from '@/lib/dates/days';
import { kindLabel, sentimentLabel } from '@/lib/feedback/kinds';
import { safeHref } from '@/lib/links/safeHref';
import { t } from '@/lib/i18n';

export function FeedbackEntry({ f, testId }: { f: Feedback; testId: string }) {
  const href = safeHref(f.sourceUrl);
  return (
    <div className="sk-card" data-testid={testId} data-sentiment={f.sentiment} data-kind={f.kind}>
      <div className="sk-row">
        <strong>{kindLabel(f.kind)}</strong>
        <span className="sk-hint">{sentimentLabel(f.sentiment)}</span>
        <time className="sk-hint" dateTime={f.createdAt}>
          {formatWhen(f.createdAt)}
        </time>
      </div>
      <p>{f.note}</p>
      {href && (
        <a href={href} target="_blank" rel="noreferrer">
          {f.sourceTitle || href}
        </a>
      )}
    </div>
  );
}

/** The side panel reads the newest FEEDBACK_SHOWN entries only; a full list says so instead of a wrong total. */
export const FEEDBACK_SHOWN = 200;

export function FeedbackTimeline({ feedback }: { feedback: Feedback[] }) {
  const heading =
    feedback.length >= FEEDBACK_SHOWN
      ? t('timelineHeadingNewest', { count: FEEDBACK_SHOWN })
      : t('timelineHeading', { count: feedback.length });
  return (
    <Section id="feedback" title={heading}>
      {feedback.length === 0 ? (
        <EmptyState>{t('timelineEmpty')}</EmptyState>
      ) : (
        <VirtualList
          label={t('timelineLabel')}
          items={feedback}
          keyOf={(f) => f.id}
          estimate={90}
          render={(f) => <FeedbackEntry f={f} testId="feedback-entry" />}
        />
      )}
    </Section>
  );
}
