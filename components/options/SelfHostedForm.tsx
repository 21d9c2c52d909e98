// Self-hosted Jira (Data Center / Server) and GitHub Enterprise: origins the user adds one by one.
// Adding asks the browser for access to that origin, which only works inside the click, so the
// form validates synchronously and calls onAdd before awaiting anything.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '@/components/ui/Field';
import { checkOrigin, type SelfHostedOrigin, type SelfHostedSite } from '@/lib/sites/hosts';

/** What the container did: an error to show, or success with an optional note (e.g. "reload needed"). */
export type SelfHostedOutcome = { ok: true; note: string | null } | { ok: false; error: string };

export interface SelfHostedActions {
  /** Must request the permission before its first await: the browser wants the user's click. */
  add(entry: SelfHostedOrigin): Promise<SelfHostedOutcome>;
  remove(origin: string): Promise<SelfHostedOutcome>;
}

interface Props {
  entries: SelfHostedOrigin[];
  actions: SelfHostedActions;
}

const SITE_LABEL: Record<SelfHostedSite, string> = { jira: 'Jira Data Center / Server', github: 'GitHub Enterprise' };

/** Pure: the origin to add, or why not. */
export function validateSelfHosted(input: string, entries: readonly SelfHostedOrigin[]) {
  const checked = checkOrigin(input);
  if (!checked.ok) return checked;
  const taken = entries.find((e) => e.origin === checked.origin);
  if (taken) return { ok: false as const, error: `${checked.origin} is already added as ${SITE_LABEL[taken.site]}` };
  return checked;
}

export function SelfHostedForm({ entries, actions }: Props) {
  const [origin, setOrigin] = useState('');
  const [site, setSite] = useState<SelfHostedSite>('jira');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const finish = (outcome: SelfHostedOutcome, done: string): void => {
    setBusy(false);
    if (!outcome.ok) {
      setStatus(outcome.error);
      return;
    }
    setStatus([done, outcome.note].filter(Boolean).join(' '));
  };

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    const checked = validateSelfHosted(origin, entries);
    setError(checked.ok ? undefined : checked.error);
    if (!checked.ok) return;
    setBusy(true);
    setStatus(null);
    // No await before this call: the permission prompt needs the click's user gesture.
    void actions.add({ origin: checked.origin, site }).then((outcome) => {
      if (outcome.ok) setOrigin('');
      finish(outcome, `Added ${checked.origin}.`);
    });
  };

  const remove = (target: string): void => {
    setBusy(true);
    setStatus(null);
    void actions.remove(target).then((outcome) => finish(outcome, `Removed ${target}.`));
  };

  return (
    <fieldset data-testid="self-hosted">
      <legend>Self-hosted tools</legend>
      <p className="sk-hint">
        Jira Data Center / Server or GitHub Enterprise on your own address. Your browser asks once for access to it.
      </p>
      {entries.length > 0 && (
        <ul className="sk-list">
          {entries.map((e) => (
            <li key={e.origin} className="sk-row" data-testid="self-hosted-entry">
              <span>
                {e.origin} ({SITE_LABEL[e.site]})
              </span>
              <button
                type="button"
                data-testid="self-hosted-remove"
                aria-label={`Remove ${e.origin}`}
                disabled={busy}
                onClick={() => remove(e.origin)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <Field label="Address" hint="The https origin only, like https://jira.acme.internal" error={error}>
          <input
            data-testid="self-hosted-origin"
            type="url"
            inputMode="url"
            autoComplete="off"
            value={origin}
            onChange={(e) => setOrigin(e.target.value)}
          />
        </Field>
        <Field label="Tool">
          <select
            data-testid="self-hosted-site"
            value={site}
            onChange={(e) => setSite(e.target.value === 'github' ? 'github' : 'jira')}
          >
            <option value="jira">{SITE_LABEL.jira}</option>
            <option value="github">{SITE_LABEL.github}</option>
          </select>
        </Field>
        <button type="submit" data-testid="self-hosted-add" disabled={busy}>
          Add and allow access
        </button>
      </form>
      {/* Always present, so screen readers announce each new message in it. */}
      <p role="status" data-testid="self-hosted-status">
        {status}
      </p>
    </fieldset>
  );
}
