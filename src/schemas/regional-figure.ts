import type { TableSpec, RowOf } from './column-spec.ts';

/**
 * A figure several plans set on the same subject, for the regional view (e.g. how many open
 * datasets each city publishes). File: `content/regional-figures.csv`. The figures are quoted as
 * each document prints them, with what each counts: plans define them differently, so the page
 * sets them side by side and never ranks them.
 */
export type RegionalFigure = RowOf<typeof regionalFigureTable>;

export const regionalFigureTable = {
  name: 'regional-figures',
  file: 'regional-figures.csv',
  scope: 'site',
  title: '計画を並べて見る数値',
  description: '1行が、ある話題についてある計画が示す数値（原本の表記）と、その数え方です。',
  key: ['topic', 'plan_id', 'item_id'],
  optional: true,
  columns: [
    {
      name: 'topic',
      label: '話題ID',
      type: 'id',
      required: true,
      description: '話題を表す半角英数字のID（例: open-data）。同じ話題の行は同じIDにします。',
    },
    {
      name: 'topic_title',
      label: '話題',
      type: 'text',
      required: true,
      description: '話題の名前（例: オープンデータの公開数）。同じ話題の行は同じ文言にします。',
    },
    {
      name: 'plan_id',
      label: '計画ID',
      type: 'id',
      required: true,
      references: { table: 'plans', scope: 'site' },
      description: 'どの計画の数値か（plans.csv の id）。',
    },
    {
      name: 'item_id',
      label: '指標・取組のID',
      type: 'id',
      required: false,
      description: 'その計画の指標ID（indicators.csv）または取組ID（initiatives.csv）。数値が載っている項目のページにリンクします。',
    },
    {
      name: 'figure',
      label: '数値（原本の表記）',
      type: 'text',
      required: true,
      description: '原本に書かれた数値の表記そのまま（例: 35セットから50セットまで増やす）。',
    },
    {
      name: 'counts',
      label: '何を数えているか',
      type: 'text',
      required: true,
      description: '原本が示す数え方・定義。原本に書かれていないことは「原本に記載なし」と書きます。',
    },
    { name: 'source', label: '原本の箇所', type: 'text', required: true, description: '数値が書かれている原本の箇所（章・節・ページ）。' },
  ],
} as const satisfies TableSpec;
