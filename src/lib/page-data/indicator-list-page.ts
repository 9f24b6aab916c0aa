/** 指標の一覧: every indicator of a plan with its latest values, grouped by goal. */
import { indicatorTargetDisplay } from '../plan-facts/target-display.ts';
import type { PlanContent, SiteContent } from '../content/types.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import { evaluationOf, indicatorsOfGoal, latestOf, planById, planTerms } from '../content/queries.ts';
import { planPageLabels } from '../labels/plan-pages.ts';
import { urls } from '../urls.ts';
import { param, perPlanPaths, planShell, type PlanPageShell, type RouteParams } from './plan-page.ts';
import { planHasPage } from './site-nav.ts';
import { searchLabels } from '../labels/search.ts';

/** One indicator list per plan with indicators. */
export const indicatorListPaths = (site: SiteContent) => perPlanPaths(site, (content) => planHasPage(content, 'indicators'));

/** The value columns a plan's data fills (a column no indicator has a value for is left out). */
type ValueColumn = { kind: Observation['kind']; label: string };

/** Everything the indicator list shows. */
export interface IndicatorListPage {
  shell: PlanPageShell;
  title: string;
  lead: string;
  caption: string;
  columns: { goal: string; indicator: string; values: ValueColumn[]; evaluation: string | null };
  rows: {
    goal: { label: string; href: string };
    indicator: Indicator;
    href: string;
    /** One cell per value column; `text` is a target printed in words, shown instead of a value. */
    values: { observation: Observation | undefined; unit: string | null; text: string | null }[];
    /** The city's mark, when the plan has marks (`undefined`: this indicator has none). */
    mark: { value: string | undefined; label: string | undefined } | null;
  }[];
  content: PlanContent;
}

/** The indicator list of a plan (param `plan`). */
export function indicatorListPage(site: SiteContent, params: RouteParams): IndicatorListPage {
  const content = planById(site, param(params, 'plan'));
  const { plan } = content;
  const labels = planPageLabels.indicatorList;
  const terms = planTerms(plan);
  const title = planPageLabels.common.indicatorList;
  const has = (kind: Observation['kind']) => content.observations.some((o) => o.kind === kind);
  const values = (
    [
      has('baseline') && { kind: 'baseline' as const, label: labels.baseline },
      has('actual') && { kind: 'actual' as const, label: labels.latestActual },
      has('projected') && { kind: 'projected' as const, label: labels.projected },
      { kind: 'target' as const, label: labels.target },
    ] as (ValueColumn | false)[]
  ).filter((c): c is ValueColumn => Boolean(c));
  const hasMarks = content.evaluations.some((e) => e.item_type === 'indicator');
  return {
    shell: planShell(plan, planPageLabels.common.pageTitle(title, plan.title), [{ label: title }], searchLabels.types.indicator),
    title,
    lead: labels.lead(plan.title, content.indicators.length),
    caption: labels.caption(plan.title, content.indicators.length),
    columns: { goal: terms.goal, indicator: labels.indicator, values, evaluation: hasMarks ? labels.evaluation : null },
    rows: content.goals.flatMap((goal) =>
      indicatorsOfGoal(content, goal.id).map((indicator) => ({
        goal: { label: `${terms.goal}${goal.number}`, href: urls.goal(plan.id, goal.id) },
        indicator,
        href: urls.indicator(plan.id, indicator.id),
        values: values.map((c) => {
          const shown = c.kind === 'target' ? indicatorTargetDisplay(content, indicator) : null;
          // A target printed in words (「検証済み」) is shown as printed, not as a missing value.
          return {
            observation: latestOf(content, indicator.id, c.kind),
            unit: indicator.unit,
            text: shown?.kind === 'text' ? shown.text : null,
          };
        }),
        mark: hasMarks ? { value: evaluationOf(content, indicator.id)?.mark, label: evaluationOf(content, indicator.id)?.label } : null,
      })),
    ),
    content,
  };
}
