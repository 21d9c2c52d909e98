// Sites on/off, list badges, and the agency's own email domains (used to tell the agency's
// messages from the client's). Each change is saved at once: there is no "unsaved" state to lose.
// Self-hosted origins need a permission prompt, so they go through `selfHostedActions`, not onChange.
import { useState } from 'react';
import { Field } from '@/components/ui/Field';
import type { SelfHostedOrigin } from '@/lib/sites/hosts';
import type { SiteId } from '@/lib/sites/types';
import { parseDomains } from '@/lib/forms/fields';
import { SITE_IDS, SITES } from '@/lib/sites/ids';
import { SelfHostedForm, type SelfHostedActions } from './SelfHostedForm';
import { t } from '@/lib/i18n';
import { ReminderEmailSettings, type ReminderEmailValue } from './ReminderEmailSettings';

/** Structurally the same as lib/settings' Settings. */
export interface SettingsValue extends ReminderEmailValue {
  enabledSites: Record<SiteId, boolean>;
  listBadges: boolean;
  agencyDomains: string[];
  selfHosted: SelfHostedOrigin[];
}

interface Props {
  settings: SettingsValue;
  onChange: (patch: Partial<SettingsValue>) => void;
  /** The options page's permission glue (entrypoints/options/selfHostedAccess.ts); without it the section is hidden. */
  selfHostedActions?: SelfHostedActions;
}

export function SettingsForm({ settings, onChange, selfHostedActions }: Props) {
  const [domains, setDomains] = useState(settings.agencyDomains.join(', '));
  const [domainError, setDomainError] = useState<string | undefined>();
  return (
    <section aria-labelledby="settings-h">
      <h2 id="settings-h">{t('settings')}</h2>
      <fieldset>
        <legend>{t('settingsSites')}</legend>
        {SITE_IDS.map((site) => (
          <label key={site} className="sk-row">
            <input
              type="checkbox"
              data-testid={`site-${site}`}
              checked={settings.enabledSites[site] ?? true}
              onChange={(e) => onChange({ enabledSites: { ...settings.enabledSites, [site]: e.target.checked } })}
            />
            {SITES[site].label}
          </label>
        ))}
      </fieldset>
      <label className="sk-row">
        <input
          type="checkbox"
          data-testid="setting-list-badges"
          checked={settings.listBadges}
          onChange={(e) => onChange({ listBadges: e.target.checked })}
        />
        {t('settingsListBadges')}
      </label>
      <Field label={t('settingsAgencyDomains')} hint={t('settingsAgencyDomainsHint')} error={domainError}>
        <input
          data-testid="setting-agency-domains"
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
          onBlur={() => {
            const parsed = parseDomains(domains);
            setDomainError(parsed.ok ? undefined : parsed.error);
            if (parsed.ok) onChange({ agencyDomains: parsed.value });
          }}
        />
      </Field>
      <ReminderEmailSettings value={settings} onChange={onChange} />
      {selfHostedActions && <SelfHostedForm entries={settings.selfHosted} actions={selfHostedActions} />}
    </section>
  );
}
