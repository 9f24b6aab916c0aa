import { SUCCESSION_FATES, type Succession } from '../../../schemas/succession.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { keysOf, type ValidatedPlanTables } from '../validated-tables.ts';
import { cellError, checkReference } from './cell-error.ts';

/** The table whose ids a succession row of each kind names. */
const TABLE_OF_KIND = { goal: 'goals', measure: 'measures', indicator: 'indicators' } as const;

/**
 * Succession rows: the ids a row needs for its fate are there and the others blank
 * (`succession-fate`); `previous_id` names an item of the predecessor plan (which plans.csv must
 * name) and `current_id` one of this plan.
 */
export function checkSuccession(
  planId: string,
  predecessor: string | null,
  rows: readonly SourcedRow<Succession>[],
  tables: ValidatedPlanTables,
  tablesByPlan: ReadonlyMap<string, ValidatedPlanTables>,
): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of rows) {
    const { kind, previous_id: previousId, current_id: currentId, fate } = row.values;
    const needsPrevious = fate !== 'new';
    const needsCurrent = fate !== 'dropped';
    if (needsPrevious !== (previousId !== null) || needsCurrent !== (currentId !== null)) {
      const field = needsPrevious !== (previousId !== null) ? 'previous_id' : 'current_id';
      errors.push(
        cellError(row, field, {
          value: String(row.values[field] ?? ''),
          rule: 'succession-fate',
          message: `扱い「${fate}」（${SUCCESSION_FATES.find((f) => f.value === fate)?.label}）の行の${field === 'previous_id' ? '前計画のID' : 'この計画のID'}が${row.values[field] === null ? '空欄です' : '書かれています'}`,
          hint: 'new（新規）は前計画のIDを空欄に、dropped（対応なし）はこの計画のIDを空欄に、continued・changed は両方を書きます',
        }),
      );
    }
    if (previousId !== null) {
      if (predecessor === null) {
        errors.push(
          cellError(row, 'previous_id', {
            value: previousId,
            rule: 'unknown-reference',
            message: `plans.csv でこの計画（${planId}）に前計画（predecessor_id）が指定されていません`,
            hint: 'plans.csv の predecessor_id に前計画の ID を書いてください',
          }),
        );
      } else {
        const keys = keysOf(tablesByPlan.get(predecessor), TABLE_OF_KIND[kind]);
        if (keys) errors.push(...checkReference(row, 'previous_id', keys, '前計画の項目', `${predecessor} の ${TABLE_OF_KIND[kind]}.csv`));
      }
    }
    const own = keysOf(tables, TABLE_OF_KIND[kind]);
    if (currentId !== null && own) errors.push(...checkReference(row, 'current_id', own, 'この計画の項目', `${TABLE_OF_KIND[kind]}.csv`));
  }
  return errors;
}
