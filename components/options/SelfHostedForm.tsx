// Self-hosted Jira (Data Center / Server) and GitHub Enterprise: origins the user adds one by one.
// Adding asks the browser for access to that origin, which only works inside the click, so the
// form validates synchronously and calls onAdd before awaiting anything.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { Field } from '@/components/ui/Field';
import { checkOrigin, type SelfHostedOrigin, type SelfHostedSite } from '@/lib/sites/hosts';
import type { MessageKey } from '@/lib/i18n';
import { t } from '@/lib/i18n';

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

const SITE_LABEL = { jira: 'selfHostedJira', github: 'selfHostedGithub' } as const satisfies Record<
  SelfHostedSite,
  MessageKey
>;

/** Pure: the origin to add, or why not. */
export function validateSelfHosted(input: string, entries: readonly SelfHostedOrigin[]) {
  const checked = checkOrigin(input);
  if (!checked.ok) return checked;
  const taken = entries.find((e) => e.origin === checked.origin);
  if (taken)
    return {
      ok: false as const,
      error: t('selfHostedTaken', { origin: checked.origin, tool: t(SITE_LABEL[taken.site]) }),
    };
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
      finish(outcome, t('selfHostedAdded', { origin: checked.origin }));
    });
  };

  const remove = (target: string): void => {
    setBusy(true);
    setStatus(null);
    void actions.remove(target).then((outcome) => finish(outcome, t('selfHostedRemoved', { origin: target })));
  };

  return (
    <fieldset data-testid="self-hosted">
      <legend>{t('selfHosted')}</legend>
      <p className="sk-hint">{t('selfHostedIntro')}</p>
      {entries.length > 0 && (
        <ul className="sk-list">
          {entries.map((e) => (
            <li key={e.origin} className="sk-row" data-testid="self-hosted-entry">
              <span>{t('selfHostedEntry', { origin: e.origin, tool: t(SITE_LABEL[e.site]) })}</span>
              <button
                type="button"
                data-testid="self-hosted-remove"
                aria-label={t('removeName', { name: e.origin })}
                disabled={busy}
                onClick={() => remove(e.origin)}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} noValidate>
        <Field label={t('selfHostedAddress')} hint={t('selfHostedAddressHint')} error={error}>
          <input
            data-testid="self-hosted-origin"
            type="url"
            inputMode="url"
            autoComplete="off"
            value={origin}
            onChange={(e) => setOrigin(e.target.value)}
          />
        </Field>
        <Field label={t('selfHostedTool')}>
          <select
            data-testid="self-hosted-site"
            value={site}
            onChange={(e) => setSite(e.target.value === 'github' ? 'github' : 'jira')}
          >
            <option value="jira">{t(SITE_LABEL.jira)}</option>
            <option value="github">{t(SITE_LABEL.github)}</option>
          </select>
        </Field>
        <button type="submit" data-testid="self-hosted-add" disabled={busy}>
          {t('selfHostedAdd')}
        </button>
      </form>
      {/* Always present, so screen readers announce each new message in it. */}
      <p role="status" data-testid="self-hosted-status">
        {status}
      </p>
    </fieldset>
  );
}
