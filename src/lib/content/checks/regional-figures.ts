import type { RegionalFigure } from '../../../schemas/regional-figure.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { keysOf, type ValidatedPlanTables } from '../validated-tables.ts';
import { checkReference } from './cell-error.ts';

/**
 * Each regional figure names an existing plan and, optionally, an indicator or initiative of it
 * (not checked when the plan is unknown or either table could not be read).
 */
export function checkRegionalFigures(
  rows: readonly SourcedRow<RegionalFigure>[],
  tablesByPlan: ReadonlyMap<string, ValidatedPlanTables>,
  planIds: readonly string[],
): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of rows) {
    const planId = row.values.plan_id;
    const planErrors = checkReference(row, 'plan_id', new Set(planIds), '計画', 'plans.csv');
    for (const error of planErrors) errors.push(error);
    const tables = tablesByPlan.get(planId);
    const indicators = keysOf(tables, 'indicators');
    const initiatives = keysOf(tables, 'initiatives');
    if (planErrors.length === 0 && tables && row.values.item_id !== null && indicators && initiatives) {
      errors.push(
        ...checkReference(
          row,
          'item_id',
          new Set([...indicators, ...initiatives]),
          '指標・取組',
          `${planId} の indicators.csv / initiatives.csv`,
        ),
      );
    }
  }
  return errors;
}
