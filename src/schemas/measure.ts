import type { TableSpec, RowOf } from './column-spec.ts';

/** A basic measure (基本施策) under a goal. File: `content/plans/<plan>/measures.csv`. */
export type Measure = RowOf<typeof measureTable>;

export const measureTable = {
  name: 'measures',
  file: 'measures.csv',
  scope: 'plan',
  title: '基本施策',
  description: '1行が1つの基本施策です。どの基本目標に属するかを goal_id で示します。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '施策ID', type: 'id', required: true, description: '計画の中で一意な半角英数字のID（例: g1-m2）。' },
    {
      name: 'goal_id',
      label: '目標ID',
      type: 'id',
      required: true,
      references: { table: 'goals', scope: 'same-plan' },
      description: '施策が属する基本目標の目標ID（goals.csv の id）。',
    },
    { name: 'number', label: '番号', type: 'text', required: true, description: '原本に印刷された番号（例: ①）。' },
    { name: 'title', label: '施策名', type: 'text', required: true, description: '原本どおりの施策名（番号と重点マークは含めません）。' },
    { name: 'description', label: '内容', type: 'text', required: false, description: '原本に施策の内容の説明があれば、その文言。' },
    {
      name: 'is_priority',
      label: '重点取組施策',
      type: 'boolean',
      required: true,
      description: '原本で重点取組施策とされていれば true、そうでなければ false。',
    },
    { name: 'department', label: '担当部署', type: 'text', required: false, description: '原本に担当部署が書かれていれば、その名前。' },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '原本で施策が掲載されている節の開始ページ（目次のページ）。',
    },
  ],
} as const satisfies TableSpec;
