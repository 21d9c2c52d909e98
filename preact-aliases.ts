// The extension pages render with Preact through its React-compatible layer (preact/compat):
// the same components and hooks, a UI runtime of ~4 kB gzipped instead of React's ~60 kB. Every
// page's first screen waits on its module evaluation, and React's took 40-45 ms of it. Unit tests
// use the same aliases, so they test the runtime that ships.
export const PREACT_ALIASES = [
  { find: /^react-dom\/test-utils$/, replacement: 'preact/test-utils' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];
