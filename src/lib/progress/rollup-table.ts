/**
 * The computed roll-ups as open data (`grade-rollups`): for every evaluated year and scale of a
 * plan, for the whole plan and each goal, the count and share of every grade and of the items not
 * yet reported — the numbers the year report pages show, in long format. Pure.
 */
import type { CellValue, ColumnSpec } from '../../schemas/column-spec.ts';
import type { PlanContent } from '../content/types.ts';
import { formatEraFiscalYear } from '../format/fiscal-year.ts';
import { evaluatedYears, scaleIds } from './evaluations.ts';
import { computeRollups, gradedTypes } from './rollup.ts';

/** The columns of the computed roll-ups after the municipality and plan columns. */
export const ROLLUP_COLUMNS: readonly ColumnSpec[] = [
  { name: 'fiscal_year', label: '年度', type: 'fiscal_year', required: true, description: '集計した評価の年度（西暦）。' },
  { name: 'fiscal_year_label', label: '年度（和暦）', type: 'text', required: true, description: '年度の和暦の表記（例: 令和6年度）。' },
  { name: 'scale_id', label: '区分ID', type: 'id', required: true, description: '集計した評価の区分（scales の scale_id）。' },
  { name: 'goal_id', label: '基本目標ID', type: 'id', required: false, description: '集計した基本目標（goals の id）。空欄は計画全体。' },
  {
    name: 'line',
    label: '行の種類',
    type: 'text',
    required: true,
    description: 'grade（その評価の件数）または unreported（その年度の評価の行がない項目の件数）。',
  },
  { name: 'grade', label: '評価', type: 'text', required: false, description: '評価の記号（unreported の行は空欄）。' },
  { name: 'count', label: '件数', type: 'integer', required: true, description: '評価の行から数えた件数。' },
  {
    name: 'total',
    label: '対象の件数',
    type: 'integer',
    required: true,
    description: 'その区分で評価する段階の項目の数（未報告を含む。割合の分母）。',
  },
  {
    name: 'share',
    label: '割合',
    type: 'text',
    required: true,
    description: 'count ÷ total の百分率（市の公表の桁数。対象がなければ －）。',
  },
];

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
