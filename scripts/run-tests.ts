/**
 * `npm test`: runs every test (unit, rule fixtures, real content, build, browser) with Vitest
 * and ends with one plain line `N passed, N failed` — the line CI reads. Exit status is
 * Vitest's. Extra arguments go to Vitest (e.g. `npm test -- tests/unit`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const report = join(root, '.vitest.json');
rmSync(report, { force: true });

const vitest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);

if (!existsSync(report)) {
  console.log('0 passed, 1 failed');
  console.error('Vitest did not write its report: see the output above.');
  process.exit(vitest.status || 1);
}
const result = JSON.parse(readFileSync(report, 'utf8')) as {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
};
const failed = result.numFailedTests + (result.numFailedTests === 0 ? result.numFailedTestSuites : 0);
const skipped = result.numPendingTests + result.numTodoTests;
console.log(`${result.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(vitest.status ?? 1);
