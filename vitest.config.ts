import { defineConfig } from 'vitest/config';

/**
 * Two projects, so the inner loop stays fast:
 * - `fast`: unit, validation-rule and real-content tests — no build, no browser
 *   (`npm run test:fast`, or `npm run test:watch` while editing);
 * - `site`: tests of the built site and in the browser; only this project builds the site
 *   (once, in its global setup) and serves it.
 * `npm test` runs both and ends with the plain `N passed, N failed` line.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/validation/**/*.test.ts', 'tests/content/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
