import type { TableSpec, RowOf } from './column-spec.ts';

/** A basic goal (基本目標) of a plan. File: `content/plans/<plan>/goals.csv`. */
export type Goal = RowOf<typeof goalTable>;

export const goalTable = {
  name: 'goals',
  file: 'goals.csv',
  scope: 'plan',
  title: '基本目標',
  description: '1行が計画の1つの基本目標（または重点目標・方向性）です。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '目標ID', type: 'id', required: true, description: '計画の中で一意な半角英数字のID（例: g1）。' },
    { name: 'number', label: '番号', type: 'text', required: true, description: '原本に印刷された番号（例: 1）。' },
    { name: 'title', label: '目標名', type: 'text', required: true, description: '原本どおりの目標名。' },
    {
      name: 'section',
      label: '本文の節',
      type: 'text',
      required: false,
      description: '目標を説明する本文の節を「章ID#見出しID」で指定します（例: c4#goal-1）。目標のページにその節の本文を表示します。',
    },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '原本で目標が掲載されている節の開始ページ（目次のページ）。',
    },
  ],
} as const satisfies TableSpec;
