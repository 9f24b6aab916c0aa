import { VALUE_RANGES, type Indicator } from '../../../schemas/indicator.ts';
import type { Observation } from '../../../schemas/observation.ts';
import type { RoadmapStep } from '../../../schemas/roadmap-step.ts';
import type { ContentError } from '../../validate/content-error.ts';
import type { SourcedRow } from '../../validate/validate-table.ts';

/** The range an indicator's values can take: its `value_range`, or the default for its unit. */
export function valueRangeOf(indicator: Pick<Indicator, 'value_range' | 'unit'>): NonNullable<Indicator['value_range']> {
  return indicator.value_range ?? (indicator.unit?.trim() === '%' || indicator.unit?.trim() === '％' ? 'share' : 'non-negative');
}

/** Whether a value lies in a range. */
export function inRange(value: number, range: NonNullable<Indicator['value_range']>): boolean {
  if (range === 'any') return true;
  return value >= 0 && (range !== 'share' || value <= 100);
}

/** How far (in years) a value's fiscal year may lie outside its plan's period: baselines precede it, late reports follow it. */
export const YEAR_MARGIN = 10;

/**
 * Observations whose value an indicator cannot take (a count of −3600, a satisfaction of 165%),
 * and observation or roadmap years far from the plan's period (1900 for 2026). Such values would
 * publish nonsense (「−267.4%」, 「昭和−25年度」), so they never build.
 */
export function checkValueRanges(
  observations: readonly SourcedRow<Pick<Observation, 'indicator_id' | 'fiscal_year' | 'value'>>[],
  indicators: readonly SourcedRow<Pick<Indicator, 'id' | 'name' | 'unit' | 'value_range'>>[],
  roadmap: readonly SourcedRow<Pick<RoadmapStep, 'start_year' | 'end_year'>>[],
  period: { start: number; end: number },
): ContentError[] {
  const errors: ContentError[] = [];
  const byId = new Map(indicators.map((row) => [row.values.id, row.values]));
  for (const row of observations) {
    const indicator = byId.get(row.values.indicator_id);
    const value = row.values.value;
    if (!indicator || value === null) continue;
    const range = valueRangeOf(indicator);
    if (inRange(value, range)) continue;
    const label = VALUE_RANGES.find((r) => r.value === range)!.label;
    const hint =
      range === 'share'
        ? `値を確かめてください。割合でなく100を超えうる値（全国比など）なら、indicators.csv の ${indicator.id} の value_range 列に non-negative と書いてください`
        : `値を確かめてください（符号の付け間違いなど）。減ることを示す値のように負になりうる指標なら、indicators.csv の ${indicator.id} の value_range 列に any と書いてください`;
    errors.push({
      file: row.file,
      line: row.line,
      column: row.columnNumbers.value ?? 1,
      field: 'value',
      value: String(value),
      rule: 'value-out-of-range',
      message: `値 ${value} は指標「${indicator.name}」（単位 ${indicator.unit ?? 'なし'}）の取りうる範囲「${label}」の外です`,
      hint,
    });
  }
  const years: { row: SourcedRow<unknown>; field: string; year: number | null }[] = [
    ...observations.map((row) => ({ row, field: 'fiscal_year', year: row.values.fiscal_year })),
    ...roadmap.flatMap((row) => [
      { row, field: 'start_year', year: row.values.start_year },
      { row, field: 'end_year', year: row.values.end_year },
    ]),
  ];
  for (const { row, field, year } of years) {
    if (year === null || (year >= period.start - YEAR_MARGIN && year <= period.end + YEAR_MARGIN)) continue;
    errors.push({
      file: row.file,
      line: row.line,
      column: row.columnNumbers[field] ?? 1,
      field,
      value: String(year),
      rule: 'year-outside-period',
      message: `年度 ${year} は計画期間（${period.start}〜${period.end}年度）から ${YEAR_MARGIN} 年を超えて離れています`,
      hint: `年度の書き間違いではないか確かめてください。年度は西暦で書きます（令和8年度は 2026）`,
    });
  }
  return errors;
}
