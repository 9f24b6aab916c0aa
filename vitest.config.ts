import { defineConfig } from 'vitest/config';

/**
 * Two projects, so the inner loop stays fast:
 * - `fast`: unit, validation-rule and real-content tests, and the type-level tests
 *   (`*.test-d.ts`, checked by `tsc` through Vitest's typecheck) — no build, no browser
 *   (`npm run test:fast`, or `npm run test:watch` while editing). Its test files share their
 *   workers' module cache (`isolate: false`): they import the same pure modules from src/lib, and
 *   importing them again for every file was most of the project's time. No fast test mocks a module
 *   or changes global state, so sharing is safe;
 * - `site`: tests of the built site and in the browser; only this project builds the site
 *   (once, in its global setup) and serves it. Its files run one at a time on any machine
 *   (`fileParallelism: false`): Astro builds started from the same project share its `.astro/`
 *   folder, so two fixture builds at once would break each other.
 * `npm test` runs both and ends with the plain `N passed, N failed` line.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/validation/**/*.test.ts', 'tests/content/**/*.test.ts'],
          pool: 'threads',
          isolate: false,
          typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: 'tsconfig.type-tests.json' },
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
});
