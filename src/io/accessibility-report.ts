import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccessibilityResults } from '../lib/page-data/accessibility-page.ts';

/** What the browser test run found, written by tests/e2e/site-audit.test.ts and copied here on purpose (scripts/accessibility-report.ts). */
export interface AccessibilityReport extends AccessibilityResults {
  pagesWithViolations: string[];
}

/** The last committed accessibility test results, or `null` before the first run. */
export function readAccessibilityReport(projectRoot = process.cwd()): AccessibilityReport | null {
  const file = join(projectRoot, 'src/data/accessibility-report.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AccessibilityReport) : null;
}
