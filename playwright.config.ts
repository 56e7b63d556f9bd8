import { defineConfig } from '@playwright/test';

/**
 * Two projects: `e2e` drives the built renderer in Debian's Chromium with window.casefile bound to
 * the real core in the test process; `electron` drives the real app through Playwright's _electron
 * and skips, with its reason, where no Electron binary exists.
 */
export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The JSON report feeds scripts/test.mjs's summary line.
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  projects: [
    { name: 'e2e', testDir: 'tests/e2e', testMatch: '**/*.spec.ts' },
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
  ],
});
