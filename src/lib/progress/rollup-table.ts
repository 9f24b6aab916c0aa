/**
 * The computed roll-ups as open data (`grade-rollups`): for every evaluated year and scale of a
 * plan, for the whole plan and each goal, the count and share of every grade and of the items not
 * yet reported — the numbers the year report pages show, in long format. Pure.
 */
import type { CellValue } from '../../schemas/column-spec.ts';
import type { PlanContent } from '../content/types.ts';
import { formatEraFiscalYear } from '../format/fiscal-year.ts';
import { evaluatedYears, scaleIds } from './evaluations.ts';
import { computeRollups, gradedTypes } from './rollup.ts';

/** The columns of the computed roll-ups, documented in src/schemas/published-tables.ts. */
export { ROLLUP_COLUMNS } from '../../schemas/published-tables.ts';

/** The computed roll-ups of a plan as published rows (none for a plan without grades). */
export function rollupRows(content: PlanContent): Record<string, CellValue>[] {
  const { plan } = content;
  const scales = scaleIds(content).filter((s) => gradedTypes(content, s).length > 0);
  return evaluatedYears(content).flatMap((year) =>
    scales.flatMap((scale) =>
      computeRollups(content, year, scale).flatMap((rollup) =>
        rollup.lines.map((line) => ({
          municipality_code: plan.municipality_code,
          municipality_name: plan.municipality_name,
          plan_id: plan.id,
          fiscal_year: year,
          fiscal_year_label: formatEraFiscalYear(year),
          scale_id: scale,
          goal_id: rollup.goalId,
          line: line.kind,
          grade: line.symbol,
          count: line.count,
          total: rollup.total,
          share: line.share,
        })),
      ),
    ),
  );
}
