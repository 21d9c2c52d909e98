// The client answered a sent change order in this thread: one click records it, the reply quoted.
import { useState } from 'react';
import { Notice } from '@/components/ui/Notice';
import type { Decision } from '@/lib/approval/detect';
import type { Outcome } from './types';

export interface ApprovalOffer {
  coId: string;
  coRef: string;
  decision: Decision;
  quote: string;
  from: string;
}

const ACTION: Record<Decision, string> = {
  approved: 'Mark approved',
  rejected: 'Mark declined',
  deferred: 'Mark deferred',
};
const SAID: Record<Decision, string> = { approved: 'approved', rejected: 'declined', deferred: 'put off' };

export function ApprovalBanner({ offer, onApply }: { offer: ApprovalOffer; onApply: (o: ApprovalOffer) => Outcome }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section className="sk-card" data-testid="approval-offer" data-decision={offer.decision} aria-live="polite">
      <p>
        <strong>{offer.from || 'The client'}</strong> seems to have {SAID[offer.decision]} {offer.coRef}:
      </p>
      <blockquote className="sk-quote">{offer.quote}</blockquote>
      <button
        type="button"
        className="primary"
        data-testid="approval-apply"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(await onApply(offer));
          setBusy(false);
        }}
      >
        {ACTION[offer.decision]}
      </button>
      <Notice kind="error" text={error} />
    </section>
  );
}
