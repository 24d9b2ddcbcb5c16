import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.js';

// Unit and component tests (jsdom). Browser tests live in tests/e2e and run with Playwright.
export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      environment: 'jsdom',
      // Component tests type into whole sections; a loaded 2-core CI machine needs more than the 5 s default.
      testTimeout: 20_000,
      globals: true,
      setupFiles: ['tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'tests/fixtures/**/*.test.ts'],
      exclude: ['tests/e2e/**', 'node_modules/**', 'dist/**'],
    },
  }),
);
