import type { Indicator } from '../../schemas/indicator.ts';
import type { Observation } from '../../schemas/observation.ts';
import { formatEraFiscalYear, formatFiscalYear } from '../format/fiscal-year.ts';
import { formatValue } from '../format/number.ts';
import { straightLine } from '../progress/compute-progress.ts';
import { compareObservations } from '../content/observation-order.ts';
import { chartLabels } from '../labels/charts.ts';
import { formatLabels } from '../labels/formats.ts';

/** What a series shows; the chart draws each kind with its own line style and marker. */
export type SeriesKind = 'baseline' | 'actual' | 'projected' | 'target' | 'path';

export interface ChartSeries {
  kind: SeriesKind;
  /** Legend text (the series are told apart by text, line style and marker, not colour alone). */
  label: string;
  /** One value per year of `years`; null where the series has no point. */
  values: (number | null)[];
}

/** Everything the browser needs to draw an indicator's chart; the page renders the same data as a table. */
export interface ChartSpec {
  title: string;
  unit: string | null;
  years: number[];
  /** Two-line axis labels: 「2025年度」 and 「令和7年度」. */
  yearLabels: [string, string][];
  series: ChartSeries[];
  /** One or two sentences saying what the chart shows; also the canvas's accessible name. */
  summary: string;
}

const LABELS: Record<SeriesKind, string> = chartLabels.series;

const at = (observations: readonly Observation[], kind: Observation['kind']) =>
  observations.filter((o) => o.kind === kind && o.value !== null).sort(compareObservations);

/** Values dated in the original, for the fiscal-year axis. */
type Dated = Observation & { fiscal_year: number };
const dated = (observations: readonly Observation[], kind: Observation['kind']) =>
  at(observations, kind).filter((o): o is Dated => o.fiscal_year !== null);

/** 「2025年度（令和7年度）の」, or nothing when the original gives no year. */
const yearPhrase = (o: Observation, relation: 'of' | 'by') =>
  o.fiscal_year === null ? '' : chartLabels.summary.year[relation](formatFiscalYear(o.fiscal_year));

/**
 * Whether a chart can be drawn truthfully: every value has a year. A value without one cannot be
 * placed on a fiscal-year axis, and leaving it out would misdraw the course, so only the table shows.
 */
export const canChart = (observations: readonly Observation[]) => observations.every((o) => o.value === null || o.fiscal_year !== null);

/**
 * The one-sentence summary of an indicator's figures, e.g.
 * 「2025年度（令和7年度）の現状値 61.9% から、2030年度（令和12年度）に 65% を目指しています。」
 */
export function chartSummary(
  indicator: Pick<Indicator, 'unit'>,
  observations: readonly Observation[],
  evaluation?: { mark: string; label: string },
): string {
  const v = (o: Observation) => `${formatFiscalYear(o.fiscal_year)} ${formatValue(o.value, indicator.unit)}`;
  const undated = observations.some((o) => o.value !== null && o.fiscal_year === null);
  const baseline = at(observations, 'baseline').at(-1);
  const target = at(observations, 'target').at(-1);
  const actuals = at(observations, 'actual');
  const projected = at(observations, 'projected');
  const words = chartLabels.summary;
  const parts: string[] = [];
  if (baseline && target)
    parts.push(
      words.course(
        yearPhrase(baseline, 'of').trimEnd(),
        formatValue(baseline.value, indicator.unit),
        yearPhrase(target, 'by'),
        formatValue(target.value, indicator.unit),
      ),
    );
  else if (target) parts.push(words.target(yearPhrase(target, 'by'), formatValue(target.value, indicator.unit)));
  if (actuals.length > 0) parts.push(words.actuals(actuals.map(v)));
  else if (baseline) parts.push(words.noActuals);
  if (projected.length > 0) parts.push(words.projected(projected.map(v)));
  if (undated) parts.push(words.undated);
  if (evaluation) parts.push(words.evaluation(evaluation.mark, evaluation.label));
  return parts.join('');
}

/**
 * Builds the chart of one indicator: baseline, actuals, projections and target on a fiscal-year
 * axis, plus — for cumulative indicators — the straight path from baseline to target. The
 * projection line starts at the last actual so the two read as one course.
 */
export function buildChartSpec(
  indicator: Pick<Indicator, 'name' | 'unit' | 'aggregation'>,
  observations: readonly Observation[],
  evaluation?: { mark: string; label: string },
): ChartSpec {
  const valued = canChart(observations) ? observations.filter((o): o is Dated => o.value !== null && o.fiscal_year !== null) : [];
  const first = Math.min(...valued.map((o) => o.fiscal_year));
  const last = Math.max(...valued.map((o) => o.fiscal_year));
  const years = valued.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const seriesOf = (kind: Observation['kind']) =>
    years.map((year) => dated(observations, kind).find((o) => o.fiscal_year === year)?.value ?? null);

  const series: ChartSeries[] = [];
  const add = (kind: SeriesKind, values: (number | null)[]) => {
    if (values.some((v) => v !== null)) series.push({ kind, label: LABELS[kind], values });
  };
  add('baseline', seriesOf('baseline'));
  const actual = seriesOf('actual');
  add('actual', actual);
  const projected = seriesOf('projected');
  const lastActual = actual.reduce<number>((found, value, i) => (value !== null ? i : found), -1);
  const firstProjected = projected.findIndex((v) => v !== null);
  if (lastActual >= 0 && firstProjected > lastActual) projected[lastActual] = actual[lastActual]!;
  add('projected', projected);
  add('target', seriesOf('target'));
  const baseline = dated(observations, 'baseline').at(-1);
  const target = dated(observations, 'target').at(-1);
  if (indicator.aggregation === 'cumulative' && baseline && target) {
    const from = { year: baseline.fiscal_year, value: baseline.value as number };
    const to = { year: target.fiscal_year, value: target.value as number };
    add(
      'path',
      years.map((year) => (year >= from.year && year <= to.year ? Math.round(straightLine(from, to, year) * 1000) / 1000 : null)),
    );
  }
  return {
    title: indicator.name,
    unit: indicator.unit,
    years,
    yearLabels: years.map((year) => [formatLabels.westernFiscalYear(year), formatEraFiscalYear(year)]),
    series,
    summary: chartSummary(indicator, observations, evaluation),
  };
}
