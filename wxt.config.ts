import { defineConfig } from 'wxt';

import { SUPPORTED_HOSTS } from './lib/sites/ids';

// Host permissions are limited to the supported SaaS tools (lib/sites/ids.ts); self-hosted Jira /
// GitHub Enterprise origins are requested at run time from the options page (optional_host_permissions).
export { SUPPORTED_HOSTS };

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Scopekeeper',
    // The Chrome Web Store shows this as the listing's summary and rejects more than 132 characters;
    // store/short-description.txt holds the same text (tests/store/listing.test.ts).
    description:
      'Spot client asks outside the signed SOW in Gmail and project tools; turn them into change orders. Everything stays in your browser.',
    permissions: [
      'storage',
      'contextMenus',
      'alarms',
      'notifications',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: SUPPORTED_HOSTS,
    // MV3 keeps optional hosts apart; MV2 (Firefox) lists them with the optional permissions.
    // 'scripting' is asked for only with a self-hosted origin, to start the tickets script there.
    ...(browser === 'firefox'
      ? { optional_permissions: ['https://*/*', 'scripting'] }
      : { optional_host_permissions: ['https://*/*'], optional_permissions: ['scripting'] }),
    action: { default_title: 'Scopekeeper: quick-log client feedback' },
    commands: {
      // MV2 (Firefox) names the toolbar-button command differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Open the quick-log popup',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'scopekeeper@scopekeeper.app',
              // 140: the first version with data_collection_permissions (and Debian's firefox-esr).
              strict_min_version: '140.0',
              // We collect nothing: no data leaves the browser.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
