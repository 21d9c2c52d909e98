// The selected ask's verdict, kept at the top of the panel while the AM scrolls, with the three
// things to do about it: a change order (the primary action for an out-of-scope ask), absorb it,
// or correct the verdict in one click. Step through the page's asks with the arrows.
import type { ReactNode } from 'react';
import { Button } from '@/components/ui/Button';
import { Notice } from '@/components/ui/Notice';
import type { DetectedRequest } from '@/lib/db/schemas';
import type { Verdict } from '@/lib/scope/types';
import { verdictLabel } from '@/lib/asks/verdict';
import { t } from '@/lib/i18n';

interface Props {
  /** The selected ask (the bar shows only on a page with asks). */
  ask: DetectedRequest;
  /** Its verdict as shown (the AM's correction, pending or stored, wins). */
  verdict: Verdict;
  /** 0-based position of the selected ask among the page's asks, and how many there are. */
  index: number;
  count: number;
  onStep: (delta: 1 | -1) => void;
  changeOrderOpen: boolean;
  /** Why change orders are unavailable (no project), or null. */
  changeOrderBlocked: string | null;
  onChangeOrder: () => void;
  /** Absorb the selected ask; null when it cannot be (not out of scope, covered, absorbed, no project). */
  onAbsorb: (() => void) | null;
  absorbOpen: boolean;
  /** Flip the verdict: in scope for an out-of-scope ask, out of scope otherwise. */
  onFlip: (to: Verdict) => void;
  error: string | null;
  /** The absorb form, shown under the actions while open. */
  children?: ReactNode;
}

export function VerdictBar(p: Props) {
  const { ask, verdict } = p;
  const outOfScope = verdict === 'out_of_scope';
  const flipTo: Verdict = outOfScope ? 'in_scope' : 'out_of_scope';
  return (
    <section className="sk-verdictbar" aria-label={t('verdictBarLabel')} data-testid="verdict-bar">
      <div className="sk-verdictbar-top">
        <span className="sk-verdict" data-verdict={verdict} data-testid="verdict-bar-verdict">
          {verdictLabel(verdict)}
        </span>
        <q className="sk-verdictbar-quote" title={ask.askText} data-testid="verdict-bar-ask">
          {ask.askText}
        </q>
        {p.count > 1 && (
          <span className="sk-verdictbar-nav">
            <Button kind="quiet" aria-label={t('askPrevious')} data-testid="verdict-prev" onClick={() => p.onStep(-1)}>
              ‹
            </Button>
            <span className="sk-hint">{t('askPosition', { n: p.index + 1, count: p.count })}</span>
            <Button kind="quiet" aria-label={t('askNext')} data-testid="verdict-next" onClick={() => p.onStep(1)}>
              ›
            </Button>
          </span>
        )}
      </div>
      <div className="sk-row" role="group" aria-label={t('verdictActions')}>
        <Button
          kind={outOfScope && !ask.absorbed ? 'primary' : 'secondary'}
          data-testid="action-change-order"
          aria-expanded={p.changeOrderOpen}
          aria-disabled={p.changeOrderBlocked ? true : undefined}
          title={p.changeOrderBlocked ?? undefined}
          onClick={p.onChangeOrder}
        >
          {t('actionChangeOrder')}
        </Button>
        {p.onAbsorb && (
          <Button
            data-testid="verdict-absorb"
            aria-expanded={p.absorbOpen}
            title={t('absorbOpen')}
            onClick={p.onAbsorb}
          >
            {t('verdictAbsorb')}
          </Button>
        )}
        <Button data-testid="verdict-flip" data-to={flipTo} onClick={() => p.onFlip(flipTo)}>
          {outOfScope ? t('verdictItsInScope') : t('verdictItsOutOfScope')}
        </Button>
      </div>
      {p.children}
      <Notice kind="error" text={p.error} testId="verdict-error" />
    </section>
  );
}
