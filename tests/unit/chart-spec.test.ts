import { describe, expect, it } from 'vitest';
import { buildChartSpec, canChart, chartSummary } from '../../src/lib/charts/chart-spec.ts';
import type { Observation } from '../../src/schemas/observation.ts';

const obs = (kind: Observation['kind'], fiscal_year: number, value: number | null): Observation => ({
  indicator_id: 'x',
  fiscal_year,
  kind,
  value,
  note: value === null ? '原本では「-」' : null,
});

describe('chartSummary', () => {
  it('says where a new indicator starts and where it aims', () => {
    expect(chartSummary({ unit: '%' }, [obs('baseline', 2025, 61.9), obs('target', 2030, 65)])).toBe(
      '2025年度（令和7年度）の現状値 61.9% から、2030年度（令和12年度）に 65% を目指しています。実績値は掲載されていません。',
    );
  });
  it('reports a previous-plan indicator with its actuals, projection and the city’s mark', () => {
    expect(
      chartSummary(
        { unit: '人/年' },
        [obs('target', 2025, 60), obs('actual', 2023, 210), obs('actual', 2024, 0), obs('projected', 2025, 0)],
        { mark: '○', label: '概ね達成' },
      ),
    ).toBe(
      '目標値は2025年度（令和7年度）に 60人/年 です。実績値は 2023年度（令和5年度） 210人/年、2024年度（令和6年度） 0人/年 です。見込値は 2025年度（令和7年度） 0人/年 です。市の評価は ○（概ね達成）です。',
    );
  });
  it('leaves out blank values instead of calling them 0', () => {
    expect(chartSummary({ unit: '%' }, [obs('target', 2025, 100), obs('actual', 2023, null), obs('projected', 2025, 44)])).toBe(
      '目標値は2025年度（令和7年度）に 100% です。見込値は 2025年度（令和7年度） 44% です。',
    );
  });
});

describe('buildChartSpec', () => {
  it('spans every year from the first to the last value, labelled in both calendars', () => {
    const spec = buildChartSpec({ name: '指標', unit: '人', aggregation: 'level' }, [
      obs('baseline', 2024, 3096),
      obs('target', 2030, 5600),
    ]);
    expect(spec.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(spec.yearLabels[0]).toEqual(['2024年度', '令和6年度']);
    expect(spec.series.map((s) => s.kind)).toEqual(['baseline', 'target']);
  });
  it('draws the straight path for a cumulative indicator', () => {
    const spec = buildChartSpec({ name: '累計', unit: '校', aggregation: 'cumulative' }, [
      obs('baseline', 2025, 1),
      obs('target', 2030, 14),
    ]);
    expect(spec.series.find((s) => s.kind === 'path')!.values).toEqual([1, 3.6, 6.2, 8.8, 11.4, 14]);
  });
  it('starts the projection line at the last actual', () => {
    const spec = buildChartSpec({ name: '前計画', unit: '%', aggregation: 'rate' }, [
      obs('target', 2025, 69),
      obs('actual', 2023, 34),
      obs('actual', 2024, 39),
      obs('projected', 2025, 39),
    ]);
    expect(spec.series.map((s) => [s.kind, s.values])).toEqual([
      ['actual', [34, 39, null]],
      ['projected', [null, 39, 39]],
      ['target', [null, null, 69]],
    ]);
  });
});

describe('values without a year in the original', () => {
  const undated = [
    { indicator_id: 'x', fiscal_year: null, kind: 'baseline', value: 30, note: '原本に年度の記載なし' },
    { indicator_id: 'x', fiscal_year: null, kind: 'target', value: 60, note: '原本に年度の記載なし' },
  ] as const;

  it('says the figures without inventing years', () => {
    expect(chartSummary({ unit: '件' }, undated)).toBe(
      '現状値 30件 から、60件 を目指しています。実績値は掲載されていません。原本に年度の記載がない値があります。',
    );
  });

  it('draws no chart when a value cannot be placed on the year axis', () => {
    expect(canChart(undated)).toBe(false);
    expect(buildChartSpec({ name: 'x', unit: '件', aggregation: 'cumulative' }, undated).years).toEqual([]);
  });
});
