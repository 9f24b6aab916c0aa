import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * One grade of a plan's own evaluation scale. File: `scales.csv`. A plan may define several
 * scales (one for its KPIs, another for its 取組); `evaluations.csv` names the scale of each grade.
 */
export type ScaleGrade = RowOf<typeof scaleTable>;

export const scaleTable = {
  name: 'scales',
  file: 'scales.csv',
  scope: 'plan',
  title: '評価の区分',
  description:
    '1行が、計画が使う評価の区分（評価の尺度）の1つの段階です。記号は原本のとおりに書きます（例: ◎○△×、A〜D）。1つの計画に複数の区分を置けます。',
  key: ['scale_id', 'symbol'],
  optional: true,
  columns: [
    {
      name: 'scale_id',
      label: '区分ID',
      type: 'id',
      required: true,
      description: '評価の区分の ID（例: kpi-marks）。evaluations.csv と rollups.csv の scale_id で指します。',
    },
    {
      name: 'symbol',
      label: '記号',
      type: 'text',
      required: true,
      description: '原本が印刷している記号（例: ◎、A）。',
    },
    {
      name: 'label',
      label: '意味',
      type: 'text',
      required: true,
      description: '市が書いている段階の意味（例: 達成、目標より進んでいる）。',
    },
    {
      name: 'definition',
      label: '定義',
      type: 'text',
      required: false,
      description: '市が書いている段階の定義や判定の基準。原本にあるときだけ書きます。',
    },
    {
      name: 'order',
      label: '順番',
      type: 'integer',
      required: true,
      description: '段階を並べる順番（1 が最初。原本の凡例の順）。',
    },
    {
      name: 'evaluated',
      label: '評価済み',
      type: 'boolean',
      required: true,
      description:
        'この段階が「評価した」結果なら true、「評価できない」などの評価していない段階なら false。集計では false の段階の件数を「評価した」件数に含めません。',
    },
  ],
} as const satisfies TableSpec;
