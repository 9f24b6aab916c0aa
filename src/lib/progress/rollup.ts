/**
 * Roll-ups of a plan's grades for one fiscal year and one scale: per goal and for the whole plan,
 * the count and share of each grade of the scale, and of the items of the graded level that have
 * no row that year (未報告). Shares are taken over every item of the level, so a gap is counted,
 * never averaged away. Pure.
 */
import type { EvaluatedItemType } from '../../schemas/evaluation.ts';
import type { PrintedRollup } from '../../schemas/rollup.ts';
import type { PlanContent } from '../content/types.ts';
import { itemsOfType, scaleGrades, type GradedItem } from './evaluations.ts';
import { formatLabels } from '../labels/formats.ts';

/** One line of a roll-up: a grade of the scale, or the items not yet reported. */
export interface RollupLine {
  kind: 'grade' | 'unreported';
  /** The grade as printed (`null` for the unreported line). */
  symbol: string | null;
  /** The grade's meaning in the plan's scale (empty for the unreported line: the page words it). */
  label: string;
  /** Whether the grade counts as evaluated (false for 「評価できない」 and for the unreported line). */
  evaluated: boolean;
  count: number;
  /** count ÷ total, as a percentage with `decimals` places (「26.3%」); 「－」 when there are no items. */
  share: string;
}

/** The roll-up of one goal (or of the whole plan) for one year and scale. */
export interface Rollup {
  /** The goal (`null`: the whole plan). */
  goalId: string | null;
  /** How many items of the graded levels belong to the goal (the denominator of every share). */
  total: number;
  /** How many of them got a grade that counts as evaluated. */
  evaluated: number;
  /** One line per grade of the scale in its order, then the unreported items. */
  lines: RollupLine[];
  /** What the city printed for this goal, year and scale (rollups.csv), in file order. */
  printed: PrintedRollup[];
}

/** The item types a scale grades (the types its evaluation rows name, in the order of `EVALUATED_ITEM_TYPES`). */
export function gradedTypes(content: Pick<PlanContent, 'evaluations'>, scaleId: string): EvaluatedItemType[] {
  const types = new Set(content.evaluations.filter((e) => e.scale_id === scaleId).map((e) => e.item_type));
  return (['goal', 'measure', 'initiative', 'indicator'] as const).filter((t) => types.has(t));
}

/** The items a scale grades, in the order of their types and their files. */
export function gradedItems(content: PlanContent, scaleId: string): GradedItem[] {
  return gradedTypes(content, scaleId).flatMap((type) => itemsOfType(content, type));
}

/** A share as a percentage with `decimals` places: (5, 19, 1) → 「26.3%」; 「－」 for no items. */
export function formatShare(count: number, total: number, decimals: number): string {
  if (total === 0) return formatLabels.noValue;
  return `${((count / total) * 100).toFixed(decimals)}%`;
}

/**
 * The decimals of the city's shares: those of the printed roll-up's first share (「26.3%」 → 1,
 * 「26%」 → 0), else one place.
 */
export function shareDecimals(printed: readonly PrintedRollup[]): number {
  const text = printed.find((p) => p.share_text !== null)?.share_text;
  if (!text) return 1;
  const match = /[.．](\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/**
 * The roll-ups of one fiscal year and scale: the whole plan first, then each goal that has items
 * of the graded levels, in goals.csv order.
 */
export function computeRollups(content: PlanContent, year: number, scaleId: string): Rollup[] {
  const grades = scaleGrades(content, scaleId);
  const items = gradedItems(content, scaleId);
  const rows = content.evaluations.filter((e) => e.fiscal_year === year && e.scale_id === scaleId);
  const printedAll = content.rollups.filter((r) => r.fiscal_year === year && r.scale_id === scaleId);
  const decimals = shareDecimals(printedAll);
  const gradeOf = new Map(rows.map((e) => [`${e.item_type}:${e.item_id}`, e.grade]));
  const rollupOf = (goalId: string | null): Rollup => {
    const members = items.filter((i) => goalId === null || i.goalId === goalId);
    const total = members.length;
    const memberGrades = members.map((i) => gradeOf.get(`${i.type}:${i.id}`));
    const lines: RollupLine[] = grades.map((g) => {
      const count = memberGrades.filter((m) => m === g.symbol).length;
      return { kind: 'grade', symbol: g.symbol, label: g.label, evaluated: g.evaluated, count, share: formatShare(count, total, decimals) };
    });
    const unreported = memberGrades.filter((m) => m === undefined).length;
    lines.push({
      kind: 'unreported',
      symbol: null,
      label: '',
      evaluated: false,
      count: unreported,
      share: formatShare(unreported, total, decimals),
    });
    const evaluatedSymbols = new Set(grades.filter((g) => g.evaluated).map((g) => g.symbol));
    return {
      goalId,
      total,
      evaluated: memberGrades.filter((m) => m !== undefined && evaluatedSymbols.has(m)).length,
      lines,
      printed: printedAll.filter((p) => p.goal_id === goalId),
    };
  };
  const goalIds = content.goals.map((g) => g.id).filter((id) => items.some((i) => i.goalId === id));
  return [rollupOf(null), ...goalIds.map(rollupOf)];
}
