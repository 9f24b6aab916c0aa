import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * A roll-up the city printed: how many items got one grade in one fiscal year, for one goal or
 * the whole plan. File: `rollups.csv`. Shown as printed; the validator compares it with the rows.
 */
export type PrintedRollup = RowOf<typeof rollupTable>;

export const rollupTable = {
  name: 'rollups',
  file: 'rollups.csv',
  scope: 'plan',
  title: '市が公表した評価の集計',
  description:
    '1行が、市が公表した評価の集計の1つの数です（ある年度・ある区分で、ある評価になった項目の件数と割合）。原本のとおりに書きます。',
  key: ['fiscal_year', 'scale_id', 'goal_id', 'grade'],
  optional: true,
  columns: [
    {
      name: 'fiscal_year',
      label: '年度',
      type: 'fiscal_year',
      required: true,
      description: '集計した評価の年度（evaluations.csv の fiscal_year）。',
    },
    {
      name: 'scale_id',
      label: '区分ID',
      type: 'id',
      required: true,
      description: '集計した評価の区分（scales.csv の scale_id）。',
    },
    {
      name: 'goal_id',
      label: '基本目標ID',
      type: 'id',
      required: false,
      references: { table: 'goals', scope: 'same-plan' },
      description: '集計した基本目標（goals.csv の id）。空欄は計画全体の集計です。',
    },
    {
      name: 'grade',
      label: '評価',
      type: 'text',
      required: true,
      description: '数えた評価（その区分の symbol）。',
    },
    {
      name: 'count',
      label: '件数',
      type: 'integer',
      required: true,
      description: '原本が書いている件数。',
    },
    {
      name: 'share_text',
      label: '割合',
      type: 'text',
      required: false,
      description: '原本が書いている割合を、書かれたとおりに（例: 26.3%）。',
    },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '集計を掲載しているページ。',
    },
    { name: 'note', label: '注記', type: 'text', required: false, description: '集計についての補足。' },
  ],
} as const satisfies TableSpec;
