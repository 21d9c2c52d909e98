// The welcome tab after install: confirm the agency's email domain (suggested from the signed-in
// Gmail account, never set without asking), meet the three surfaces, then open a client thread.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import { Notice } from '@/components/ui/Notice';

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
    if (!DOMAIN.test(d)) return setError('Type a domain like youragency.com (the part after @ in your work email)');
    setError(undefined);
    const err = await onSaveDomain(d);
    setStatus(err ?? `Saved: emails from @${d} count as your agency's.`);
  }

  return (
    <main className="sk-page" style={{ maxWidth: 720, margin: '0 auto' }}>
      <h1>Welcome to Scopekeeper</h1>
      <p>
        It reads your clients’ emails and tickets and tells you which asks fall outside the signed statement of work.
      </p>

      <section className="sk-card" aria-labelledby="welcome-domain-h">
        <h2 id="welcome-domain-h">1. Your agency’s email domain</h2>
        <p className="sk-hint">
          So Scopekeeper can tell your team’s emails from the client’s, and notice when you are waiting on the client.
        </p>
        {saved && (
          <p data-testid="welcome-domain-current">
            Your agency: <strong>{agencyDomains.join(', ')}</strong>
          </p>
        )}
        {!saved && suggested && !typing && (
          <div>
            <p data-testid="welcome-account">
              You are signed in to Gmail as <strong>{account}</strong>. Is <strong>{suggested}</strong> your agency’s
              domain?
            </p>
            <div className="sk-row">
              <button
                type="button"
                className="primary"
                data-testid="welcome-domain-yes"
                onClick={() => void save(suggested)}
              >
                Yes, use {suggested}
              </button>
              <button type="button" data-testid="welcome-domain-no" onClick={() => setTyping(true)}>
                No, type another
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
                {account
                  ? `${account} is a personal mailbox, so type your agency’s domain.`
                  : 'Open Gmail in another tab and your account’s domain is offered here, or type it.'}
              </p>
            )}
            <Field label="Agency email domain" error={error}>
              <input
                data-testid="welcome-domain-input"
                value={typed}
                placeholder="youragency.com"
                onChange={(e) => setTyped(e.target.value)}
              />
            </Field>
            <button type="submit" className="primary" data-testid="welcome-domain-save">
              Save domain
            </button>
          </form>
        )}
        <Notice kind="ok" text={status} testId="welcome-domain-status" />
      </section>

      <section className="sk-card" aria-labelledby="welcome-surfaces-h">
        <h2 id="welcome-surfaces-h">2. Where you will see it</h2>
        <ul>
          <li>
            <strong>Badges</strong> in Gmail and on tickets (Jira, Asana, Trello, Linear, GitHub, ClickUp, Monday,
            Basecamp): out of scope, in scope, or no ask. Click one to open the side panel.
          </li>
          <li>
            <strong>The side panel</strong> beside the thread: each ask with the contract clause behind it, and one
            click to a change order, to absorb the work, or to mark it in scope. A new client is set up from the thread
            itself.
          </li>
          <li>
            <strong>The toolbar button</strong>: quick-log what a client said; its count is what needs you today.
          </li>
        </ul>
      </section>

      <section className="sk-card" aria-labelledby="welcome-start-h">
        <h2 id="welcome-start-h">3. Open a client thread</h2>
        <p>
          Open any email thread with a client. The side panel offers to create the client from it, name and domains
          filled in.
        </p>
        <div className="sk-row">
          <button type="button" className="primary" data-testid="welcome-open-gmail" onClick={onOpenGmail}>
            Open a client thread in Gmail
          </button>
          <button type="button" onClick={onOpenOptions}>
            Add clients and SOWs by hand
          </button>
        </div>
      </section>
    </main>
  );
}
