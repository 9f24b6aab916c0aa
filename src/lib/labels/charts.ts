/**
 * The words of an indicator's chart: the legend, the summary sentence that is also the chart's text
 * alternative (src/lib/charts/chart-spec.ts), a radar chart's text alternative (radar.ts), and what
 * the browser script writes around the canvas (`chartScriptLabels`, bundled by
 * src/scripts/draw-chart.ts — kept a separate export so the page's script carries only its own words).
 */

export const chartLabels = {
  /** The legend's name of each series. */
  series: {
    baseline: '現状値',
    actual: '実績値',
    projected: '見込値',
    target: '目標値',
    path: '目標への直線（計画どおりに進む場合）',
  },
  /** The summary, one sentence per part; `year` is 「2025年度（令和7年度）の」-style, or empty when undated. */
  summary: {
    /** 「2025年度（令和7年度）の 」 (of a baseline) and 「2030年度（令和12年度）に 」 (by a target), with a space after. */
    year: { of: (year: string) => `${year}の `, by: (year: string) => `${year}に ` },
    course: (baselineYear: string, baseline: string, targetYear: string, target: string) =>
      `${baselineYear}現状値 ${baseline} から、${targetYear}${target} を目指しています。`,
    target: (targetYear: string, target: string) => `目標値は${targetYear}${target} です。`,
    actuals: (values: readonly string[]) => `実績値は ${values.join('、')} です。`,
    noActuals: '実績値は掲載されていません。',
    projected: (values: readonly string[]) => `見込値は ${values.join('、')} です。`,
    undated: '原本に年度の記載がない値があります。',
    evaluation: (mark: string, label: string) => `市の評価は ${mark}（${label}）です。`,
  },
  /** A radar chart in words: 「利便性 4、効率性 3（5段階）」. */
  radar: {
    axis: (axis: string, value: string) => `${axis} ${value}`,
    noValue: '記載なし',
    all: (axes: readonly string[], levels: number) => `${axes.join('、')}（${levels}段階）`,
  },
} as const;

/** What the chart's browser script writes: the canvas's accessible name, the axis, tooltips, the save button. */
export const chartScriptLabels = {
  canvas: (title: string, summary: string) => `グラフ：${title}。${summary}（数値はグラフの下の表にあります）`,
  axisUnit: (unit: string) => `単位：${unit}`,
  axisValue: '値',
  /** Between the two lines of a year's label in a tooltip title: 「2025年度・令和7年度」. */
  yearSeparator: '・',
  tooltip: (series: string, value: string) => `${series}：${value}`,
  save: 'グラフを画像（PNG）で保存',
} as const;
