/**
 * `npm run accessibility-report`: copies the last browser audit's results
 * (test-results/accessibility-report.json, written by tests/e2e/site-audit.test.ts) to
 * src/data/accessibility-report.json, which the accessibility statement publishes. Run it after a
 * full `npm test` that passed, and commit the file: the statement changes only on purpose.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const from = join(root, 'test-results/accessibility-report.json');
if (!existsSync(from)) {
  console.error('test-results/accessibility-report.json がありません。先に npm test を実行してください。');
  process.exit(1);
}
copyFileSync(from, join(root, 'src/data/accessibility-report.json'));
console.log('src/data/accessibility-report.json を更新しました。内容を確かめてからコミットしてください。');
