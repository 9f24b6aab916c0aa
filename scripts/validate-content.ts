/**
 * `npm run validate`: checks every file under content/ and prints each problem with file, line,
 * column, value and how to fix it. Exit code 1 when there is any problem.
 */
import { contentDirectory, readContentFiles } from '../src/io/read-content-files.ts';
import { validateContent } from '../src/lib/content/validate-content.ts';
import { formatContentErrors, formatContentWarnings } from '../src/lib/validate/content-error.ts';

const root = process.argv[2] ?? process.cwd();
const { site, errors, warnings } = validateContent(readContentFiles(contentDirectory(root)), 'content', process.env);
if (warnings.length > 0) console.warn(formatContentWarnings(warnings));
if (!site) {
  console.error(formatContentErrors(errors));
  process.exit(1);
}
const plans = site.plans;
const count = (pick: (p: (typeof plans)[number]) => unknown[]) => plans.reduce((n, p) => n + pick(p).length, 0);
console.log(
  `コンテンツに問題はありません: 計画 ${plans.length}、章 ${count((p) => p.chapters)}、目標 ${count((p) => p.goals)}、施策 ${count((p) => p.measures)}、取組 ${count((p) => p.initiatives)}、指標 ${count((p) => p.indicators)}、値 ${count((p) => p.observations)}、用語 ${count((p) => p.glossary)}`,
);
