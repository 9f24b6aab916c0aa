import type { Initiative } from '../../../schemas/initiative.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { keysOf, validRows, type ValidatedPlanTables } from '../validated-tables.ts';
import { cellError } from './cell-error.ts';

/**
 * An indicator hangs where its parents do: its measure belongs to its goal
 * (`measure-goal-mismatch`), and its initiative to its measure (`initiative-measure-mismatch`).
 */
export function checkIndicatorParents(tables: ValidatedPlanTables): ContentError[] {
  const errors: ContentError[] = [];
  const indicators = validRows(tables, 'indicators');
  const goalKeys = keysOf(tables, 'goals');
  const measureGoal = new Map(
    validRows(tables, 'measures')
      .filter((r) => goalKeys?.has(r.values.goal_id))
      .map((r) => [r.values.id, r.values.goal_id]),
  );
  for (const row of indicators) {
    const measure = row.values.measure_id;
    if (measure && measureGoal.has(measure) && measureGoal.get(measure) !== row.values.goal_id) {
      errors.push(
        cellError(row, 'measure_id', {
          value: measure,
          rule: 'measure-goal-mismatch',
          message: `施策「${measure}」は目標「${measureGoal.get(measure)}」の施策で、この指標の目標「${row.values.goal_id}」と合いません`,
          hint: 'goal_id か measure_id のどちらかを直してください',
        }),
      );
    }
  }
  const initiativeMeasure = new Map(validRows(tables, 'initiatives').map((r) => [r.values.id, r.values.measure_id]));
  for (const row of indicators) {
    const initiative = row.values.initiative_id;
    if (initiative === null || !initiativeMeasure.has(initiative)) continue;
    const owner = initiativeMeasure.get(initiative)!;
    if (owner !== row.values.measure_id) {
      errors.push(
        cellError(row, 'initiative_id', {
          value: initiative,
          rule: 'initiative-measure-mismatch',
          message:
            owner === null
              ? `取組「${initiative}」は施策に属さない取組で、この指標の施策「${row.values.measure_id ?? ''}」の取組ではありません`
              : `取組「${initiative}」は施策「${owner}」の取組で、この指標の施策「${row.values.measure_id ?? '（空欄）'}」と合いません`,
          hint: 'initiative_id には、measure_id の施策に属する取組の ID を書いてください',
        }),
      );
    }
  }
  return errors;
}

/** An initiative hangs under a measure or, in plans without measures, directly under a goal: never both, never neither. */
export function checkInitiativeParents(initiatives: readonly SourcedRow<Initiative>[]): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of initiatives) {
    const both = row.values.measure_id !== null && row.values.goal_id !== null;
    if (both || (row.values.measure_id === null && row.values.goal_id === null)) {
      errors.push(
        cellError(row, both ? 'goal_id' : 'measure_id', {
          value: both ? String(row.values.goal_id) : '',
          rule: 'initiative-parent',
          message: both
            ? '取組に施策ID（measure_id）と目標ID（goal_id）の両方が書かれています'
            : '取組の施策ID（measure_id）と目標ID（goal_id）がどちらも空欄です',
          hint: '取組が属する施策の ID を measure_id に書いてください。施策の階層がない計画なら measure_id を空欄にし、goal_id に目標の ID を書きます',
        }),
      );
    }
  }
  return errors;
}
