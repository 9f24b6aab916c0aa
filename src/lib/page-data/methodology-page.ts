import { sitePageLabels } from '../labels/site-pages.ts';
import { PROGRESS_STATUS_LABELS, type ProgressStatus } from '../progress/compute-progress.ts';
import { EVALUATION_MARKS } from '../../schemas/evaluation.ts';
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

/** 「進捗の計算方法」 (`/methodology/`): how progress and status are computed, with every status explained. */
export function methodologyPage(): MethodologyPage {
  const labels = sitePageLabels.methodology;
  const statuses = Object.keys(PROGRESS_STATUS_LABELS) as ProgressStatus[];
  return {
    layout: sitePageLayout(labels.title),
    labels,
    cityMarks: labels.cityMarks(EVALUATION_MARKS),
    statuses: statuses.map((s) => ({ ...PROGRESS_STATUS_LABELS[s], when: labels.statuses[s] })),
  };
}
