import { defineConfig } from 'wxt';

import { PREACT_ALIASES } from './preact-aliases';
import { CHUNK_GROUPS } from './chunk-groups';
import { lazyTables } from './lazy-tables';
import { SUPPORTED_HOSTS } from './lib/sites/ids';

// Host permissions are limited to the supported SaaS tools (lib/sites/ids.ts); self-hosted Jira /
// GitHub Enterprise origins are requested at run time from the options page (optional_host_permissions).
export { SUPPORTED_HOSTS };

export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Extension pages: shared code in a few chunks per page (chunk-groups.ts says how and why).
  vite: () => ({
    // The engine's data files parsed on first read, not as the service worker starts (lazy-tables.ts).
    plugins: [lazyTables()],
    // Preact renders the extension pages (preact-aliases.ts says why).
    resolve: { alias: PREACT_ALIASES },
    build: {
      // One stylesheet for every page (9 kB): the side panel loaded two (the shared one and its
      // own 1.5 kB), each a request its first screen waited for, and the change-order editor and
      // the project form each fetched one more when opened. Every rule is scoped by its component's
      // classes, so a page never matches another page's rules.
      cssCodeSplit: false,
      rolldownOptions: {
        output: {
          // Every script ASCII-only (non-ASCII escaped in strings and regexes): the engine's data
          // (German, Polish, Swedish... words) made background.js a two-byte script, and the worker
          // then spent 26-34 ms of CPU in one task turning its 2.3 MB of UTF-8 into UTF-16 at
          // every start, before running a line of it (traced; gone in an ASCII copy of the file).
          charset: 'ascii',
          codeSplitting: {
            groups: CHUNK_GROUPS,
          },
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    // Every text the browser shows comes from public/_locales (English, German, French, Spanish,
    // Dutch). The Chrome Web Store shows the description as the listing's summary and rejects more
    // than 132 characters; store/short-description.txt holds the English text (tests/store/listing.test.ts).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
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
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // MV2 (Firefox) names the toolbar-button command differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandQuickLog__',
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
