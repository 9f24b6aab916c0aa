import type { Plan } from '../../../schemas/plan.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { cellError, checkReference } from './cell-error.ts';

/**
 * What plans.csv must say as a whole: exactly one primary plan (rejected rows count too), each
 * period in order, and each predecessor an existing plan other than the plan itself.
 * (Predecessor chains that loop are `checkPredecessorCycles`.)
 */
export function checkPlanList(
  planRows: readonly SourcedRow<Plan>[],
  planRejected: readonly Record<string, string>[],
  planIds: readonly string[],
  planFile: string,
): ContentError[] {
  const errors: ContentError[] = [];
  const primaries = planRows.filter((r) => r.values.is_primary === true);
  const primaryCount = primaries.length + planRejected.filter((r) => r.is_primary === 'true').length;
  if (planRows.length > 0 && primaryCount !== 1) {
    errors.push({
      file: planFile,
      line: primaries[1]?.line ?? 2,
      column: primaries[1]?.columnNumbers.is_primary ?? 1,
      field: 'is_primary',
      rule: 'one-primary-plan',
      message: `is_primary が true の計画が ${primaryCount} 件あります`,
      hint: 'トップページに表示する計画1つだけを true にし、他は false にしてください',
    });
  }
  for (const row of planRows) {
    const { period_start: start, period_end: end, predecessor_id: predecessor, id } = row.values;
    if (start > end) {
      errors.push(
        cellError(row, 'period_end', {
          value: String(end),
          rule: 'period-order',
          message: `計画期間の終了年度 ${end} が開始年度 ${start} より前です`,
          hint: '開始年度と終了年度を確かめてください',
        }),
      );
    }
    if (predecessor !== null) errors.push(...checkReference(row, 'predecessor_id', new Set(planIds), '計画', 'plans.csv'));
    if (predecessor === id)
      errors.push(
        cellError(row, 'predecessor_id', {
          value: String(predecessor),
          rule: 'self-reference',
          message: '前計画に自分自身が指定されています',
          hint: '前の計画の ID を書くか、空欄にしてください',
        }),
      );
  }
  return errors;
}
