import type { TableSpec, RowOf } from './column-spec.ts';

/** A concrete initiative (具体的な取組内容) under a measure. File: `initiatives.csv`. */
export type Initiative = RowOf<typeof initiativeTable>;

export const initiativeTable = {
  name: 'initiatives',
  file: 'initiatives.csv',
  scope: 'plan',
  title: '具体的な取組',
  description: '1行が施策の下の1つの具体的な取組です。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '取組ID', type: 'id', required: true, description: '計画の中で一意な半角英数字のID（例: g1-m2-i1）。' },
    {
      name: 'measure_id',
      label: '施策ID',
      type: 'id',
      required: false,
      references: { table: 'measures', scope: 'same-plan' },
      description: '取組が属する施策の施策ID（measures.csv の id）。施策の階層がない計画では空欄にし、goal_id を書きます。',
    },
    {
      name: 'goal_id',
      label: '目標ID',
      type: 'id',
      required: false,
      references: { table: 'goals', scope: 'same-plan' },
      description:
        '施策の階層がなく、取組が目標（方向性）に直接属する計画で、その目標ID（goals.csv の id）。measure_id と goal_id のどちらか一方だけを書きます。',
    },
    { name: 'order', label: '順番', type: 'integer', required: true, description: '施策の中での掲載順（1から）。' },
    { name: 'text', label: '取組内容', type: 'text', required: true, description: '原本どおりの取組内容（行頭の「・」は含めません）。' },
    { name: 'department', label: '担当部署', type: 'text', required: false, description: '原本に担当部署が書かれていれば、その名前。' },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '原本で取組が掲載されている節の開始ページ（目次のページ）。',
    },
  ],
} as const satisfies TableSpec;
