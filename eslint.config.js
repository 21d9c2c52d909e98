import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules', '.output', '.wxt', 'tests/fixtures', 'demo-output', 'test-output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // lib/hooks/readEffect.ts: the layout effect the data hooks start their reads in.
      'react-hooks/exhaustive-deps': ['warn', { additionalHooks: '^useReadEffect$' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Host-page text is data, never markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Use textContent / DOM nodes: page and stored text is never markup.' },
        { property: 'outerHTML', message: 'Use textContent / DOM nodes.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No raw HTML.' },
        {
          // Preact passes autoFocus on as the HTML attribute, which a browser honours once per document.
          selector: "JSXAttribute[name.name='autoFocus']",
          message: 'Use ref={focusOnMount} (components/ui/focusOnMount.ts).',
        },
      ],
    },
  },
  ...layering(),
);

/**
 * Which folder may import which, enforced here rather than remembered. Flat config replaces a
 * rule's options per matching block instead of merging them, so each block lists every
 * restriction that applies to its files.
 */
function layering() {
  const restrict = (...groups) => ['error', { patterns: groups.flat() }];
  const rule = '@typescript-eslint/no-restricted-imports';
  const upward = {
    group: [
      '@/components',
      '@/components/**',
      '@/entrypoints',
      '@/entrypoints/**',
      '**/components/**',
      '**/entrypoints/**',
    ],
    message: 'lib/ is below components/ and entrypoints/: move what both need into lib.',
  };
  const tests = {
    group: ['@/tests', '@/tests/**', '**/tests/**', '**/tests'],
    message: 'Tooling never imports test code: move what it needs into lib/ or scripts/.',
  };
  const content = [
    {
      group: ['@/lib/db', '@/lib/db/**', '**/lib/db', '**/lib/db/**'],
      message: 'Content scripts run in the page: IndexedDB there belongs to the page. Ask the background.',
    },
    {
      group: ['zod', 'zod/**', '@/lib/zodConfig', '**/lib/zodConfig'],
      message: 'No zod in content scripts (25 kB budget): the background validates.',
    },
    {
      group: ['@/lib/messaging/protocol', '**/messaging/protocol'],
      allowTypeImports: true,
      message: 'Content-side code takes the protocol as types only (its zod schemas stay out of the bundle).',
    },
    {
      group: ['@/lib/messaging/receive', '**/messaging/receive'],
      message: "Receiving (zod-checked) is the background's job.",
    },
  ];
  const surfaceFree = {
    group: ['@/entrypoints', '@/entrypoints/**', '**/entrypoints/**', 'wxt/browser'],
    message: 'components/ are props in, events out: no entrypoints and no browser API.',
  };
  const noMessaging = {
    group: ['@/lib/messaging', '@/lib/messaging/**', '**/lib/messaging/**'],
    message: 'components/ never message the background: the surface container does.',
  };
  const engineIndex = {
    regex: '(^|/)lib/scope(/index)?$',
    message:
      "The service worker imports the engine's modules directly: lib/scope's index re-exports the SOW parser, " +
      'whose modules build their tables as they load (every worker start paid for them).',
  };
  const contentFiles = ['lib/content/**', 'lib/sites/**', 'lib/dom/**', 'entrypoints/*.content/**'];
  return [
    { files: ['lib/**'], rules: { [rule]: restrict(upward) } },
    { files: ['lib/background/**'], rules: { [rule]: restrict(upward, engineIndex) } },
    { files: ['entrypoints/background/**'], rules: { [rule]: restrict(engineIndex) } },
    { files: ['lib/cli/**'], rules: { [rule]: restrict(upward, tests) } },
    { files: ['scripts/**'], rules: { [rule]: restrict(tests) } },
    { files: contentFiles.filter((f) => f.startsWith('lib/')), rules: { [rule]: restrict(upward, content) } },
    { files: ['entrypoints/*.content/**'], rules: { [rule]: restrict(content) } },
    {
      files: ['components/**'],
      rules: { [rule]: restrict(surfaceFree, noMessaging), 'no-restricted-globals': ['error', 'browser', 'chrome'] },
    },
  ];
}
