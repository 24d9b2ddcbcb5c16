import { defineConfig, devices } from '@playwright/test';

const isCI = !!process.env.CI;
// Unusual fixed port: machines are shared (see docs). PW_PORT and PW_DIST let two checkouts (or two people on one
// machine) run the suite side by side against their own builds.
const PORT = Number(process.env.PW_PORT ?? 4871);
const DIST = process.env.PW_DIST ?? 'dist';
// PW_OUTPUT: a results folder of its own, so that two runs do not delete each other's traces.
const baseURL = `http://127.0.0.1:${PORT}`;

// Browser tests against the production build (`npm run test:browser` builds first, then this serves dist/).
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.PW_OUTPUT ?? 'test-results',
  fullyParallel: false,
  forbidOnly: isCI,
  // Room for a loaded machine: two workers on two busy cores can make a 20 s test take three times as long (the axe
  // tour of every screen timed out at 30 s so). Tests that need more set their own.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  retries: 0,
  // Two workers even on CI's two cores: most of a browser test is waiting (a person's pauses, a PDF, a worker), so two
  // files side by side take about half the time; PW_WORKERS=1 runs them one by one.
  workers: Number(process.env.PW_WORKERS ?? 2),
  reporter: [['list'], ['html', { open: 'never', outputFolder: process.env.PW_REPORT ?? 'playwright-report' }]],
  use: {
    baseURL,
    locale: 'vi-VN',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
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
  },
  projects: [
    {
      name: 'chromium',
      // Tests tagged @phone-only measure the 360 px layout and run in the phone project alone.
      grepInvert: /@phone-only/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    {
      // Only tests tagged @phone (run in both projects) or @phone-only, e.g. test('fills a section', { tag: '@phone' }, ...).
      name: 'phone',
      grep: /@phone/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 360, height: 740 },
        isMobile: false,
        hasTouch: true,
      },
    },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${PORT} --strictPort --outDir ${DIST}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
