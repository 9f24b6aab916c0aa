import type { RoadmapStep } from '../../../schemas/roadmap-step.ts';
import type { RoadmapStatus } from '../../../schemas/roadmap-status.ts';
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

/**
 * A reported roadmap status names a measure or initiative of the plan (`items`, not checked when
 * `null`) and a year inside the plan's period (`year-outside-period`).
 */
export function checkRoadmapStatus(
  statuses: readonly SourcedRow<RoadmapStatus>[],
  items: ReadonlySet<string> | null,
  period: { start: number; end: number },
): ContentError[] {
  const errors: ContentError[] = [];
  for (const row of statuses) {
    if (items) errors.push(...checkReference(row, 'item_id', items, '施策・取組', 'measures.csv / initiatives.csv'));
    const year = row.values.fiscal_year;
    if (period.start <= period.end && (year < period.start || year > period.end))
      errors.push(
        cellError(row, 'fiscal_year', {
          value: String(year),
          rule: 'year-outside-period',
          message: `実施状況の年度 ${year} が計画期間（${period.start}〜${period.end}年度）の外です`,
          hint: '実施状況を報告した年度を西暦で書きます（令和6年度は 2024）',
        }),
      );
  }
  return errors;
}
