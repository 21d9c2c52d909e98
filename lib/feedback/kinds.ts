// The kinds of client feedback the AM logs and their sentiment, as the forms and timelines name them.
import type { Feedback } from '@/lib/db/schemas';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

const KIND_KEY = {
  approval: 'kindApproval',
  revision_request: 'kindRevisionRequest',
  complaint: 'kindComplaint',
  praise: 'kindPraise',
  question: 'kindQuestion',
  other: 'kindOther',
} as const satisfies Record<Feedback['kind'], MessageKey>;

export const KINDS = Object.keys(KIND_KEY) as Feedback['kind'][];

export function kindLabel(kind: string): string {
  return kind in KIND_KEY ? t(KIND_KEY[kind as Feedback['kind']]) : kind;
}

const SENTIMENT_KEY = {
  positive: 'sentimentPositive',
  neutral: 'sentimentNeutral',
  negative: 'sentimentNegative',
} as const satisfies Record<Feedback['sentiment'], MessageKey>;

export function sentimentLabel(sentiment: Feedback['sentiment']): string {
  return t(SENTIMENT_KEY[sentiment]);
}
