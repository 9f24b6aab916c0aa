import { defineConfig } from 'vitest/config';

/**
 * Unit, validation and content tests only: no site build, no browser. For quick feedback while
 * editing (`npx vitest run --config vitest.fast.config.ts`); `npm test` runs everything.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/validation/**/*.test.ts', 'tests/content/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
