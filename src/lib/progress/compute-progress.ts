import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import { progressStatusLabels } from '../labels/progress-status.ts';

/** The computed status of an indicator. Never used for indicators the city has marked itself. */
export type ProgressStatus = 'met' | 'on-track' | 'behind' | 'in-progress' | 'worse' | 'no-data' | 'text';

/** The label of each status (src/lib/labels/progress-status.ts), as shown on pages (with the symbol, never colour alone). */
export const PROGRESS_STATUS_LABELS: Record<ProgressStatus, { symbol: string; label: string }> = progressStatusLabels;

/** One value with its year (null when the original gives no year), as used by the computation. */
export interface YearValue {
  year: number | null;
  value: number;
}

/** A value whose year is known (the straight-line comparison needs years). */
export interface DatedValue extends YearValue {
  year: number;
}

/** The result, with every input it was computed from, so pages can show them side by side. */
export interface Progress {
  status: ProgressStatus;
  /** Share of the way from baseline to target, in percent (direction-aware); null when undefined. */
  share: number | null;
  baseline: YearValue | null;
  target: YearValue | null;
  /** The latest actual value (現状値 is a starting point, not an actual). */
  latest: YearValue | null;
  /** For cumulative indicators: the value on the straight line from baseline to target in the latest year. */
  expected: YearValue | null;
  direction: Indicator['direction'];
}

const valued = (observations: readonly Observation[], kind: Observation['kind']): YearValue[] =>
  observations
    .filter((o) => o.kind === kind && o.value !== null)
    .map((o) => ({ year: o.fiscal_year, value: o.value as number }))
    .sort((a, b) => (a.year ?? -Infinity) - (b.year ?? -Infinity));

const isDated = (v: YearValue | null): v is DatedValue => v !== null && v.year !== null;

/** Whether `value` reaches `target` in the desired direction (maintain: does not fall below it). */
export function reaches(value: number, target: number, direction: Indicator['direction']): boolean {
  return direction === 'decrease' ? value <= target : value >= target;
}

/** Value on the straight line from baseline to target in `year`. */
export function straightLine(baseline: DatedValue, target: DatedValue, year: number): number {
  if (target.year === baseline.year) return target.value;
  return baseline.value + ((target.value - baseline.value) * (year - baseline.year)) / (target.year - baseline.year);
}

/**
 * Computes an indicator's progress (the method published on the methodology page):
 * 1. a text milestone is not computed;
 * 2. without an actual value after the baseline: データなし;
 * 3. the latest actual reaches the target (direction-aware): 目標達成;
 * 4. share = how far the latest actual has moved from the baseline towards the target, in % of the
 *    whole way (for decrease, movement downwards counts); undefined when baseline = target;
 * 5. cumulative indicators with dated baseline and target: compared with the straight line from baseline to target — at or beyond
 *    it 順調, short of it 遅れ; other indicators: 進行中, or 現状値より後退 when the share is negative.
 */
export function computeProgress(
  indicator: Pick<Indicator, 'kind' | 'direction' | 'aggregation'>,
  observations: readonly Observation[],
): Progress {
  const baseline = valued(observations, 'baseline').at(-1) ?? null;
  const target = valued(observations, 'target').at(-1) ?? null;
  // An actual counts once it is later than the baseline; a baseline without a year precedes every actual.
  const latest =
    valued(observations, 'actual')
      .filter((a) => a.year !== null && (baseline?.year == null || a.year > baseline.year))
      .at(-1) ?? null;
  const base = { baseline, target, latest, expected: null, share: null, direction: indicator.direction } satisfies Omit<Progress, 'status'>;
  if (indicator.kind === 'text') return { ...base, status: 'text' };
  if (!latest || !target) return { ...base, status: 'no-data' };

  const share =
    baseline && baseline.value !== target.value ? ((latest.value - baseline.value) / (target.value - baseline.value)) * 100 : null;
  const result = { ...base, share: share === null ? null : Math.round(share * 10) / 10 };
  if (reaches(latest.value, target.value, indicator.direction)) return { ...result, status: 'met' };
  if (indicator.aggregation === 'cumulative' && isDated(baseline) && isDated(target) && isDated(latest)) {
    const expected = { year: latest.year, value: Math.round(straightLine(baseline, target, latest.year) * 1000) / 1000 };
    return { ...result, expected, status: reaches(latest.value, expected.value, indicator.direction) ? 'on-track' : 'behind' };
  }
  return { ...result, status: share !== null && share < 0 ? 'worse' : 'in-progress' };
}

/** Share clamped to 0–100, for drawing a bar (the text always shows the real share). */
export const barWidth = (share: number | null) => (share === null ? 0 : Math.max(0, Math.min(100, share)));
