import type { TableSpec, RowOf } from './column-spec.ts';

/** The levels of a plan a city may grade, in the order the progress report lists them. */
export const EVALUATED_ITEM_TYPES = [
  { value: 'goal', label: '基本目標' },
  { value: 'measure', label: '施策' },
  { value: 'initiative', label: '取組' },
  { value: 'indicator', label: '指標' },
] as const;

/** The level of a plan an evaluation grades. */
export type EvaluatedItemType = (typeof EVALUATED_ITEM_TYPES)[number]['value'];

/**
 * The city's published evaluation of one item in one fiscal year, in the plan's own scale
 * (`scales.csv`). File: `evaluations.csv`. Grades are copied as printed, never recomputed.
 */
export type Evaluation = RowOf<typeof evaluationTable>;

export const evaluationTable = {
  name: 'evaluations',
  file: 'evaluations.csv',
  scope: 'plan',
  title: '市による評価',
  description:
    '1行が、1つの項目（指標・基本目標・施策・取組）について市がある年度に公表した評価です。評価は scales.csv の区分の記号を原本のとおりに書き、実績・担当部課・今後の方向も原本のとおりに書きます。',
  key: ['item_type', 'item_id', 'fiscal_year', 'scale_id'],
  optional: true,
  columns: [
    {
      name: 'item_type',
      label: '項目の種類',
      type: 'enum',
      required: true,
      values: EVALUATED_ITEM_TYPES,
      description: '評価された項目の種類：indicator（指標）、goal（基本目標）、measure（施策）、initiative（取組）。',
    },
    {
      name: 'item_id',
      label: '項目ID',
      type: 'id',
      required: true,
      description: '評価された項目の ID（item_type に応じて indicators.csv・goals.csv・measures.csv・initiatives.csv の id）。',
    },
    {
      name: 'fiscal_year',
      label: '年度',
      type: 'fiscal_year',
      required: true,
      description: '評価の対象の年度（西暦の年度。例: 令和6年度の実績の評価なら 2024）。',
    },
    {
      name: 'scale_id',
      label: '区分ID',
      type: 'id',
      required: true,
      description: '評価に使った区分（scales.csv の scale_id）。',
    },
    {
      name: 'grade',
      label: '評価',
      type: 'text',
      required: true,
      description: '原本の評価記号（その区分の symbol。例: ◎、A）。',
    },
    {
      name: 'actual_text',
      label: '実績',
      type: 'text',
      required: false,
      description: '原本が文章で書いている実績（例: テレワーク実施マニュアルを作成し、検証運用を開始）。',
    },
    {
      name: 'actual_value',
      label: '実績値',
      type: 'number',
      required: false,
      description: '原本が数値で書いている実績（指標の単位で。単位は書きません）。',
    },
    {
      name: 'department',
      label: '担当部課',
      type: 'text',
      required: false,
      description: '原本が書いている担当の部課。',
    },
    {
      name: 'next_step',
      label: '今後の方向',
      type: 'text',
      required: false,
      description: '原本が書いている今後の方向（例: 継続、第2期計画での継続、完了、見直し）。',
    },
    {
      name: 'evaluated_in',
      label: '評価した文書',
      type: 'id',
      required: true,
      references: { table: 'plans', scope: 'site' },
      description: '評価を掲載している文書の計画ID。',
    },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '評価を掲載している節の開始ページ（目次のページ）。',
    },
    { name: 'note', label: '注記', type: 'text', required: false, description: '評価についての補足。' },
  ],
} as const satisfies TableSpec;
