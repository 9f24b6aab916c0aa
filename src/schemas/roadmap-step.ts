import type { TableSpec, RowOf } from './column-spec.ts';

/** One step of a roadmap (工程表). File: `content/plans/<plan>/roadmap.csv`. */
export type RoadmapStep = RowOf<typeof roadmapTable>;

export const roadmapTable = {
  name: 'roadmap',
  file: 'roadmap.csv',
  scope: 'plan',
  title: '工程表',
  description: '1行が工程表の1つの段階（ある取組の、ある年度から年度までの内容）です。',
  key: ['id'],
  optional: true,
  columns: [
    { name: 'id', label: '工程ID', type: 'id', required: true, description: '計画の中で一意な半角英数字のID。' },
    {
      name: 'item_id',
      label: '対象のID',
      type: 'id',
      required: true,
      description: '工程が属する施策ID（measures.csv）または取組ID（initiatives.csv）。',
    },
    { name: 'start_year', label: '開始年度', type: 'fiscal_year', required: true, description: 'この段階が始まる年度（西暦）。' },
    {
      name: 'end_year',
      label: '終了年度',
      type: 'fiscal_year',
      required: true,
      description: 'この段階が終わる年度（西暦）。1年度だけなら開始年度と同じ。',
    },
    { name: 'label', label: '内容', type: 'text', required: true, description: '原本の工程表に書かれた内容（例: 検討、試行、本格実施）。' },
    {
      name: 'span_note',
      label: '期間の注記',
      type: 'text',
      required: false,
      description: '原本から期間を正確に読み取れない場合に、その旨と根拠を書きます。',
    },
  ],
} as const satisfies TableSpec;
