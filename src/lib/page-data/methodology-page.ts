import { sitePageLabels } from '../labels/site-pages.ts';
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from '../progress/compute-progress.ts';
import type { SiteContent } from '../content/types.ts';
import { sitePageLayout, type PageLayout } from './page-shell.ts';

/** One progress status: its symbol, its name and when it is shown. */
export interface StatusExplanation {
  symbol: string;
  label: string;
  when: string;
}

/** 「進捗の計算方法」. */
export interface MethodologyPage {
  layout: PageLayout;
  labels: typeof sitePageLabels.methodology;
  /** The sentence naming the city's marks, which the site never recomputes. */
  cityMarks: string;
  /** Every progress status in the order the site defines them. */
  statuses: StatusExplanation[];
}

/**
 * The grades of the published plans' own scales, in each scale's order, each symbol and meaning
 * named once (「◎ 達成」 for every plan that uses it).
 */
export function publishedGrades(site: SiteContent): { value: string; label: string }[] {
  const grades = site.plans.flatMap((p) => [...p.scales].sort((a, b) => a.scale_id.localeCompare(b.scale_id) || a.order - b.order));
  const seen = new Set<string>();
  return grades
    .map((g) => ({ value: g.symbol, label: g.label }))
    .filter((g) => !seen.has(`${g.value}\t${g.label}`) && seen.add(`${g.value}\t${g.label}`));
}

/** 「進捗の計算方法」 (`/methodology/`): how progress and status are computed, with every status explained. */
export function methodologyPage(site: SiteContent): MethodologyPage {
  const labels = sitePageLabels.methodology;
  const statuses = Object.keys(PROGRESS_STATUS_LABELS) as ProgressStatus[];
  return {
    layout: sitePageLayout(labels.title),
    labels,
    cityMarks: labels.cityMarks(publishedGrades(site)),
    statuses: statuses.map((s) => ({ ...PROGRESS_STATUS_LABELS[s], when: labels.statuses[s] })),
  };
}
