import type { SiteContent } from '../content/types.ts';
import { contactText } from '../plan-facts/contacts.ts';
import { sitePageLabels } from '../labels/site-pages.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';

/** What the last recorded browser test run found (src/io/accessibility-report.ts reads it). */
export interface AccessibilityResults {
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
  /** The plans the tested build published (absent in a report written before runs recorded them). */
  plans?: readonly string[];
}

/** The results table: a row per fact, its heading and its value in words. */
export interface AccessibilityResultsTable {
  caption: string;
  rows: { label: string; value: string }[];
}

/** 「アクセシビリティ方針」. */
export interface AccessibilityPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.accessibility;
  /** The last test run's results, or null before the first run or when the run tested another set of plans. */
  results: AccessibilityResultsTable | null;
  /** Why there are no results: none recorded, or recorded on a build of other plans (not this site). */
  noResults: string;
  /** Whom to tell about a barrier: the site's contact (site.csv, else the one city's), or each plan's own on a site of several cities. */
  contact: string;
  /** What works without JavaScript, naming the comment letter only where a plan is under comment. */
  withoutScript: string;
}

/** The results of a test run as the policy page's table. */
export function accessibilityResults(report: AccessibilityResults): AccessibilityResultsTable {
  const labels = sitePageLabels.accessibility;
  const r = labels.report;
  return {
    caption: labels.resultsCaption(report.date),
    rows: [
      { label: r.date, value: report.date },
      { label: r.pages, value: r.pagesValue(report.pagesTested) },
      {
        label: r.modes,
        value: r.modesValue(
          report.modes.map((m) => labels.modes[m] ?? m),
          report.checks,
        ),
      },
      { label: r.tool, value: r.toolValue(report.axeVersion, report.tags) },
      { label: r.violations, value: r.violationsValue(report.violations) },
    ],
  };
}

/**
 * Whether a recorded run tested this site: a build of the same plans. A city that builds its own
 * site from the README publishes its own plans; our run on five plans says nothing of its pages.
 */
const describesSite = (report: AccessibilityResults, site: SiteContent) =>
  report.plans !== undefined &&
  [...report.plans].sort().join(' ') ===
    site.plans
      .map((p) => p.plan.id)
      .sort()
      .join(' ');

/** 「アクセシビリティ方針」 (`/accessibility/`): the target, the technologies, the last test run (`report`, null before one) and whom to ask. */
export function accessibilityPage(site: SiteContent, report: AccessibilityResults | null): AccessibilityPage {
  const labels = sitePageLabels.accessibility;
  return {
    layout: sitePageLayout(labels.title),
    labels,
    results: report && describesSite(report, site) ? accessibilityResults(report) : null,
    noResults: report ? labels.otherSiteReport : labels.noReport,
    contact: labels.contact(site.siteContact && contactText(site.siteContact)),
    withoutScript: labels.withoutScript(site.plans.some((p) => p.plan.status === 'public-comment')),
  };
}
