/** 評価指標と達成状況: a plan's indicators with the values and marks the city published, in the plan's words. */
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Goal } from '../../schemas/goal.ts';
import { chapterLabel, markCounts, planById, planTerms, sectionsShowing } from '../content/queries.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';
import { searchLabels } from '../labels/search.ts';

/** One results page per plan with the city's evaluations. */
export const resultsPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'results'));

/** Everything the results page shows. */
export interface ResultsPage {
  shell: PlanPageShell;
  content: PlanContent;
  title: string;
  lead: string;
  /** Where each successor plan's comparison tells what became of these indicators. */
  successors: { before: string; link: string; after: string; href: string }[];
  legend: {
    heading: string;
    caption: string;
    columns: { mark: string; meaning: string; count: string };
    marks: { value: string; label: string; count: number }[];
  };
  goals: { goal: Goal; id: string; heading: string; review: { before: string; after: string; label: string; href: string } | null }[];
}

/** The results page of a plan (param `plan`). */
export function resultsPage(site: SiteContent, params: RouteParams): ResultsPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const labels = planPageLabels.results;
  const terms = planTerms(plan);
  const documents = [...new Set(content.evaluations.map((e) => e.evaluated_in))].map((id) => planById(site, id).plan.title);
  const title = labels.title(terms, plan.title);
  return {
    shell: planShell(plan, title, [{ label: labels.name(terms) }], searchLabels.types.indicator),
    content,
    title,
    lead: labels.lead(terms, plan.title, content.indicators.length, documents),
    successors: site.plans
      .filter((p) => p.plan.predecessor_id === plan.id && p.succession.length > 0)
      .map((s) => ({ ...labels.successor(s.plan.title), href: `${urls.comparison(s.plan.id)}#indicators` })),
    legend: {
      heading: labels.legend,
      caption: labels.legendCaption,
      columns: { mark: labels.mark, meaning: labels.meaning, count: labels.count },
      marks: markCounts(content),
    },
    goals: content.goals.map((goal) => {
      const review = sectionsShowing(site, plan.id, goal.id, 'evaluation-table')[0];
      return {
        goal,
        id: `goal-${goal.id}`,
        heading: labels.goalHeading(terms, goal),
        review: review
          ? {
              ...labels.review,
              label: `${review.plan.plan.title} ${planPageLabels.common.section(chapterLabel(review.chapter), review.heading.text)}`,
              href: urls.chapter(review.plan.plan.id, review.chapter.id, review.heading.id),
            }
          : null,
      };
    }),
  };
}
