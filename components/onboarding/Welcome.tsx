// The welcome tab after install: confirm the agency's email domain (suggested from the signed-in
// Gmail account, never set without asking), meet the three surfaces, then open a client thread.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';
import { t } from '@/lib/i18n';
import { Button } from '@/components/ui/Button';

export interface WelcomeProps {
  /** The Gmail account seen in an open Gmail tab, if any. */
  account: string | null;
  /** The agency domain that account suggests (null for a personal mailbox). */
  suggested: string | null;
  agencyDomains: string[];
  onSaveDomain: (domain: string) => Promise<string | null>;
  onOpenGmail: () => void;
  onOpenOptions: () => void;
}

const DOMAIN = /^@?[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

export function Welcome({ account, suggested, agencyDomains, onSaveDomain, onOpenGmail, onOpenOptions }: WelcomeProps) {
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const saved = agencyDomains.length > 0;

  async function save(domain: string) {
    const d = domain.trim().toLowerCase().replace(/^@/, '');
    if (!DOMAIN.test(d)) return setError(t('welcomeDomainInvalid'));
    setError(undefined);
    const err = await onSaveDomain(d);
    setStatus(err ?? t('welcomeDomainSaved', { domain: d }));
  }

  return (
    <main className="sk-page" style={{ maxWidth: 720, margin: '0 auto' }}>
      <h1>{t('welcomeTitle')}</h1>
      <p>{t('welcomeIntro')}</p>

      <section className="sk-card" aria-labelledby="welcome-domain-h">
        <h2 id="welcome-domain-h">{t('welcomeDomainHeading')}</h2>
        <p className="sk-hint">{t('welcomeDomainWhy')}</p>
        {saved && (
          <p data-testid="welcome-domain-current">
            {t('welcomeYourAgency')} <strong>{agencyDomains.join(', ')}</strong>
          </p>
        )}
        {!saved && suggested && !typing && (
          <div>
            <p data-testid="welcome-account">
              {t('welcomeAccountQuestion', { account: account ?? '', domain: suggested })}
            </p>
            <div className="sk-row">
              <Button kind="primary" data-testid="welcome-domain-yes" onClick={() => void save(suggested)}>
                {t('welcomeYesUse', { domain: suggested })}
              </Button>
              <button type="button" data-testid="welcome-domain-no" onClick={() => setTyping(true)}>
                {t('welcomeNoType')}
              </button>
            </div>
          </div>
        )}
        {!saved && (typing || !suggested) && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save(typed);
            }}
          >
            {!suggested && (
              <p className="sk-hint" data-testid="welcome-no-account">
                {account ? t('welcomePersonal', { account }) : t('welcomeOpenGmailHint')}
              </p>
            )}
            <Field label={t('welcomeDomainLabel')} error={error}>
              <input
                data-testid="welcome-domain-input"
                value={typed}
                placeholder={t('welcomeDomainPlaceholder')}
                onChange={(e) => setTyped(e.target.value)}
              />
            </Field>
            <Button type="submit" kind="primary" data-testid="welcome-domain-save">
              {t('welcomeSaveDomain')}
            </Button>
          </form>
        )}
        <Notice kind="ok" text={status} testId="welcome-domain-status" />
      </section>

      <section className="sk-card" aria-labelledby="welcome-surfaces-h">
        <h2 id="welcome-surfaces-h">{t('welcomeSurfacesHeading')}</h2>
        <ul>
          <li>
            <strong>{t('welcomeBadges')}</strong> {t('welcomeBadgesText')}
          </li>
          <li>
            <strong>{t('welcomePanel')}</strong> {t('welcomePanelText')}
          </li>
          <li>
            <strong>{t('welcomeToolbar')}</strong> {t('welcomeToolbarText')}
          </li>
        </ul>
      </section>

      <section className="sk-card" aria-labelledby="welcome-start-h">
        <h2 id="welcome-start-h">{t('welcomeStartHeading')}</h2>
        <p>{t('welcomeStartText')}</p>
        <div className="sk-row">
          <Button kind="primary" data-testid="welcome-open-gmail" onClick={onOpenGmail}>
            {t('welcomeOpenGmail')}
          </Button>
          <button type="button" onClick={onOpenOptions}>
            {t('welcomeByHand')}
          </button>
        </div>
      </section>
    </main>
  );
}
