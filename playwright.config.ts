import { defineConfig } from '@playwright/test'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'tests/e2e',
  // Its `paths` let a test read the renderer's words (the aliases of the renderer's own build).
  tsconfig: './tsconfig.e2e.json',
  // Fails the run if a process the suite started is still alive at the end (see the file).
  globalSetup: './tests/e2e/support/process-guard.ts',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width: 1366, height: 768 },
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'chromium', testIgnore: /electron\// },
    { name: 'electron', testMatch: /electron\/.*\.spec\.ts/ },
  ],
})
