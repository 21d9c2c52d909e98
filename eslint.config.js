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
      ],
    },
  },
  {
    // components/ never calls browser.* (props in, events out).
    files: ['components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['wxt/browser', '@/lib/messaging/*', 'webextension-polyfill'] }],
      'no-restricted-globals': ['error', 'browser', 'chrome'],
    },
  },
);
