import type { RoadmapStep } from '../../../schemas/roadmap-step.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { cellError, checkReference } from './cell-error.ts';

/**
 * A roadmap step spans its years in order (`period-order`) and names a measure or an initiative
 * of the plan (`items`; not checked when `null`, i.e. when either table could not be read).
 */
export function checkRoadmap(steps: readonly SourcedRow<RoadmapStep>[], items: ReadonlySet<string> | null): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of steps) {
    if (row.values.start_year > row.values.end_year) {
      errors.push(
        cellError(row, 'end_year', {
          value: String(row.values.end_year),
          rule: 'period-order',
          message: `終了年度 ${row.values.end_year} が開始年度 ${row.values.start_year} より前です`,
          hint: '開始年度と終了年度を確かめてください',
        }),
      );
    }
    if (items) errors.push(...checkReference(row, 'item_id', items, '施策・取組', 'measures.csv / initiatives.csv'));
  }
  return errors;
}
