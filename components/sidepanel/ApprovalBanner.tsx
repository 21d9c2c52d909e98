// The client answered a sent change order in this thread: one click records it, the reply quoted.
import { useState } from 'react';
import { Notice } from '@/components/ui/Notice';
import type { Decision } from '@/lib/approval/detect';
import type { Outcome } from './types';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

export interface ApprovalOffer {
  coId: string;
  coRef: string;
  decision: Decision;
  quote: string;
  from: string;
}

const ACTION = {
  approved: 'coMarkApproved',
  rejected: 'approvalMarkDeclined',
  deferred: 'coMarkDeferred',
} as const satisfies Record<Decision, MessageKey>;
const SAID = {
  approved: 'approvalSaidApproved',
  rejected: 'approvalSaidDeclined',
  deferred: 'approvalSaidDeferred',
} as const satisfies Record<Decision, MessageKey>;

export function ApprovalBanner({ offer, onApply }: { offer: ApprovalOffer; onApply: (o: ApprovalOffer) => Outcome }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="sk-card" data-testid="approval-offer" data-decision={offer.decision} aria-live="polite">
      <p>{t(SAID[offer.decision], { who: offer.from || t('approvalTheClient'), ref: offer.coRef })}</p>
      <blockquote className="sk-quote">{offer.quote}</blockquote>
      <Button
        kind="primary"
        data-testid="approval-apply"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await onApply(offer));
          setBusy(false);
        }}
      >
        {t(ACTION[offer.decision])}
      </Button>
      <Notice kind="error" text={error} />
    </section>
  );
}
