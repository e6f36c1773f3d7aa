import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core with the built extension
// (`.output/chrome-mv3`; `npm run test:browser` builds it first) against the demo CRM.
// One file at a time: each file launches its own Chromium, and two at once on a
// 2-core machine make timing-sensitive waits flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts', 'lib/store/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
  },
});
