import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { PREACT_ALIASES } from './preact-aliases.ts';
import { dataPieces } from './lazy-tables.ts';

export default defineConfig({
  // The engine's data files in pieces, for tests of the module the extension reads them through.
  plugins: [WxtVitest(), dataPieces()],
  resolve: {
    alias: [
      // Its ES module build, inlined below, so its own react / react-dom imports reach Preact too.
      { find: /^@testing-library\/react$/, replacement: '@testing-library/react/dist/@testing-library/react.esm.js' },
      ...PREACT_ALIASES,
    ],
  },
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    // Inlined so the Preact aliases reach their imports of react / react-dom.
    server: { deps: { inline: ['@testing-library/react', '@tanstack/react-virtual'] } },
  },
});
