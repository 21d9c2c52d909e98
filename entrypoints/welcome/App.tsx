// Welcome container: finds the Gmail account in an open Gmail tab's title (host permission for
// mail.google.com lets tabs.query see it), and keeps looking as tabs change.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { Welcome } from '@/components/onboarding/Welcome';
import { useSettings } from '@/lib/hooks/useSettings';
import { accountFromTitle, suggestedAgencyDomain } from '@/lib/onboarding/account';
import { saveSettings } from '@/lib/settings';
import { t } from '@/lib/i18n';

function useGmailAccount(): string | null {
  const [account, setAccount] = useState<string | null>(null);
  useEffect(() => {
    const look = async () => {
      const tabs = await browser.tabs.query({ url: 'https://mail.google.com/*' });
      const found = tabs.map((t) => accountFromTitle(t.title)).find(Boolean) ?? null;
      if (found) setAccount(found);
    };
    void look();
    const onUpdated = () => void look();
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => browser.tabs.onUpdated.removeListener(onUpdated);
  }, []);
  return account;
}

export function App() {
  const account = useGmailAccount();
  const [settings] = useSettings();
  return (
    <Welcome
      account={account}
      suggested={suggestedAgencyDomain(account)}
      agencyDomains={settings?.agencyDomains ?? []}
      onSaveDomain={async (d) => {
        try {
          await saveSettings({ agencyDomains: [...(settings?.agencyDomains ?? []), d] });
          return null;
        } catch (err) {
          return t('welcomeSaveFailed', { error: err instanceof Error ? err.message : String(err) });
        }
      }}
      onOpenGmail={() => void browser.tabs.create({ url: 'https://mail.google.com/mail/u/0/#inbox' })}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
