/**
 * A plan's evaluations in its own scales (scales.csv + evaluations.csv): which grades a scale has,
 * what a grade means, which items a level holds, and an item's grades across the years. Pure.
 */
import type { Evaluation, EvaluatedItemType } from '../../schemas/evaluation.ts';
import type { ScaleGrade } from '../../schemas/scale.ts';
import type { PlanContent } from '../content/types.ts';

/** An evaluation with the meaning of its grade in the plan's scale. */
export type GradedEvaluation = Evaluation & {
  /** The grade as printed (the same as `grade`; the name older pages read). */
  mark: string;
  /** The grade's meaning in the plan's scale (「達成」, 「目標より進んでいる」); empty when the scale lacks it. */
  label: string;
  /** Whether the grade counts as evaluated (false for 「評価できない」). */
  evaluated: boolean;
};

/** An item a city grades: its type, id, name, number and goal. */
export interface GradedItem {
  type: EvaluatedItemType;
  id: string;
  /** The item's name (an indicator's name, a goal's or measure's title, an initiative's name). */
  name: string;
  /** The number the plan prints for the item (empty when it has none). */
  number: string;
  /** The goal the item belongs to (`null` when it belongs to none). */
  goalId: string | null;
}

/** The grades of one scale of a plan, in the scale's order. */
export function scaleGrades(content: Pick<PlanContent, 'scales'>, scaleId: string): ScaleGrade[] {
  return content.scales.filter((g) => g.scale_id === scaleId).sort((a, b) => a.order - b.order);
}

/** The ids of a plan's scales, in the order their first grade appears in scales.csv. */
export function scaleIds(content: Pick<PlanContent, 'scales'>): string[] {
  return [...new Set(content.scales.map((g) => g.scale_id))];
}

/** An evaluation with its grade's meaning (`label` empty and `evaluated` true when the scale has no such grade). */
export function graded(content: Pick<PlanContent, 'scales'>, evaluation: Evaluation): GradedEvaluation {
  const grade = content.scales.find((g) => g.scale_id === evaluation.scale_id && g.symbol === evaluation.grade);
  return { ...evaluation, mark: evaluation.grade, label: grade?.label ?? '', evaluated: grade?.evaluated ?? true };
}

/** An item's evaluations of one type, oldest year first, with their meanings. */
export function gradeHistory(
  content: Pick<PlanContent, 'scales' | 'evaluations'>,
  type: EvaluatedItemType,
  id: string,
): GradedEvaluation[] {
  return content.evaluations
    .filter((e) => e.item_type === type && e.item_id === id)
    .sort((a, b) => a.fiscal_year - b.fiscal_year || a.scale_id.localeCompare(b.scale_id))
    .map((e) => graded(content, e));
}

/** The latest evaluation of an indicator (the newest fiscal year), if the city graded it. */
export function latestIndicatorEvaluation(
  content: Pick<PlanContent, 'scales' | 'evaluations'>,
  indicatorId: string,
): GradedEvaluation | undefined {
  return gradeHistory(content, 'indicator', indicatorId).at(-1);
}

/** The fiscal years a plan has evaluations for, oldest first. */
export function evaluatedYears(content: Pick<PlanContent, 'evaluations'>): number[] {
  return [...new Set(content.evaluations.map((e) => e.fiscal_year))].sort((a, b) => a - b);
}

/** Every item of a plan of one type, with its name, number and goal, in file order. */
export function itemsOfType(content: PlanContent, type: EvaluatedItemType): GradedItem[] {
  switch (type) {
    case 'goal':
      return content.goals.map((g) => ({ type, id: g.id, name: g.title, number: g.number, goalId: g.id }));
    case 'measure':
      return content.measures.map((m) => ({ type, id: m.id, name: m.title, number: m.number, goalId: m.goal_id }));
    case 'initiative': {
      const goalOfMeasure = new Map(content.measures.map((m) => [m.id, m.goal_id]));
      return content.initiatives.map((i) => ({
        type,
        id: i.id,
        name: i.text,
        number: String(i.order),
        goalId: i.goal_id ?? (i.measure_id ? (goalOfMeasure.get(i.measure_id) ?? null) : null),
      }));
    }
    case 'indicator':
      return content.indicators.map((i) => ({ type, id: i.id, name: i.name, number: '', goalId: i.goal_id }));
  }
}
