/**
 * What the two per-goal indicator tables show — the evaluation table (`::evaluation-table`, values
 * and the city's marks) and the outcome-indicator table (`::outcome-indicators`) — with their heads
 * in the plan's own words, so a plan that says 指標 or 重点取組項目 never reads another plan's.
 */
import type { PlanContent } from '../content/types.ts';
import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import { evaluationOf, indicatorsOfGoal, latestOf, observationAt, planTerms, yearsWith } from '../content/queries.ts';
import { rowAnchor } from '../citation/citations.ts';
import { planPageLabels } from '../labels/plan-pages.ts';

/** The evaluation table of one goal: one value column per kind and year present in the data. */
export interface EvaluationTableData {
  caption: string;
  heads: { measure: string; indicator: string; evaluation: string };
  columns: { kind: Observation['kind']; year: number; label: string }[];
  rows: {
    id: string;
    indicator: Indicator;
    measureNumber: string;
    cells: (Observation | undefined)[];
    mark: string | undefined;
    markLabel: string | undefined;
  }[];
}

/** The evaluation table of a plan's goal; `tableId` scopes the row anchors in a chapter. */
export function evaluationTableData(plan: PlanContent, goalId: string, tableId?: string): EvaluationTableData {
  const labels = planPageLabels.evaluationTable;
  const terms = planTerms(plan.plan);
  const goal = plan.goals.find((g) => g.id === goalId);
  if (!goal) throw new Error(`unknown goal: ${plan.plan.id}/${goalId}`);
  const indicators = indicatorsOfGoal(plan, goalId);
  const columns = [
    ...yearsWith(plan, indicators, 'target').map((year) => ({ kind: 'target' as const, year, label: labels.target })),
    ...yearsWith(plan, indicators, 'actual').map((year) => ({ kind: 'actual' as const, year, label: labels.actual })),
    ...yearsWith(plan, indicators, 'projected').map((year) => ({ kind: 'projected' as const, year, label: labels.projected })),
  ];
  return {
    caption: labels.caption(terms, plan.plan.title, goal.number),
    heads: { measure: labels.measure(terms), indicator: labels.indicator, evaluation: labels.evaluation },
    columns,
    rows: indicators.map((indicator) => ({
      id: rowAnchor(tableId, 'indicator', indicator.id),
      indicator,
      measureNumber: plan.measures.find((m) => m.id === indicator.measure_id)?.number ?? '',
      cells: columns.map((c) => observationAt(plan, indicator.id, c.kind, c.year)),
      mark: evaluationOf(plan, indicator.id)?.mark,
      markLabel: evaluationOf(plan, indicator.id)?.label,
    })),
  };
}

/** The outcome-indicator table of one goal: baseline, target, source and the document's note. */
export interface OutcomeIndicatorTableData {
  caption: string;
  heads: { indicator: string; baseline: string; target: string; source: string; note: string };
  rows: { id: string; indicator: Indicator; baseline: Observation | undefined; source: string; note: string | null }[];
}

/** The outcome-indicator table of a plan's goal; the note column keeps the document's own heading. */
export function outcomeIndicatorTableData(plan: PlanContent, goalId: string, tableId?: string): OutcomeIndicatorTableData {
  const labels = planPageLabels.outcomeIndicatorTable;
  const terms = planTerms(plan.plan);
  const goal = plan.goals.find((g) => g.id === goalId);
  if (!goal) throw new Error(`unknown goal: ${plan.plan.id}/${goalId}`);
  const indicators = indicatorsOfGoal(plan, goalId);
  return {
    caption: labels.caption(terms, plan.plan.title, goal.number),
    heads: {
      indicator: labels.indicator(terms),
      baseline: labels.baseline,
      target: labels.target,
      source: labels.source,
      note: indicators.find((i) => i.note_label)?.note_label ?? labels.note,
    },
    rows: indicators.map((indicator) => ({
      id: rowAnchor(tableId, 'indicator', indicator.id),
      indicator,
      baseline: latestOf(plan, indicator.id, 'baseline'),
      source: indicator.source ?? '',
      note: indicator.note,
    })),
  };
}
