import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * The status the city reported for one roadmap item in one fiscal year (planned against done).
 * File: `roadmap-status.csv`. The status is written as the city words it (完了, 実施中, 遅れ, 未着手 …).
 */
export type RoadmapStatus = RowOf<typeof roadmapStatusTable>;

export const roadmapStatusTable = {
  name: 'roadmap-status',
  file: 'roadmap-status.csv',
  scope: 'plan',
  title: '工程表の実施状況',
  description: '1行が、工程表の1つの施策・取組について、市がある年度に報告した実施状況です。市の言葉のとおりに書きます。',
  key: ['item_id', 'fiscal_year'],
  optional: true,
  columns: [
    {
      name: 'item_id',
      label: '対象のID',
      type: 'id',
      required: true,
      description: '実施状況を報告した施策ID（measures.csv）または取組ID（initiatives.csv）。',
    },
    {
      name: 'fiscal_year',
      label: '年度',
      type: 'fiscal_year',
      required: true,
      description: '実施状況の年度（西暦）。',
    },
    {
      name: 'status',
      label: '実施状況',
      type: 'text',
      required: true,
      description: '市が報告した実施状況を、市の言葉のとおりに（例: 完了、実施中、遅れ、未着手）。',
    },
    {
      name: 'page',
      label: '原本のページ',
      type: 'page',
      required: false,
      description: '実施状況を掲載しているページ。',
    },
    { name: 'note', label: '注記', type: 'text', required: false, description: '実施状況についての補足。' },
  ],
} as const satisfies TableSpec;
