import type { Evaluation } from '../../../schemas/evaluation.ts';
import type { PrintedRollup } from '../../../schemas/rollup.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';
import { keysOf, validRows, type ValidatedPlanTables } from '../validated-tables.ts';
import { cellError, checkReference } from './cell-error.ts';

/** Where each graded item type lives, and what the message calls it. */
const ITEM_TABLES = {
  indicator: { table: 'indicators', file: 'indicators.csv', what: '指標' },
  goal: { table: 'goals', file: 'goals.csv', what: '基本目標' },
  measure: { table: 'measures', file: 'measures.csv', what: '施策' },
  initiative: { table: 'initiatives', file: 'initiatives.csv', what: '取組' },
} as const;

/** The symbols of each scale of the plan, in the scale's order (`null` when scales.csv could not be read). */
function scaleSymbols(tables: ValidatedPlanTables): Map<string, string[]> | null {
  const scales = tables.scales;
  if (scales && !scales.complete) return null;
  const sorted = [...(scales?.rows ?? [])].sort((a, b) => a.values.order - b.values.order);
  const symbols = new Map<string, string[]>();
  for (const { values } of sorted) symbols.set(values.scale_id, [...(symbols.get(values.scale_id) ?? []), values.symbol]);
  for (const rejected of scales?.rejected ?? []) {
    const id = rejected.scale_id ?? '';
    symbols.set(id, [...(symbols.get(id) ?? []), rejected.symbol ?? '']);
  }
  return symbols;
}

/** A grade that is not one of its scale's symbols: the message names the plan's own scale. */
function checkGrade<Row extends { scale_id: string; grade: string }>(
  row: SourcedRow<Row>,
  symbols: ReadonlyMap<string, string[]>,
): ContentError[] {
  const scale = symbols.get(row.values.scale_id);
  if (!scale) return checkReference(row, 'scale_id', new Set(symbols.keys()), '評価の区分', 'scales.csv');
  if (scale.includes(row.values.grade)) return [];
  return [
    cellError(row, 'grade', {
      value: row.values.grade,
      rule: 'grade-not-in-scale',
      message: `「${row.values.grade}」はこの計画の評価の区分「${row.values.scale_id}」（${scale.join('・')}）にありません`,
      hint: `原本の記号をそのまま書きます。原本がこの区分にない記号を使っているなら、scales.csv に区分「${row.values.scale_id}」の段階として加えてください（別の記号に置き換えないでください）`,
    }),
  ];
}

/**
 * The city's grades (evaluations.csv) and printed roll-ups (rollups.csv): each grade is a symbol of
 * the plan's own scale named by `scale_id` (`grade-not-in-scale`), each graded item exists
 * (`unknown-reference`), each year lies in the plan's period (`year-outside-period`), and a printed
 * count equals the count of the rows (`rollup-mismatch`, unless its note says why the original
 * differs). Two grades of one item in one year and scale are refused by the table key.
 */
export function checkEvaluations(tables: ValidatedPlanTables, period: { start: number; end: number }): ContentError[] {
  const errors: ContentError[] = [];
  const symbols = scaleSymbols(tables);
  const evaluations = validRows(tables, 'evaluations');
  for (const row of evaluations) {
    if (symbols) errors.push(...checkGrade(row, symbols));
    const target = ITEM_TABLES[row.values.item_type];
    const keys = keysOf(tables, target.table);
    if (keys) errors.push(...checkReference(row, 'item_id', keys, target.what, target.file));
    const year = row.values.fiscal_year;
    if (period.start <= period.end && (year < period.start || year > period.end)) {
      errors.push(
        cellError(row, 'fiscal_year', {
          value: String(year),
          rule: 'year-outside-period',
          message: `評価の年度 ${year} が計画期間（${period.start}〜${period.end}年度）の外です`,
          hint: '評価の対象の年度を西暦で書きます（令和6年度の実績の評価は 2024）。次の計画の期間の評価は、その計画のフォルダに書いてください',
        }),
      );
    }
  }
  const rollups = validRows(tables, 'rollups');
  for (const row of rollups) if (symbols) errors.push(...checkGrade(row, symbols));
  if (tables.evaluations?.complete !== false && (tables.evaluations?.rejected.length ?? 0) === 0)
    for (const row of rollups) errors.push(...checkRollupCount(row, evaluations, tables));
  return errors;
}

/** A printed count that differs from the rows of its year, scale, goal and grade, without a note saying so. */
function checkRollupCount(
  row: SourcedRow<PrintedRollup>,
  evaluations: readonly SourcedRow<Evaluation>[],
  tables: ValidatedPlanTables,
): ContentError[] {
  const { fiscal_year: year, scale_id: scale, goal_id: goal, grade, count, note } = row.values;
  if (note !== null) return [];
  const goalOf = itemGoals(tables);
  const counted = evaluations.filter(
    ({ values: e }) =>
      e.fiscal_year === year &&
      e.scale_id === scale &&
      e.grade === grade &&
      (goal === null || goalOf.get(`${e.item_type}:${e.item_id}`) === goal),
  ).length;
  if (counted === count) return [];
  return [
    cellError(row, 'count', {
      value: String(count),
      rule: 'rollup-mismatch',
      message: `${year}年度の「${grade}」は ${count} 件と書かれていますが、evaluations.csv の行は ${counted} 件です`,
      hint: 'evaluations.csv の行か、この件数の書き写しを確かめてください。原本の集計自体が行と合わないなら、その旨を note 列に書いてください',
    }),
  ];
}

/** The goal of every item of the plan, by `<type>:<id>`. */
function itemGoals(tables: ValidatedPlanTables): Map<string, string | null> {
  const goals = new Map<string, string | null>();
  const measureGoal = new Map(validRows(tables, 'measures').map((r) => [r.values.id, r.values.goal_id]));
  for (const { values } of validRows(tables, 'goals')) goals.set(`goal:${values.id}`, values.id);
  for (const { values } of validRows(tables, 'measures')) goals.set(`measure:${values.id}`, values.goal_id);
  for (const { values } of validRows(tables, 'initiatives'))
    goals.set(`initiative:${values.id}`, values.goal_id ?? (values.measure_id ? (measureGoal.get(values.measure_id) ?? null) : null));
  for (const { values } of validRows(tables, 'indicators')) goals.set(`indicator:${values.id}`, values.goal_id);
  return goals;
}
