import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the browser test run found, written by tests/e2e/accessibility.test.ts and committed. */
export interface AccessibilityReport {
  /** Day of the test run (YYYY-MM-DD). */
  date: string;
  axeVersion: string;
  /** axe rule tags run (WCAG levels). */
  tags: string[];
  /** Viewport / colour modes each page was tested in. */
  modes: string[];
  pagesTested: number;
  /** Page × mode runs. */
  checks: number;
  violations: number;
  pagesWithViolations: string[];
  /** Ids of the plans the tested site published: the run describes a build of exactly these. */
  plans?: string[];
}

/** The last committed accessibility test results, or `null` before the first run. */
export function readAccessibilityReport(projectRoot = process.cwd()): AccessibilityReport | null {
  const file = join(projectRoot, 'src/data/accessibility-report.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AccessibilityReport) : null;
}
