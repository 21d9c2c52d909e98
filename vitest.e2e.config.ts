import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Real-Chromium tests: one file at a time (2-core machines), generous timeouts for browser start-up.
export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
